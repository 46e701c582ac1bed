package uk.gov.ects.desk.gui.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.ects.desk.gui.fakes.FakeTickets.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.client.cache.TicketQueue;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeCache;
import uk.gov.ects.desk.gui.fakes.FakeTicketActions;
import uk.gov.ects.desk.gui.fakes.FakeTickets;
import uk.gov.ects.desk.gui.fakes.TestData;
import uk.gov.ects.desk.gui.tickets.Recogniser.CategoryGuess;
import uk.gov.ects.desk.gui.tickets.Recogniser.Entity;
import uk.gov.ects.desk.gui.tickets.Recogniser.EntityKind;
import uk.gov.ects.desk.gui.tickets.Recogniser.Recognition;
import uk.gov.ects.desk.model.tickets.TicketAge.Standing;

/** The Tickets tab without a display: queues, ages against targets, recognition, keyboard triage. */
class TicketsViewModelTest {

    static final String BODY = "Jane Smith (TRN 1234567) moved to Oak Primary, URN 100001, from 999999. "
            + "Her mentor Max Mentor stays. Write to jane@oak.sch.uk.";

    /** Today is Thursday 1 Oct 2026, 10:00 UK time. */
    static FakeTickets tickets() {
        return new FakeTickets()
                .with(ticket("t-mid", Instant.parse("2026-09-30T15:00:00Z"), "new", null, "normal", null,
                        "Mentor question", "Can a mentor have two ECTs?", List.of("100001")))
                .with(ticket("t-old", Instant.parse("2026-09-28T09:00:00Z"), "new", null, "normal", null,
                        "Jane moved school", BODY, List.of("100001")))
                .with(ticket("t-urgent", Instant.parse("2026-10-01T06:00:00Z"), "new", "transfer", "urgent", null,
                        "Wrong school", "Please fix today", List.of("100002")))
                .with(ticket("t-mine", Instant.parse("2026-09-29T09:00:00Z"), "triaged", "other", "normal", "Ann Agent",
                        "Login", "Cannot sign in", List.of("100002")))
                .with(ticket("t-wait", Instant.parse("2026-09-21T09:00:00Z"), "waiting_on_school", "transfer", "low", "Bob Agent",
                        "Waiting", "We asked the school", List.of("100001")))
                .with(ticket("t-done", Instant.parse("2026-09-20T09:00:00Z"), "resolved", "other", "normal", "Ann Agent",
                        "Done", "All sorted", List.of("100002")));
    }

    static final SuggestedAction TRANSFER = new SuggestedAction("OVR-TRANSFER", "Transfer Jane Smith to Oak Primary", null, List.of());

    /** Recognises what BODY holds, as the model's recogniser would. */
    static final Recogniser RECOGNISER = (subject, body) -> body.equals(BODY)
            ? new Recognition(List.of(
                    new Entity(EntityKind.NAME, "Jane Smith", "Jane Smith", 0, 10),
                    new Entity(EntityKind.TRN, "1234567", "1234567", 16, 23),
                    new Entity(EntityKind.URN, "100001", "100001", 50, 56),
                    new Entity(EntityKind.URN, "999999", "999999", 63, 69),
                    new Entity(EntityKind.NAME, "Max Mentor", "Max Mentor", 82, 92),
                    new Entity(EntityKind.EMAIL, "jane@oak.sch.uk", "jane@oak.sch.uk", 110, 125)),
                    new CategoryGuess("transfer", 0.8, List.of("moved")), TRANSFER)
            : Recognition.NOTHING;

    final FakeTickets queries = tickets();
    final FakeCache cache = TestData.cacheWithOneOfEach();
    final FakeTicketActions actions = new FakeTicketActions();
    final List<SuggestedAction> suggested = new ArrayList<>();
    final List<String> navigated = new ArrayList<>();
    final List<String> repliesOffered = new ArrayList<>();
    Optional<TicketDialogs.Resolution> answer = Optional.of(new TicketDialogs.Resolution("Moved her", "Done, thanks"));
    final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    TicketsViewModel tab;

