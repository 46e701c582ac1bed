package uk.gov.ects.desk.gui.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.client.api.dto.TicketLinksDto;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.TicketFilter;
import uk.gov.ects.desk.client.cache.TicketQueue;
import uk.gov.ects.desk.gui.common.BackgroundTask;
import uk.gov.ects.desk.gui.common.SearchViewModel;
import uk.gov.ects.desk.gui.common.TaskExecutor;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.model.tickets.TicketAge;

/**
 * The Tickets tab: queues with counts, the selected queue oldest first with each ticket's age
 * against its target, the reading pane with what was recognised, the triage form, and the
 * keyboard commands. Writes go through {@link TicketActions}; when one is queued the queue is read
 * again. Holds no controls.
 */
public final class TicketsViewModel {

    /** The most tickets a queue shows at once; older work is at the top, so the rest can wait. */
    public static final int SHOWN = 500;

    private static final Logger LOG = LoggerFactory.getLogger(TicketsViewModel.class);

    private final TicketDesk desk;
    private final TicketReader reader;
    private final TicketDialogs dialogs;
    private final TicketNavigator navigator;
    private final ReplyTemplates templates;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObjectProperty<TicketQueue> queue = new SimpleObjectProperty<>(this, "queue", TicketQueue.NEW);
    private final ObjectProperty<String> categoryFilter = new SimpleObjectProperty<>(this, "categoryFilter");
    private final StringProperty schoolFilter = new SimpleStringProperty(this, "schoolFilter", "");
    private final Map<TicketQueue, ReadOnlyStringWrapper> queueLabels = new EnumMap<>(TicketQueue.class);
    private final ObservableList<TicketItem> items = FXCollections.observableArrayList();
    private final ObservableList<TicketItem> unmodifiableItems = FXCollections.unmodifiableObservableList(items);
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<TicketItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final List<TicketItem> checked = new ArrayList<>();
    private final ReadOnlyObjectWrapper<TicketReading> reading = new ReadOnlyObjectWrapper<>(this, "reading");
    private final ReadOnlyStringWrapper readingMessage = new ReadOnlyStringWrapper(this, "readingMessage", "Select a ticket to read it.");
    private final ReadOnlyStringWrapper tableMessage = new ReadOnlyStringWrapper(this, "tableMessage", "Loading tickets…");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<String> triageCategory = new SimpleObjectProperty<>(this, "triageCategory");
    private final ObjectProperty<String> triagePriority = new SimpleObjectProperty<>(this, "triagePriority", "normal");
    private final ObservableList<LinkedRecord> triageLinks = FXCollections.observableArrayList();

    private long listSequence;
    private long readSequence;
    private boolean applyingList;
    private TaskExecutor.Cancellable pendingFilter = () -> { };

    public TicketsViewModel(TicketDesk desk, CacheQueries cache, TicketDialogs dialogs, TicketNavigator navigator,
            ReplyTemplates templates, TaskExecutor executor, Clock clock) {
        this.desk = desk;
        this.reader = new TicketReader(cache, desk.recogniser());
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.templates = templates;
        this.executor = executor;
        this.clock = clock;
        for (TicketQueue each : TicketQueue.values()) {
            queueLabels.put(each, new ReadOnlyStringWrapper(this, "label" + each, each.label()));
        }
        queue.addListener((obs, old, now) -> refresh());
        categoryFilter.addListener((obs, old, now) -> refresh());
        schoolFilter.addListener((obs, old, now) -> {
            pendingFilter.cancel();
            pendingFilter = executor.schedule(SearchViewModel.DEBOUNCE, this::refresh);
        });
    }

    // ---- the queue --------------------------------------------------------------------------------

