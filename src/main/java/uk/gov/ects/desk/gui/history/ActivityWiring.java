package uk.gov.ects.desk.gui.history;

import java.util.function.Function;
import uk.gov.ects.desk.gui.common.SearchTabView;
import uk.gov.ects.desk.gui.common.SearchViewModel;
import uk.gov.ects.desk.gui.common.TaskExecutor;

/** Gives a search tab's detail pane its History, Emails and Notes sub-tabs, following the selected row. */
public final class ActivityWiring {

    private final RecordActivity activity;
    private final ActivityActions actions;
    private final TaskExecutor executor;

    public ActivityWiring(RecordActivity activity, ActivityActions actions, TaskExecutor executor) {
        this.activity = activity;
        this.actions = actions;
        this.executor = executor;
    }

    /**
     * @param type     {@code school}, {@code participant} or {@code partnership}
     * @param idPrefix the tab's node-id prefix, e.g. "schools"
     */
    public <R> ActivityViewModel attach(SearchTabView<R> view, SearchViewModel<R, ?> search, String type,
            Function<R, String> idOf, String idPrefix) {
        ActivityViewModel viewModel = new ActivityViewModel(activity, actions, executor);
        search.selectedProperty().addListener((obs, old, row) ->
                viewModel.show(row == null ? null : new ActivitySubject(type, idOf.apply(row))));
        view.wrapDetail(details -> new ActivityView(viewModel, idPrefix, details).root());
        return viewModel;
    }
}