    @BeforeEach
    void create() {
        TicketDesk desk = new TicketDesk(queries, actions, RECOGNISER, () -> "Ann Agent", suggested::add);
        TicketDialogs dialogs = (ticket, reply) -> {
            repliesOffered.add(reply);
            return answer;
        };
        TicketNavigator navigator = new TicketNavigator() {
            @Override
            public void showSchool(String urn) {
                navigated.add("school " + urn);
            }

            @Override
            public void showParticipant(String id) {
                navigated.add("participant " + id);
            }
        };
        tab = new TicketsViewModel(desk, cache, dialogs, navigator, ReplyTemplates.bundled(), executor, TestData.CLOCK);
        tab.refresh();
    }

    private List<String> ids() {
        return tab.items().stream().map(TicketItem::id).toList();
    }

    private TicketItem item(String id) {
        return tab.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("New queue oldest first, each queue button shows its count, the oldest ticket is opened")
    void queuesAndCounts() {
        assertEquals(List.of("t-old", "t-mid", "t-urgent"), ids());
        assertEquals("New (3)", tab.queueLabelProperty(TicketQueue.NEW).get());
        assertEquals("Mine (1)", tab.queueLabelProperty(TicketQueue.MINE).get());
        assertEquals("Waiting on school (1)", tab.queueLabelProperty(TicketQueue.WAITING_ON_SCHOOL).get());
        assertEquals("Resolved (1)", tab.queueLabelProperty(TicketQueue.RESOLVED).get());
        assertEquals("All (6)", tab.queueLabelProperty(TicketQueue.ALL).get());
        assertEquals("t-old", tab.selectedProperty().get().id());

        tab.queueProperty().set(TicketQueue.MINE);
        assertEquals(List.of("t-mine"), ids());
        tab.queueProperty().set(TicketQueue.RESOLVED);
        assertEquals(List.of("t-done"), ids());
    }

    @Test
    @DisplayName("Filters by category and (after a pause in typing) by linked school; counts follow the filters")
    void filters() {
        tab.queueProperty().set(TicketQueue.ALL);
        tab.categoryFilterProperty().set("transfer");
        assertEquals(List.of("t-wait", "t-urgent"), ids());
        assertEquals("New (1)", tab.queueLabelProperty(TicketQueue.NEW).get());

        tab.categoryFilterProperty().set(null);
        tab.schoolFilterProperty().set("100002");
        assertEquals(1, executor.runScheduled());
        assertEquals(List.of("t-done", "t-mine", "t-urgent"), ids());

        tab.schoolFilterProperty().set("123456");
        executor.runScheduled();
        assertTrue(ids().isEmpty());
        assertEquals("No tickets in this queue match the filters.", tab.tableMessageProperty().get());
    }

    @Test
    @DisplayName("Each row's age against its target: normal 2 working days overdue, urgent 4 h nearly due at 3 h")
    void agesAgainstTargets() {
        TicketItem old = item("t-old");
        assertEquals("3 working days", old.age());
        assertEquals("2 working days", old.target());
        assertEquals(Standing.OVERDUE, old.standing());
        TicketItem urgent = item("t-urgent");
        assertEquals("3 h", urgent.age());
        assertEquals("4 h", urgent.target());
        assertEquals(Standing.NEARLY_DUE, urgent.standing());
        assertEquals(Standing.WITHIN_TARGET, item("t-mid").standing());

        tab.queueProperty().set(TicketQueue.RESOLVED);
        assertNull(item("t-done").standing(), "a resolved ticket has no target to miss");
    }

    @Test
    @DisplayName("What was recognised is matched against the cache: found records open their tab, the rest say not found")
    void recognitionToLinks() {
        TicketReading reading = tab.readingProperty().get();
        assertEquals("Jane moved school", reading.subject());
        assertEquals("head@oak.sch.uk", reading.from());
        assertEquals("28 Sep 2026, 10:00", reading.received());
        List<String> texts = reading.links().stream().map(RecognisedLink::text).toList();
        assertEquals(List.of("Jane Smith, Oak Primary",
                "Jane Smith, Oak Primary",
                "Oak Primary (URN 100001)",
                "No school with URN 999999 in the cache: not found in cache",
                "Max Mentor, Oak Primary",
                "No participant with jane@oak.sch.uk in the cache: not found in cache"), texts);
        assertTrue(reading.categoryGuess().startsWith("Looks like 7  Transfer (80% sure)"), reading.categoryGuess());
        assertTrue(reading.categoryGuess().endsWith("cue words: moved"));

        tab.open(reading.links().get(2));
        tab.open(reading.links().get(1));
        assertEquals(List.of("school 100001", "participant pp-1"), navigated);

        assertEquals("transfer", tab.triageCategoryProperty().get(), "the guess fills an uncategorised ticket's form");
        assertEquals(List.of("100001", "pp-1", "pp-2"), tab.triageLinks().stream().map(LinkedRecord::id).toList());
        assertEquals("School 100001, Oak Primary", tab.triageLinks().get(0).label());
    }

    @Test
    @DisplayName("Keys: J/K move, C claims, a number triages with that category, Enter opens the suggested action")
    void keyboardCommands() {
        tab.perform(key("j"));
        assertEquals("t-mid", tab.selectedProperty().get().id());
        tab.perform(key("k"));
        tab.perform(key("k"));
        assertEquals("t-old", tab.selectedProperty().get().id(), "K at the top stays there");

        tab.perform(key("c"));
        tab.triageLinks().remove(2); // the agent removes the mentor: the ticket is not about him
        tab.perform(key("7"));
        tab.perform(TicketCommand.forKey("", "Enter").orElseThrow());

        assertEquals(List.of("claim t-old", "triage t-old transfer normal [100001] [pp-1]"), actions.calls);
        // op: OVR-TRANSFER, on the records in the triage form as the agent left them
        assertEquals(List.of(TRANSFER.forTicket("t-old").withRecords(List.copyOf(tab.triageLinks()))), suggested);
        assertEquals("Triaged as Transfer: Jane moved school.", tab.messageProperty().get());
        assertTrue(TicketCommand.forKey("x", "X").isEmpty());
    }

    @Test
    @DisplayName("R opens the resolve dialog with the category's reply template; cancelling sends nothing")
    void resolve() {
        tab.perform(key("j"));
        tab.perform(key("j"));
        tab.perform(key("r"));

        assertTrue(repliesOffered.get(0).contains("We have moved the teacher to their new school"), repliesOffered.get(0));
        assertTrue(repliesOffered.get(0).contains("\"Wrong school\""));
        assertEquals(List.of("resolve t-urgent Moved her | Done, thanks"), actions.calls);

        answer = Optional.empty();
        tab.perform(key("r"));
        assertEquals(1, actions.calls.size());
    }

    @Test
    @DisplayName("Bulk claim and bulk categorise act on every selected ticket")
    void bulk() {
        tab.setChecked(List.of(item("t-old"), item("t-urgent")));
        tab.bulkClaim();
        tab.bulkCategorise("duplicate");

        assertEquals(List.of("bulkClaim [t-old, t-urgent]", "bulkCategorise [t-old, t-urgent] duplicate"), actions.calls);
        assertEquals("2 tickets set to Duplicate record.", tab.messageProperty().get());
    }

    @Test
    @DisplayName("A refused action says what happened in a sentence, and the queue stays as it was")
    void refusedAction() {
        actions.failWith = "Bob Agent is working on this ticket until 10:30.";
        tab.claim();

        assertEquals("Claiming did not work. Bob Agent is working on this ticket until 10:30.", tab.messageProperty().get());
        assertEquals("t-old", tab.selectedProperty().get().id());
    }

    @Test
    @DisplayName("After a write the queue is read again: a triaged ticket leaves New and the next one is shown")
    void refreshAfterWrite() {
        TicketDto old = queries.ticket("t-old").orElseThrow();
        queries.tickets.remove(old);
        queries.tickets.add(new TicketDto(old.id(), 2L, old.receivedAt(), old.fromEmail(), old.subject(), old.body(),
                old.schoolUrn(), "triaged", "transfer", "normal", old.linked(), null, null, null, null, List.of(), 0));
        tab.perform(key("7"));

        assertEquals(List.of("t-mid", "t-urgent"), ids());
        assertEquals("t-mid", tab.selectedProperty().get().id());
        assertEquals("New (2)", tab.queueLabelProperty(TicketQueue.NEW).get());
        assertFalse(tab.readingProperty().get() == null);
    }

    private static TicketCommand key(String text) {
        return TicketCommand.forKey(text, text.toUpperCase()).orElseThrow();
    }
}