    /** Reads the counts and the current queue again, keeping the selected ticket if it is still there. */
    public void refresh() {
        pendingFilter.cancel();
        long sequence = ++listSequence;
        TicketFilter filter = new TicketFilter(queue.get(), agentName(), categoryFilter.get(), schoolFilter.get());
        BackgroundTask.wrap(() -> new Loaded(desk.queries().queueCounts(filter), desk.queries().countTickets(filter),
                        desk.queries().tickets(filter, 0, SHOWN)))
                .onSuccess(loaded -> {
                    if (sequence == listSequence) {
                        show(loaded);
                    }
                })
                .onFailure(problem -> {
                    if (sequence == listSequence) {
                        LOG.warn("Reading the ticket queues from the cache failed", problem);
                        tableMessage.set("Could not read the tickets from the cache. Try again; if it keeps failing, restart the app.");
                    }
                })
                .executeWith(executor);
    }

    private record Loaded(Map<TicketQueue, Integer> counts, int total, List<TicketDto> tickets) {
    }

    private void show(Loaded loaded) {
        for (TicketQueue each : TicketQueue.values()) {
            Integer count = loaded.counts().get(each);
            queueLabels.get(each).set(count == null ? each.label() : each.label() + " (" + count + ")");
        }
        String keep = selected.get() == null ? null : selected.get().id();
        Instant now = clock.instant();
        List<TicketItem> rows = loaded.tickets().stream().map(ticket -> item(ticket, now)).toList();
        applyingList = true;
        try {
            items.setAll(rows);
        } finally {
            applyingList = false;
        }
        tableMessage.set(rows.isEmpty() ? emptyText() : "");
        message.set(loaded.total() > rows.size()
                ? "Showing the oldest " + rows.size() + " of " + loaded.total() + " tickets. Filter to see the rest." : message.get());
        int index = -1;
        for (int i = 0; i < rows.size() && keep != null; i++) {
            if (rows.get(i).id().equals(keep)) {
                index = i;
            }
        }
        if (index < 0 && !rows.isEmpty()) {
            index = Math.min(Math.max(selectedIndex.get(), 0), rows.size() - 1);
        }
        selectedIndex.set(-1);
        select(index);
    }

    private String emptyText() {
        boolean filtered = categoryFilter.get() != null || !schoolFilter.get().isBlank();
        return filtered ? "No tickets in this queue match the filters." : "No tickets in this queue.";
    }

    TicketItem item(TicketDto ticket, Instant now) {
        TicketAge age = TicketAge.of(ticket.receivedAt(), ticket.priority(), now, Wording.UK);
        boolean resolved = "resolved".equals(ticket.status());
        String assignee = ticket.assignee() == null ? "" : ticket.claimedAt(now) || resolved ? ticket.assignee()
                : ticket.assignee() + " (claim ran out)";
        return new TicketItem(ticket, age.waitedText(), age.targetText(), resolved ? null : age.standing(),
                Wording.humanise(ticket.status()), TicketCategories.priorityName(ticket.priority()),
                TicketCategories.name(ticket.category()), ticket.fromEmail(), ticket.subject(), assignee);
    }

    // ---- selection and reading --------------------------------------------------------------------

    /** Selects the row at {@code index} (-1: none) and reads it in the background. */
    public void select(int index) {
        if (applyingList) {
            return; // the table clears its selection while rows are replaced; show() selects again
        }
        int bounded = index < 0 || index >= items.size() ? -1 : index;
        if (bounded == selectedIndex.get() && (bounded < 0 || items.get(bounded).equals(selected.get()))) {
            return;
        }
        selectedIndex.set(bounded);
        TicketItem item = bounded < 0 ? null : items.get(bounded);
        selected.set(item);
        long sequence = ++readSequence;
        reading.set(null);
        if (item == null) {
            readingMessage.set(items.isEmpty() ? "" : "Select a ticket to read it.");
            return;
        }
        readingMessage.set("Reading the ticket…");
        BackgroundTask.wrap(() -> reader.read(item.ticket(), clock.instant()))
                .onSuccess(result -> {
                    if (sequence == readSequence) {
                        showReading(result);
                    }
                })
                .onFailure(problem -> {
                    if (sequence == readSequence) {
                        LOG.warn("Reading ticket {} failed", item.id(), problem);
                        readingMessage.set("Could not read this ticket. Select it again to retry.");
                    }
                })
                .executeWith(executor);
    }

