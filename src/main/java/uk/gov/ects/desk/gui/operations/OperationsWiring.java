package uk.gov.ects.desk.gui.operations;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.stage.Window;
import uk.gov.ects.desk.gui.common.SearchTabView;
import uk.gov.ects.desk.gui.common.SearchViewModel;

/** Puts the actions into the search tabs: buttons over the detail, row context menus, and the palette. */
public final class OperationsWiring {

    private record Attached(FormAction.Target target, Runnable openPalette) {
    }

    private final RecordActions actions;
    private final OperationLauncher launcher;
    private final Map<SearchTabView<?>, Attached> tabs = new HashMap<>();

    public OperationsWiring(RecordActions actions, OperationLauncher launcher) {
        this.actions = actions;
        this.launcher = launcher;
    }

    public <R> void attach(SearchTabView<R> view, SearchViewModel<R, ?> viewModel, FormAction.Target target,
            Function<R, String> idOf, Function<R, String> nameOf) {
        RecordActionsView<R> actionsView = new RecordActionsView<>(target, actions, launcher, idOf,
                viewModel.selectedProperty());
        view.setDetailActions(actionsView.bar());
        view.setRowMenu(actionsView::menuFor);
        tabs.put(view, new Attached(target, () -> {
            R record = viewModel.selectedProperty().get();
            new CommandPalette(actions, launcher).show(view.root().getScene().getWindow(), target,
                    record == null ? null : idOf.apply(record), record == null ? null : nameOf.apply(record));
        }));
    }

    public void openPalette(SearchTabView<?> view, Window owner) {
        Attached attached = tabs.get(view);
        if (attached != null) {
            attached.openPalette().run();
        }
    }

    public OperationLauncher launcher() {
        return launcher;
    }
}
