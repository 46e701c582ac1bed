package uk.gov.ects.desk.gui.operations;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

/**
 * The action buttons above a record's detail pane and the same actions as a table row's context menu.
 * Buttons the agent's role may not use stay visible but disabled, with the reason as tooltip and as
 * accessible help for screen readers.
 */
public final class RecordActionsView<R> {

    private final FormAction.Target target;
    private final RecordActions actions;
    private final OperationLauncher launcher;
    private final Function<R, String> idOf;
    private final FlowPane bar = new FlowPane(6, 6);

    public RecordActionsView(FormAction.Target target, RecordActions actions, OperationLauncher launcher,
            Function<R, String> idOf, ObservableValue<R> selected) {
        this.target = target;
        this.actions = actions;
        this.launcher = launcher;
        this.idOf = idOf;
        bar.setPadding(new Insets(8, 12, 0, 12));
        bar.setId(target.type() + "-actions");
        selected.addListener((obs, old, now) -> render(now));
        render(selected.getValue());
    }

    public Node bar() {
        return bar;
    }

    private void render(R record) {
        bar.getChildren().clear();
        if (record == null) {
            return;
        }
        for (RecordActions.Item item : actions.on(target)) {
            Button button = new Button(item.label());
            button.setId("action-" + item.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setMnemonicParsing(false);
            if (item.enabled()) {
                button.setOnAction(event -> launcher.open(item.action(), idOf.apply(record)));
                bar.getChildren().add(button);
            } else {
                button.setDisable(true);
                button.setAccessibleHelp(item.disabledReason());
                // A disabled control gets no mouse events in JavaFX 21, so its wrapper carries the tooltip.
                StackPane wrapper = new StackPane(button);
                Tooltip.install(wrapper, new Tooltip(item.disabledReason()));
                bar.getChildren().add(wrapper);
            }
        }
    }

    /** The row's context menu: the same actions, disabled ones saying why. */
    public ContextMenu menuFor(R record) {
        List<RecordActions.Item> items = actions.on(target);
        ContextMenu menu = new ContextMenu();
        for (RecordActions.Item item : items) {
            MenuItem menuItem = new MenuItem(item.enabled() ? item.label() : item.label() + " — " + item.disabledReason());
            menuItem.setMnemonicParsing(false);
            menuItem.setDisable(!item.enabled());
            menuItem.setOnAction(event -> launcher.open(item.action(), idOf.apply(record)));
            menu.getItems().add(menuItem);
        }
        return menu;
    }
}