    private void showReading(TicketReader.Result result) {
        TicketDto ticket = result.reading().ticket();
        triageCategory.set(ticket.category() != null ? ticket.category() : result.guessedCategory());
        triagePriority.set(ticket.priority() == null ? "normal" : ticket.priority());
        triageLinks.setAll(result.linked());
        reading.set(result.reading());
        readingMessage.set("");
    }

    public void next() {
        if (selectedIndex.get() < items.size() - 1) {
            select(selectedIndex.get() + 1);
        }
    }

    public void previous() {
        if (selectedIndex.get() > 0) {
            select(selectedIndex.get() - 1);
        }
    }

    /** The rows the agent has selected for a bulk action (the table's multi-selection). */
    public void setChecked(List<TicketItem> rows) {
        checked.clear();
        checked.addAll(rows);
    }

    /** Opens a recognised school or participant in its tab. */
    public void open(RecognisedLink link) {
        switch (link.target()) {
            case SCHOOL -> navigator.showSchool(link.targetId());
            case PARTICIPANT -> navigator.showParticipant(link.targetId());
            case NONE -> message.set(link.text());
        }
    }

    // ---- commands ---------------------------------------------------------------------------------

    public void perform(TicketCommand command) {
        if (command instanceof TicketCommand.Next) {
            next();
        } else if (command instanceof TicketCommand.Previous) {
            previous();
        } else if (command instanceof TicketCommand.Claim) {
            claim();
        } else if (command instanceof TicketCommand.SetCategory set) {
            setCategory(set.number());
        } else if (command instanceof TicketCommand.OpenSuggested) {
            openSuggested();
        } else if (command instanceof TicketCommand.Resolve) {
            resolve();
        }
    }

    public void claim() {
        withTicket(ticket -> run("Claiming", () -> desk.actions().claim(ticket), "Claimed: " + ticket.subject() + ". It is yours for 30 minutes."));
    }

    public void release() {
        withTicket(ticket -> run("Releasing", () -> desk.actions().release(ticket), "Released: " + ticket.subject() + "."));
    }

    /** Number key 1..9: triage with that category, the form's priority and links. */
    public void setCategory(int number) {
        Optional<String> category = TicketCategories.byNumber(number);
        if (category.isEmpty()) {
            return;
        }
        triageCategory.set(category.get());
        submitTriage();
    }

    /** Sends the triage form: category, priority and linked records. */
    public void submitTriage() {
        withTicket(ticket -> {
            String category = triageCategory.get();
            if (category == null) {
                message.set("Choose a category first (keys 1 to 9).");
                return;
            }
            String priority = triagePriority.get() == null ? "normal" : triagePriority.get();
            TicketLinksDto linked = new TicketLinksDto(
                    triageLinks.stream().filter(l -> l.kind() == LinkedRecord.Kind.SCHOOL).map(LinkedRecord::id).toList(),
                    triageLinks.stream().filter(l -> l.kind() == LinkedRecord.Kind.PARTICIPANT).map(LinkedRecord::id).toList());
            run("Saving the triage", () -> desk.actions().triage(ticket, category, priority, linked),
                    "Triaged as " + TicketCategories.name(category) + ": " + ticket.subject() + ".");
        });
    }

    public void openSuggested() {
        TicketReading shown = reading.get();
        if (shown == null) {
            return;
        }
        if (shown.suggested() == null) {
            message.set("Nothing is suggested for this ticket. Open the school or participant from the links instead.");
            return;
        }
        // The agent removes from the triage form's links what the ticket is not about; the form follows.
        List<LinkedRecord> kept = shown.suggested().records().stream()
                .filter(record -> triageLinks.stream().anyMatch(link -> link.kind() == record.kind() && link.id().equals(record.id())))
                .toList();
        desk.onSuggested().accept(shown.suggested().withRecords(kept));
    }

    public void resolve() {
        withTicket(ticket -> dialogs.askToResolve(ticket, templates.replyFor(ticket)).ifPresent(answer ->
                run("Resolving", () -> desk.actions().resolve(ticket, answer.resolution(), answer.reply()),
                        "Resolved: " + ticket.subject() + (answer.reply() == null ? "." : ". The reply will be emailed."))));
    }

