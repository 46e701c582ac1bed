package uk.gov.ects.desk.gui.history;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.gui.common.BackgroundTask;
import uk.gov.ects.desk.gui.common.TaskExecutor;
import uk.gov.ects.desk.model.support.NoteRules;

/**
 * The History, Emails and Notes of the record a detail pane shows. Each section is read in the
 * background when it is first looked at for that record (history online, emails and notes from the
 * cache); an answer about a record no longer shown is dropped. Adding a note and resending an
 * access link go to {@link ActivityActions}.
 */
public final class ActivityViewModel {

    public static final String OFFLINE_HISTORY =
            "History needs a connection to the Support API; it will show when you're back online.";
    static final String NOTHING_SELECTED = "Select a record to see its history, emails and notes.";
    /** A reason is stored with the audit event; a long one is still one sentence or two. */
    public static final int MAX_REASON = 1000;
    private static final long QUEUE_TIMEOUT_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(ActivityViewModel.class);

    /** The sub-tabs of a detail pane. */
    public enum Section { DETAILS, HISTORY, EMAILS, NOTES }

    private final RecordActivity activity;
    private final ActivityActions actions;
    private final TaskExecutor executor;

    private final ReadOnlyObjectWrapper<ActivitySubject> subject = new ReadOnlyObjectWrapper<>(this, "subject");
    private final ObservableList<HistoryItem> history = FXCollections.observableArrayList();
    private final ObservableList<EmailItem> emails = FXCollections.observableArrayList();
    private final ObservableList<NoteItem> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper historyMessage = new ReadOnlyStringWrapper(this, "historyMessage", NOTHING_SELECTED);
    private final ReadOnlyStringWrapper emailsMessage = new ReadOnlyStringWrapper(this, "emailsMessage", NOTHING_SELECTED);
    private final ReadOnlyStringWrapper notesMessage = new ReadOnlyStringWrapper(this, "notesMessage", NOTHING_SELECTED);
    private final ReadOnlyStringWrapper actionMessage = new ReadOnlyStringWrapper(this, "actionMessage", "");

    private Section visible = Section.DETAILS;
    private final Set<Section> loaded = EnumSet.noneOf(Section.class);
    /** Bumped whenever the record changes, so a late answer about the previous one is dropped. */
    private long generation;

    public ActivityViewModel(RecordActivity activity, ActivityActions actions, TaskExecutor executor) {
        this.activity = activity;
        this.actions = actions;
        this.executor = executor;
    }

    /** Shows {@code shown} (null: nothing selected); the visible section is read at once, the others when opened. */
    public void show(ActivitySubject shown) {
        generation++;
        subject.set(shown);
        loaded.clear();
        history.clear();
        emails.clear();
        notes.clear();
        actionMessage.set("");
        String waiting = shown == null ? NOTHING_SELECTED : "";
        historyMessage.set(waiting);
        emailsMessage.set(waiting);
        notesMessage.set(waiting);
        load(visible);
    }

    /**
     * The agent opened a sub-tab. Emails and notes are read from the cache again each time (cheap,
     * and a sync may have brought new ones); history is read once per record until Refresh.
     */
    public void showSection(Section section) {
        visible = section;
        if (section != Section.HISTORY) {
            loaded.remove(section);
        }
        load(section);
    }

    /** Reads the visible section again (History's Refresh button; after a sync). */
    public void refresh() {
        loaded.remove(visible);
        load(visible);
    }

    private void load(Section section) {
        ActivitySubject shown = subject.get();
        if (shown == null || section == Section.DETAILS || !loaded.add(section)) {
            return;
        }
        switch (section) {
            case HISTORY -> loadHistory(shown);
            case EMAILS -> loadEmails(shown);
            case NOTES -> loadNotes(shown);
            default -> { }
        }
    }

    private void loadHistory(ActivitySubject shown) {
        long asked = generation;
        historyMessage.set("Loading history from the Support API…");
        BackgroundTask.wrap(() -> activity.history(shown.type(), shown.id()).stream().map(ActivityWording::history).toList())
                .onSuccess(items -> {
                    if (asked == generation) {
                        history.setAll(items);
                        historyMessage.set(items.isEmpty() ? "Nothing has been changed on this " + shown.type()
                                + " yet." : "");
                    }
                })
                .onFailure(problem -> {
                    if (asked == generation) {
                        loaded.remove(Section.HISTORY); // so opening the tab again tries again
                        history.clear(); // an old answer would hide why there is no new one
                        historyMessage.set(historyProblem(problem));
                    }
                })
                .executeWith(executor);
    }

    static String historyProblem(Exception problem) {
        if (problem instanceof ApiException.Offline) {
            return OFFLINE_HISTORY;
        }
        if (problem instanceof ApiException) {
            return problem.getMessage();
        }
        LOG.warn("Reading a history failed: {}", problem.getClass().getSimpleName());
        return "Could not read the history. Press Refresh to try again.";
    }

    private void loadEmails(ActivitySubject shown) {
        long asked = generation;
        emailsMessage.set("Loading emails…");
        BackgroundTask.wrap(() -> activity.emails(shown.type(), shown.id()).stream()
                        .map(email -> ActivityWording.email(email, shown.isSchool())).toList())
                .onSuccess(items -> {
                    if (asked == generation) {
                        emails.setAll(items);
                        emailsMessage.set(items.isEmpty() ? "The service has sent no emails about this "
                                + shown.type() + " (or they have not synced yet)." : "");
                    }
                })
                .onFailure(problem -> failedFromCache(asked, emailsMessage, "emails", problem))
                .executeWith(executor);
    }

