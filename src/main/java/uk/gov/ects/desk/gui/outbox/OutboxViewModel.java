package uk.gov.ects.desk.gui.outbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.outbox.OutboxCounts;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxState;
import uk.gov.ects.desk.gui.common.BackgroundTask;
import uk.gov.ects.desk.gui.common.TaskExecutor;

/**
 * The Outbox tab's state: the entries not yet sent (and, on request, the sent ones) in words, the
 * counts for the tab title and the status bar, the selected entry and what can be done to it.
 * Every outbox call runs as a background task; properties change on the UI thread only. The
 * outbox's own listener (any thread) only schedules a refresh, so a burst of changes reads once.
 */
public final class OutboxViewModel {

    /** What the pane under the table shows for the selected entry. */
    public enum Pane { SUMMARY, EDIT, CONFLICT }

    private static final Logger LOG = LoggerFactory.getLogger(OutboxViewModel.class);
    private static final Duration REFRESH_DELAY = Duration.ofMillis(150);
    private static final Pattern LINE_AND_COLUMN = Pattern.compile("line (\\d+) column (\\d+)");
    private static final OutboxCounts NOTHING = new OutboxCounts(0, 0, 0, 0, 0, 0, 0);

    private final OutboxService service;
    private final TaskExecutor executor;
    private final Clock clock;
    private final OutboxDialogs dialogs;
    private final OutboxNotifier notifier;
    private final Runnable signIn;

    private final ObservableList<OutboxRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty showSent = new SimpleBooleanProperty(this, "showSent", false);
    private final ReadOnlyObjectWrapper<OutboxCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts", NOTHING);
    private final ReadOnlyStringWrapper tabTitle = new ReadOnlyStringWrapper(this, "tabTitle", OutboxWording.TAB);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", OutboxWording.status(NOTHING));
    private final ReadOnlyBooleanWrapper attention = new ReadOnlyBooleanWrapper(this, "attention");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<OutboxRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Pane> pane = new ReadOnlyObjectWrapper<>(this, "pane", Pane.SUMMARY);
    private final ReadOnlyObjectWrapper<ConflictComparison> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final ReadOnlyStringWrapper draftProblem = new ReadOnlyStringWrapper(this, "draftProblem", "");

    private final AtomicBoolean refreshScheduled = new AtomicBoolean();
    private List<OutboxEntry> entries = List.of();
    private Set<String> needingAttention = Set.of();
    private long refreshesAsked;
    private long refreshShown;
    private Runnable stopListening = () -> { };

    /**
     * @param signIn runs on the UI thread when the agent chooses "Sign in again"; when it returns,
     *               the changes paused by the refused sign-in are sent again
     */
    public OutboxViewModel(OutboxService service, TaskExecutor executor, Clock clock, OutboxDialogs dialogs,
            OutboxNotifier notifier, Runnable signIn) {
        this.service = service;
        this.executor = executor;
        this.clock = clock;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.signIn = signIn;
        showSent.addListener((obs, old, now) -> showRows());
    }

    /** Listens to the outbox and reads it for the first time. */
    public void start() {
        stopListening = service.subscribe(newCounts -> scheduleRefresh());
        refresh();
    }

    public void stop() {
        stopListening.run();
        stopListening = () -> { };
    }

    /** Reads the outbox again in the background; an older read that finishes later is ignored. */
    public void refresh() {
        long asked = ++refreshesAsked;
        BackgroundTask.wrap(() -> new Snapshot(service.entries(), service.counts()))
                .onSuccess(snapshot -> show(asked, snapshot))
                .onFailure(problem -> {
                    LOG.warn("Reading the outbox failed", problem);
                    message.set("Could not read the outbox just now. It is read again after the next change.");
                })
                .executeWith(executor);
    }

    /** Re-words the ages; the view calls it every little while. */
    public void tick() {
        showRows();
    }

    public void select(OutboxRow row) {
        OutboxRow before = selected.get();
        if (row == null || before == null || before.id() != row.id()) {
            pane.set(Pane.SUMMARY);
        }
        selected.set(row);
    }

    // ---- what the agent does to the selected entry -------------------------------------------------