    public void addNote(String body) {
        if (body == null || body.isBlank()) {
            message.set("Write the note first.");
            return;
        }
        withTicket(ticket -> run("Adding the note", () -> desk.actions().addNote(ticket, body.strip()), "Note added."));
    }

    /** Claims every selected ticket (or the current one). */
    public void bulkClaim() {
        List<TicketDto> tickets = bulkTargets();
        if (!tickets.isEmpty()) {
            run("Claiming " + tickets.size() + " tickets", () -> desk.actions().bulkClaim(tickets),
                    "Claimed " + Wording.count(tickets.size(), "ticket", "tickets") + ".");
        }
    }

    public void bulkCategorise(String category) {
        List<TicketDto> tickets = bulkTargets();
        if (!tickets.isEmpty() && category != null) {
            run("Categorising " + tickets.size() + " tickets", () -> desk.actions().bulkCategorise(tickets, category),
                    Wording.count(tickets.size(), "ticket", "tickets") + " set to " + TicketCategories.name(category) + ".");
        }
    }

    private List<TicketDto> bulkTargets() {
        if (!checked.isEmpty()) {
            return checked.stream().map(TicketItem::ticket).toList();
        }
        return selected.get() == null ? List.of() : List.of(selected.get().ticket());
    }

    private void withTicket(java.util.function.Consumer<TicketDto> action) {
        TicketItem item = selected.get();
        if (item == null) {
            message.set("Select a ticket first.");
            return;
        }
        action.accept(item.ticket());
    }

    /** Starts a write; its outcome comes back through the executor, so it lands on the UI thread. */
    private void run(String doing, Supplier<CompletionStage<Void>> action, String done) {
        message.set(doing + "…");
        CompletionStage<Void> stage;
        try {
            stage = action.get();
        } catch (RuntimeException e) {
            failed(doing, e);
            return;
        }
        stage.whenComplete((result, problem) -> BackgroundTask.wrap(() -> {
                    if (problem != null) {
                        throw problem instanceof Exception e ? e : new IllegalStateException(problem);
                    }
                    return done;
                })
                .onSuccess(text -> {
                    message.set(text);
                    refresh();
                })
                .onFailure(problem2 -> failed(doing, problem2))
                .executeWith(executor));
    }

    private void failed(String doing, Exception problem) {
        Throwable cause = problem instanceof CompletionException && problem.getCause() != null ? problem.getCause() : problem;
        LOG.warn("{} failed: {}", doing, cause.getClass().getSimpleName());
        String detail = cause.getMessage() == null ? "Try again." : cause.getMessage();
        message.set(doing + " did not work. " + detail);
    }

    private String agentName() {
        String name = desk.agentName().get();
        return name == null ? "" : name;
    }

    // ---- properties -------------------------------------------------------------------------------

    public ObjectProperty<TicketQueue> queueProperty() {
        return queue;
    }

    /** Category code to show only, or null for any. */
    public ObjectProperty<String> categoryFilterProperty() {
        return categoryFilter;
    }

    /** URN of a linked school to show only; blank for any. */
    public StringProperty schoolFilterProperty() {
        return schoolFilter;
    }

    /** "New (3)". */
    public ReadOnlyStringProperty queueLabelProperty(TicketQueue of) {
        return queueLabels.get(of).getReadOnlyProperty();
    }

    public ObservableList<TicketItem> items() {
        return unmodifiableItems;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyObjectProperty<TicketItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TicketReading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readingMessageProperty() {
        return readingMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tableMessageProperty() {
        return tableMessage.getReadOnlyProperty();
    }

    /** The outcome of the last action, for the line under the table. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObjectProperty<String> triageCategoryProperty() {
        return triageCategory;
    }

    public ObjectProperty<String> triagePriorityProperty() {
        return triagePriority;
    }

    /** The form's linked records; the agent removes what does not belong. */
    public ObservableList<LinkedRecord> triageLinks() {
        return triageLinks;
    }
}
