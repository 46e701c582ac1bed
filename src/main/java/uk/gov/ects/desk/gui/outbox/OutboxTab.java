package uk.gov.ects.desk.gui.outbox;

import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import uk.gov.ects.desk.gui.common.LazyTab;
import uk.gov.ects.desk.gui.common.Styles;
import uk.gov.ects.desk.gui.common.TaskExecutor;

/** The Outbox tab and its status-bar item, built together for the main window. */
public final class OutboxTab {

    public static final String TAB_ID = "outbox-tab";
    public static final String STATUS_ID = "status-outbox";

    private final OutboxViewModel viewModel;
    private final LazyTab lazyTab;
    private final Tab tab;
    private final Label statusItem = new Label();
    private OutboxView view;

    private OutboxTab(OutboxViewModel viewModel) {
        this.viewModel = viewModel;
        // The status item and the tab's title show from the start; the table only when the tab is opened.
        this.lazyTab = new LazyTab(OutboxWording.TAB, TAB_ID, () -> {
            view = new OutboxView(viewModel);
            return view.root();
        });
        this.tab = lazyTab.tab();
        tab.textProperty().bind(viewModel.tabTitleProperty());

        statusItem.setId(STATUS_ID);
        statusItem.getStyleClass().add(Styles.STATUS_ITEM);
        statusItem.textProperty().bind(viewModel.statusProperty());
        statusItem.setTooltip(new Tooltip("Changes you made that are not on the service yet. Open the Outbox tab for details."));
        statusItem.setOnMouseClicked(event -> {
            if (tab.getTabPane() != null) {
                tab.getTabPane().getSelectionModel().select(tab);
            }
        });
        viewModel.attentionProperty().addListener((obs, old, now) -> styleStatus(now));
    }

    public static OutboxTab create(OutboxSetup setup, TaskExecutor executor, Clock clock) {
        OutboxTab[] built = new OutboxTab[1];
        Supplier<Window> window = () -> built[0] == null || built[0].tab.getTabPane() == null
                || built[0].tab.getTabPane().getScene() == null ? null : built[0].tab.getTabPane().getScene().getWindow();
        OutboxDialogs dialogs = setup.dialogs() != null ? setup.dialogs() : new ConfirmingOutboxDialogs(window);
        OutboxNotifier notifier = setup.notifier() != null ? setup.notifier() : new DesktopOutboxNotifier(window);
        built[0] = new OutboxTab(new OutboxViewModel(setup.service(), executor, clock, dialogs, notifier, setup.signIn()));
        return built[0];
    }

    /** Listens to the outbox and reads it. */
    public void start() {
        viewModel.start();
    }

    public void stop() {
        viewModel.stop();
        if (view != null) {
            view.stop();
        }
    }

    public Tab tab() {
        return tab;
    }

    /** "3 waiting to send · 1 needs attention"; a click opens the tab. */
    public Node statusItem() {
        return statusItem;
    }

    public OutboxViewModel viewModel() {
        return viewModel;
    }

    private void styleStatus(boolean attention) {
        statusItem.getStyleClass().remove(Styles.ATTENTION);
        if (attention) {
            statusItem.getStyleClass().add(Styles.ATTENTION);
        }
    }
}