    public void retry() {
        selectedRow().filter(OutboxRow::canRetry).ifPresent(row ->
                command("Sending \"" + row.operation() + "\" again.", () -> service.retry(row.id())));
    }

    /** Asks first; a change thrown away is gone from the outbox and from the cached record. */
    public void discard() {
        Optional<OutboxRow> row = selectedRow().filter(OutboxRow::canDiscard);
        if (row.isEmpty()) {
            return;
        }
        if (!dialogs.confirmDiscard(row.get())) {
            message.set("Kept \"" + row.get().operation() + "\".");
            return;
        }
        pane.set(Pane.SUMMARY);
        command("Discarded \"" + row.get().operation() + "\". " + row.get().record() + " shows the service's version again.",
                () -> service.discard(row.get().id()));
    }

    /** Opens the change's JSON for editing. */
    public void startEdit() {
        selectedRow().filter(OutboxRow::canEdit).ifPresent(row -> {
            draft.set(OutboxWording.pretty(row.entry().body()));
            draftProblem.set("");
            pane.set(Pane.EDIT);
        });
    }

    /** Checks the draft is a JSON object; if so the edited change is queued. False when the draft needs fixing. */
    public boolean saveEdit() {
        Optional<OutboxRow> row = selectedRow().filter(OutboxRow::canEdit);
        if (row.isEmpty() || pane.get() != Pane.EDIT) {
            return false;
        }
        String problem = jsonObjectProblem(draft.get());
        if (problem != null) {
            draftProblem.set(problem);
            return false;
        }
        JsonObject body = JsonParser.parseString(draft.get()).getAsJsonObject();
        draftProblem.set("");
        pane.set(Pane.SUMMARY);
        command("Saved your corrected \"" + row.get().operation() + "\"; it is waiting to send.",
                () -> service.edit(row.get().id(), body));
        return true;
    }

    public void cancelEdit() {
        draftProblem.set("");
        pane.set(Pane.SUMMARY);
    }

    /** For a conflict: the version seen, the service's current version and the change, side by side. */
    public void showConflict() {
        selectedRow().filter(OutboxRow::isConflict).ifPresent(row -> {
            conflict.set(ConflictComparison.of(row.entry()));
            pane.set(Pane.CONFLICT);
        });
    }

    public void closeConflict() {
        pane.set(Pane.SUMMARY);
    }

    /** For a conflict: sends the same change again, on the version the service has now. */
    public void reapplyOnCurrent() {
        selectedRow().filter(OutboxRow::isConflict).ifPresent(row -> {
            pane.set(Pane.SUMMARY);
            command("Re-applying \"" + row.operation() + "\" on the current version.",
                    () -> service.reapplyOnCurrent(row.id()));
        });
    }

    /** After a refused sign-in: the agent signs in again, then everything paused is sent. */
    public void signInAgain() {
        signIn.run();
        command("Sending the changes that waited for you to sign in.", service::resume);
    }

    // ---- what the view shows -------------------------------------------------------------------------

    public ObservableList<OutboxRow> rows() {
        return rows;
    }

    /** When true, sent changes are listed too. */
    public BooleanProperty showSentProperty() {
        return showSent;
    }

    public ReadOnlyObjectProperty<OutboxCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** "Outbox (4)". */
    public ReadOnlyStringProperty tabTitleProperty() {
        return tabTitle.getReadOnlyProperty();
    }

    /** "3 waiting to send · 1 needs attention", for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while any change needs the agent. */
    public ReadOnlyBooleanProperty attentionProperty() {
        return attention.getReadOnlyProperty();
    }

    /** What the last command did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a command runs; the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OutboxRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Pane> paneProperty() {
        return pane.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConflictComparison> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** The JSON being edited. */
    public StringProperty draftProperty() {
        return draft;
    }

    /** Why the draft cannot be saved, or "". */
    public ReadOnlyStringProperty draftProblemProperty() {
        return draftProblem.getReadOnlyProperty();
    }