    private void loadNotes(ActivitySubject shown) {
        long asked = generation;
        notesMessage.set("Loading notes…");
        BackgroundTask.wrap(() -> activity.notes(shown.target()).stream().map(ActivityWording::note).toList())
                .onSuccess(items -> {
                    if (asked == generation) {
                        notes.setAll(items);
                        notesMessage.set(items.isEmpty() ? "No notes yet. Use Add note to record a call or a decision." : "");
                    }
                })
                .onFailure(problem -> failedFromCache(asked, notesMessage, "notes", problem))
                .executeWith(executor);
    }

    private void failedFromCache(long asked, ReadOnlyStringWrapper message, String what, Exception problem) {
        if (asked == generation) {
            LOG.warn("Reading {} from the cache failed: {}", what, problem.getClass().getSimpleName());
            message.set("Could not read the " + what + " from the cache. Select the record again to retry.");
        }
    }

    // ---- changes ------------------------------------------------------------------------------------

    /** Why {@code body} cannot be a note (OVR-NOTE: 1..5000 characters), or null when it can. */
    public static String noteProblem(String body) {
        if (body == null || body.isBlank()) {
            return "Write the note before adding it.";
        }
        if (body.length() > NoteRules.MAX_BODY) {
            return "A note can be at most 5,000 characters; this one has " + String.format("%,d", body.length())
                    + ". Shorten it or split it into two notes.";
        }
        return null;
    }

    /** Why {@code reason} cannot go with a resend (OVR-ACCESS needs one), or null when it can. */
    public static String reasonProblem(String reason) {
        if (reason == null || reason.isBlank()) {
            return "Say why the link is sent again, for example who asked for it.";
        }
        if (reason.length() > MAX_REASON) {
            return "Keep the reason to " + MAX_REASON + " characters or fewer.";
        }
        return null;
    }

    public boolean canAddNote() {
        return subject.get() != null;
    }

    /** Only a school's access-link emails can be resent (OVR-ACCESS). */
    public boolean canResend(EmailItem email) {
        return email != null && email.accessLink() && subject.get() != null && subject.get().isSchool();
    }

    /** Queues the note on the record shown; false (with the problem in the action message) when it is not valid. */
    public boolean addNote(String body) {
        ActivitySubject shown = subject.get();
        String problem = shown == null ? "Select a record first." : noteProblem(body);
        if (problem != null) {
            actionMessage.set(problem);
            return false;
        }
        String text = body.strip();
        queue(() -> actions.addNote(shown.target(), text), shown,
                "Note added. It goes to the service with your other changes; the Outbox shows its progress.",
                "The note could not be queued", Section.NOTES);
        return true;
    }

    /** Queues OVR-ACCESS for the school shown; false (with the problem in the action message) when it cannot go. */
    public boolean resendAccessLink(EmailItem email, String reason) {
        ActivitySubject shown = subject.get();
        String problem = !canResend(email) ? "Only a school's access-link emails can be resent." : reasonProblem(reason);
        if (problem != null) {
            actionMessage.set(problem);
            return false;
        }
        queue(() -> actions.resendAccessLink(shown.id(), reason.strip()), shown,
                "The access link will be sent again to the school's GIAS email when the change reaches the service.",
                "The resend could not be queued", Section.EMAILS);
        return true;
    }

    private void queue(Supplier<CompletionStage<?>> action, ActivitySubject shown, String done, String failed,
            Section reread) {
        actionMessage.set("Queuing…");
        BackgroundTask.wrap(() -> {
                    try {
                        return action.get().toCompletableFuture().get(QUEUE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                })
                .onSuccess(result -> {
                    if (shown.equals(subject.get())) {
                        actionMessage.set(done);
                        loaded.remove(reread);
                        loaded.remove(Section.HISTORY);
                        load(visible);
                    }
                })
                .onFailure(problem -> {
                    LOG.warn("{}: {}", failed, problem.getClass().getSimpleName());
                    if (shown.equals(subject.get())) {
                        actionMessage.set(failed + ": " + problem.getMessage() + " Try again.");
                    }
                })
                .executeWith(executor);
    }

    // ---- what the view binds to ----------------------------------------------------------------------

    public ReadOnlyObjectProperty<ActivitySubject> subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    public ObservableList<HistoryItem> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    public ObservableList<EmailItem> emails() {
        return FXCollections.unmodifiableObservableList(emails);
    }

    public ObservableList<NoteItem> notes() {
        return FXCollections.unmodifiableObservableList(notes);
    }

    /** What History says instead of entries: loading, offline, nothing yet, or a problem. */
    public ReadOnlyStringProperty historyMessageProperty() {
        return historyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailsMessageProperty() {
        return emailsMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesMessageProperty() {
        return notesMessage.getReadOnlyProperty();
    }

    /** The outcome of the last Add note or Resend, in a sentence. */
    public ReadOnlyStringProperty actionMessageProperty() {
        return actionMessage.getReadOnlyProperty();
    }

    public Section visibleSection() {
        return visible;
    }
}
