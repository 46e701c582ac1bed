package uk.gov.ects.desk.gui.common;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of one search tab: typing is debounced, each search gets a sequence number
 * so a slow, older answer never replaces a newer one, results are paged from the cache, and the
 * selected row's detail is read in the background.
 */
public class SearchViewModel<R, D> {

    public static final Duration DEBOUNCE = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);

    /** How the tab names its records: "school" / "schools". */
    public record Noun(String singular, String plural) {
    }

    private final SearchSource<R, D> source;
    private final TaskExecutor executor;
    private final Function<D, DetailSheet> formatter;
    private final Noun noun;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyObjectWrapper<PagedRows<R>> rows;
    private final ReadOnlyStringWrapper resultCount = new ReadOnlyStringWrapper(this, "resultCount", "");
    private final ReadOnlyStringWrapper tableMessage;
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyObjectWrapper<DetailSheet> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<R> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper detailMessage;

    private long searchSequence;
    private long detailSequence;
    private String shownText;
    private TaskExecutor.Cancellable pendingSearch = () -> { };

    public SearchViewModel(SearchSource<R, D> source, TaskExecutor executor, Function<D, DetailSheet> formatter,
            Noun noun) {
        this.source = source;
        this.executor = executor;
        this.formatter = formatter;
        this.noun = noun;
        this.rows = new ReadOnlyObjectWrapper<>(this, "rows", PagedRows.empty(executor));
        this.tableMessage = new ReadOnlyStringWrapper(this, "tableMessage", "Searching…");
        this.detailMessage = new ReadOnlyStringWrapper(this, "detailMessage", nothingSelectedText());
        searchText.addListener((obs, old, text) -> searchSoon());
    }

    /** Runs the search after the user has paused typing. */
    public void searchSoon() {
        pendingSearch.cancel();
        pendingSearch = executor.schedule(DEBOUNCE, this::searchNow);
    }

    /** Runs the search at once (first show, after a sync, Enter). */
    public void searchNow() {
        pendingSearch.cancel();
        long sequence = ++searchSequence;
        String text = searchText.get() == null ? "" : searchText.get().trim();
        searching.set(true);
        BackgroundTask.wrap(() -> source.count(text))
                .onSuccess(count -> {
                    if (sequence == searchSequence) {
                        showResults(text, count);
                    }
                })
                .onFailure(problem -> {
                    if (sequence == searchSequence) {
                        LOG.warn("Searching the cache failed", problem);
                        searching.set(false);
                        tableMessage.set("Could not search the cache. Try again; if it keeps failing, restart the app.");
                    }
                })
                .executeWith(executor);
    }

    /** Re-runs the current search, for instance after a sync brought new data. */
    public void refresh() {
        searchNow();
    }

    private void showResults(String text, int count) {
        rows.get().dispose();
        rows.set(new PagedRows<>(count, (offset, limit) -> source.page(text, offset, limit), executor));
        shownText = text;
        resultCount.set(Wording.count(count, noun.singular(), noun.plural()));
        tableMessage.set(count > 0 ? "" : text.isEmpty()
                ? "There are no " + noun.plural() + " in the cache yet. They appear after the first sync."
                : "No " + noun.plural() + " match “" + text + "”. Check the spelling, or search by another detail.");
        searching.set(false);
    }

    /** Shows the detail of {@code row}; null clears it. */
    public void select(R row) {
        long sequence = ++detailSequence;
        selected.set(row);
        detail.set(null);
        if (row == null) {
            detailMessage.set(nothingSelectedText());
            return;
        }
        detailMessage.set("Loading details…");
        BackgroundTask.wrap(() -> source.detail(row))
                .onSuccess(found -> {
                    if (sequence == detailSequence) {
                        showDetail(found);
                    }
                })
                .onFailure(problem -> {
                    if (sequence == detailSequence) {
                        LOG.warn("Reading a {} from the cache failed", noun.singular(), problem);
                        detailMessage.set("Could not read this " + noun.singular() + " from the cache. Select it again to retry.");
                    }
                })
                .executeWith(executor);
    }

    private void showDetail(Optional<D> found) {
        if (found.isPresent()) {
            detail.set(formatter.apply(found.get()));
            detailMessage.set("");
        } else {
            detailMessage.set("This " + noun.singular() + " is no longer in the cache. It may have changed since the last sync: search again.");
        }
    }

    private String nothingSelectedText() {
        return "Select a " + noun.singular() + " to see the details.";
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<PagedRows<R>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultCountProperty() {
        return resultCount.getReadOnlyProperty();
    }

    /** What the table says when it has no rows: searching, nothing found, or a problem. */
    public ReadOnlyStringProperty tableMessageProperty() {
        return tableMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DetailSheet> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The row whose detail is shown (or loading), or null: what actions on "this record" act on. */
    public ReadOnlyObjectProperty<R> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the detail pane says when there is no detail to show. */
    public ReadOnlyStringProperty detailMessageProperty() {
        return detailMessage.getReadOnlyProperty();
    }

    /** The search text whose results are on screen, or null before the first search finishes. */
    public String shownText() {
        return shownText;
    }

    public Noun noun() {
        return noun;
    }
}