    /** Null when {@code text} is one JSON object; otherwise what to fix, in words. */
    public static String jsonObjectProblem(String text) {
        if (text == null || text.isBlank()) {
            return "The change is empty. It must be JSON starting with { and ending with }.";
        }
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement parsed;
            try {
                parsed = JsonParser.parseReader(reader);
            } catch (JsonParseException e) {
                return "That is not valid JSON" + where(e) + ". Check the quotes, commas and brackets, then save again.";
            }
            if (!parsed.isJsonObject()) {
                return "The change must be one JSON object, starting with { and ending with }.";
            }
            try {
                if (reader.peek() == JsonToken.END_DOCUMENT) {
                    return null;
                }
            } catch (IOException e) {
                // something that is not JSON follows the object: the same answer as for more JSON
            }
            return "There is more after the closing }. Remove it and save again.";
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** " (near line 3, column 5)" from Gson's message, which is written for developers. */
    private static String where(Exception e) {
        Matcher at = LINE_AND_COLUMN.matcher(String.valueOf(e.getMessage()));
        return at.find() ? " (near line " + at.group(1) + ", column " + at.group(2) + ")" : "";
    }

    // ---- plumbing ------------------------------------------------------------------------------------

    private record Snapshot(List<OutboxEntry> entries, OutboxCounts counts) {
    }

    private void scheduleRefresh() {
        if (refreshScheduled.compareAndSet(false, true)) {
            executor.schedule(REFRESH_DELAY, () -> {
                refreshScheduled.set(false);
                refresh();
            });
        }
    }

    private void show(long asked, Snapshot snapshot) {
        if (asked < refreshShown) {
            return;
        }
        refreshShown = asked;
        entries = snapshot.entries();
        counts.set(snapshot.counts());
        tabTitle.set(OutboxWording.tabTitle(snapshot.counts()));
        status.set(OutboxWording.status(snapshot.counts()));
        attention.set(snapshot.counts().needingAttention() > 0);
        showRows();
        tellAboutNewProblems();
    }

    private void showRows() {
        List<OutboxRow> shown = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            if (showSent.get() || entry.state() != OutboxState.APPLIED) {
                shown.add(OutboxRow.of(entry, clock.instant()));
            }
        }
        rows.setAll(shown);
        OutboxRow before = selected.get();
        OutboxRow now = before == null ? null : shown.stream().filter(row -> row.id() == before.id()).findFirst().orElse(null);
        selected.set(now);
        if (now == null || (pane.get() == Pane.EDIT && !now.canEdit()) || (pane.get() == Pane.CONFLICT && !now.isConflict())) {
            pane.set(Pane.SUMMARY);
        } else if (pane.get() == Pane.CONFLICT) {
            conflict.set(ConflictComparison.of(now.entry()));
        }
    }

    /** An entry that has just become rejected, conflicted, unauthorised or failed (again) is news. */
    private void tellAboutNewProblems() {
        Set<String> nowNeeding = new HashSet<>();
        List<OutboxRow> news = new ArrayList<>();
        for (OutboxEntry entry : entries) {
            if (entry.state().needsAttention()) {
                String key = entry.id() + ":" + entry.state().code();
                nowNeeding.add(key);
                if (!needingAttention.contains(key)) {
                    news.add(OutboxRow.of(entry, clock.instant()));
                }
            }
        }
        needingAttention = nowNeeding;
        if (!news.isEmpty()) {
            notifier.needAttention(List.copyOf(news));
        }
    }

    private Optional<OutboxRow> selectedRow() {
        return Optional.ofNullable(selected.get());
    }

    private void command(String done, ThrowingRunnable work) {
        busy.set(true);
        Callable<Void> call = () -> {
            work.run();
            return null;
        };
        BackgroundTask.wrap(call)
                .onSuccess(nothing -> message.set(done))
                .onFailure(problem -> message.set(sentence(problem)))
                .onFinished(() -> {
                    busy.set(false);
                    refresh();
                })
                .executeWith(executor);
    }

    /** The outbox's own refusals are already sentences for the agent; anything else is logged. */
    private static String sentence(Exception problem) {
        if (problem instanceof IllegalStateException && problem.getMessage() != null) {
            return problem.getMessage();
        }
        LOG.warn("An outbox command failed", problem);
        return "The outbox could not be changed just now. Try again; if it keeps happening, restart the app.";
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
