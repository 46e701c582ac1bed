package uk.gov.ects.desk.gui.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxRequest;
import uk.gov.ects.desk.client.outbox.OutboxState;
import uk.gov.ects.desk.client.outbox.OutboxTarget;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;

/** The Outbox tab's ViewModel on a real outbox whose entries a real service answered; no FX thread. */
class OutboxViewModelTest extends OutboxInEveryStateTestBase {

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final List<List<OutboxRow>> notified = new ArrayList<>();
    private final List<OutboxRow> askedToDiscard = new ArrayList<>();
    private final AtomicInteger signIns = new AtomicInteger();
    private boolean agentConfirms;
    private OutboxViewModel viewModel;

    @BeforeEach
    void openTheTab() {
        viewModel = new OutboxViewModel(new DirectOutboxService(outbox), executor, TAB_CLOCK, row -> {
            askedToDiscard.add(row);
            return agentConfirms;
        }, notified::add, signIns::incrementAndGet);
        viewModel.start();
    }

    @AfterEach
    void closeTheTab() {
        viewModel.stop();
    }

    @Test
    @DisplayName("every change not yet sent is listed in words: operation, record, age, attempts, state and the service's error with its rule")
    void rowsInWords() { // rule: SIT-4
        List<OutboxRow> rows = viewModel.rows();
        assertEquals(List.of(conflict.id(), rejected.id(), failed.id(), unauthorised.id(), queued.id()),
                rows.stream().map(OutboxRow::id).toList(), "oldest first; the sent change is hidden");

        OutboxRow refused = row(rejected);
        assertEquals("Nominate the school's induction tutor", refused.operation());
        assertEquals("School 100003", refused.record());
        assertEquals("20 minutes ago", refused.age());
        assertEquals(1, refused.attempts());
        assertEquals("Turned down by the service", refused.stateWords());
        assertTrue(refused.lastError().endsWith("(rule SIT-4)"), refused.lastError());
        assertTrue(refused.lastError().length() > "(rule SIT-4)".length() + 5, "the service's sentence comes first");

        OutboxRow clash = row(conflict);
        assertEquals("Correct the induction tutor's name or email", clash.operation());
        assertEquals("Someone else changed the record first", clash.stateWords());
        assertEquals("25 minutes ago", clash.age());

        assertEquals("Could not be sent", row(failed).stateWords());
        assertEquals("Waiting for you to sign in again", row(unauthorised).stateWords());
        assertEquals("Add a note", row(unauthorised).operation());
        assertEquals("Waiting to send", row(queued).stateWords());
        assertEquals("5 minutes ago", row(queued).age());
        assertEquals(0, row(queued).attempts());
        assertEquals("", row(queued).lastError());
    }

    @Test
    @DisplayName("the tab title and status bar count what waits and what needs attention; Show sent lists the sent change too")
    void countsAndShowSent() {
        assertEquals("Outbox (5)", viewModel.tabTitleProperty().get());
        assertEquals("1 waiting to send · 4 need attention", viewModel.statusProperty().get());
        assertTrue(viewModel.attentionProperty().get());

        viewModel.showSentProperty().set(true);

        assertEquals(6, viewModel.rows().size());
        assertEquals("Sent", row(applied).stateWords());
        viewModel.showSentProperty().set(false);
        assertEquals(5, viewModel.rows().size());
    }

    @Test
    @DisplayName("a notification names the changes that need attention, once: not again until one newly needs it")
    void notifiesOnceEachTime() throws Exception {
        assertEquals(1, notified.size(), "the first read finds four changes needing attention");
        assertEquals(List.of(conflict.id(), rejected.id(), failed.id(), unauthorised.id()),
                notified.get(0).stream().map(OutboxRow::id).toList());

        select(unauthorised);
        viewModel.discard(); // nobody confirms: kept
        agentConfirms = true;
        viewModel.discard();
        select(rejected);
        viewModel.retry();
        assertEquals(1, notified.size(), "discarding and retrying are not news");

        agentSender().sendNow().get(30, TimeUnit.SECONDS);
        assertEquals(1, executor.pendingScheduledCount(), "the outbox's changes ask for one refresh");
        executor.runScheduled();

        assertEquals(2, notified.size(), "turned down again: news again");
        assertEquals(List.of(rejected.id()), notified.get(1).stream().map(OutboxRow::id).toList());
        assertFalse(viewModel.rows().stream().anyMatch(row -> row.id() == queued.id()), "the note was sent and left the list");
        assertEquals("3 need attention", viewModel.statusProperty().get());
        assertEquals("Outbox (3)", viewModel.tabTitleProperty().get());
    }

    @Test
    @DisplayName("Retry queues a rejected change again with the same key; it runs in a background task")
    void retry() {
        executor.holdTasks();
        select(rejected);
        viewModel.retry();
        assertEquals(OutboxState.REJECTED, entry(rejected).state(), "nothing happens on the UI thread");
        assertTrue(viewModel.busyProperty().get());

        executor.runAllHeld();

        OutboxEntry again = entry(rejected);
        assertEquals(OutboxState.QUEUED, again.state());
        assertEquals(rejected.idempotencyKey(), again.idempotencyKey());
        assertEquals("Waiting to send", row(rejected).stateWords());
        assertFalse(viewModel.busyProperty().get());
        assertEquals("2 waiting to send · 3 need attention", viewModel.statusProperty().get());
    }

    @Test
    @DisplayName("Discard asks first: No keeps the change, Yes removes it and the tab stops counting it")
    void discardAsksFirst() {
        select(failed);
        viewModel.discard();
        assertEquals(1, askedToDiscard.size());
        assertEquals(failed.id(), askedToDiscard.get(0).id());
        assertTrue(outbox.entry(failed.id()).isPresent(), "kept");

        agentConfirms = true;
        viewModel.discard();

        assertTrue(outbox.entry(failed.id()).isEmpty());
        assertFalse(viewModel.rows().stream().anyMatch(row -> row.id() == failed.id()));
        assertNull(viewModel.selectedProperty().get());
        assertEquals("Outbox (4)", viewModel.tabTitleProperty().get());
        assertTrue(viewModel.messageProperty().get().startsWith("Discarded"), viewModel.messageProperty().get());
    }

    @Test
    @DisplayName("Edit shows the change as JSON, refuses text that is not a JSON object, and queues the corrected change")
    void edit() { // rule: SIT-4
        select(rejected);
        viewModel.startEdit();
        assertEquals(OutboxViewModel.Pane.EDIT, viewModel.paneProperty().get());
        assertTrue(viewModel.draftProperty().get().contains("\"email\": \"JANE@100003.sch.uk\""),
                viewModel.draftProperty().get());

        viewModel.draftProperty().set("{\"mode\": \"nominate\", \"email\": ");
        assertFalse(viewModel.saveEdit());
        assertTrue(viewModel.draftProblemProperty().get().startsWith("That is not valid JSON"),
                viewModel.draftProblemProperty().get());
        viewModel.draftProperty().set("[1, 2]");
        assertFalse(viewModel.saveEdit());
        assertTrue(viewModel.draftProblemProperty().get().startsWith("The change must be one JSON object"));
        assertEquals(OutboxState.REJECTED, entry(rejected).state(), "nothing saved while the JSON is wrong");

        viewModel.draftProperty().set(OutboxWording.pretty(rejected.body())
                .replace("JANE@100003.sch.uk", "jane.tutor@100003.sch.uk"));
        assertTrue(viewModel.saveEdit());

        OutboxEntry edited = entry(rejected);
        assertEquals(OutboxState.QUEUED, edited.state());
        assertEquals("jane.tutor@100003.sch.uk", edited.body().get("email").getAsString());
        assertEquals(OutboxViewModel.Pane.SUMMARY, viewModel.paneProperty().get());
        assertEquals("jane.tutor@100003.sch.uk", cache.school("100003").orElseThrow().inductionTutor().email(),
                "the corrected change shows in the cache while it waits");
    }

    @Test
    @DisplayName("Show conflict puts the record when the change was queued, the service's version now and the change side by side, field by field; re-apply sends it on the current one")
    void conflictSideBySide() { // op: CSIT-1 (a tutor's details corrected while another agent renamed them)
        select(conflict);
        viewModel.showConflict();

        ConflictComparison comparison = viewModel.conflictProperty().get();
        assertNotNull(comparison);
        assertEquals(OutboxViewModel.Pane.CONFLICT, viewModel.paneProperty().get());
        assertEquals("When you queued it (version " + conflict.baseVersion() + ")", comparison.seenHeading());
        assertEquals("Now on the service (version " + conflict.currentVersion() + ")", comparison.currentHeading());
        assertEquals("Your change", comparison.changeHeading());
        assertEquals("", comparison.seenNote());
        assertEquals(List.of("Induction tutor › Name", "Induction tutor › Email", "Your reason"),
                comparison.rows().stream().map(ConflictComparison.Row::field).toList(),
                "only the fields someone changed, in plain words; the rest of the school is the same in all three");

        ConflictComparison.Row name = row(comparison, "Induction tutor › Name");
        assertEquals(List.of("Pat Tutor", "Pat Tutor-Jones", "Pat Tutor"), List.of(name.seen(), name.current(), name.yours()),
                "the other agent renamed the tutor; the change, sent as it is, carries the old name");
        assertTrue(name.changedOnService());
        assertTrue(name.clash(), "re-applying would undo the rename: the agent must see that");
        ConflictComparison.Row email = row(comparison, "Induction tutor › Email");
        assertEquals(List.of("pat@100002.sch.uk", "pat@100002.sch.uk", "pat.new@100002.sch.uk"),
                List.of(email.seen(), email.current(), email.yours()));
        assertFalse(email.changedOnService());
        assertTrue(email.changedByYou());
        assertFalse(email.clash());
        assertTrue(comparison.explanation().endsWith("Re-applying it as it is would undo their change to "
                + "Induction tutor › Name."), comparison.explanation());
        assertEquals("The tutor asked for their new address", row(comparison, "Your reason").yours());
        assertTrue(comparison.seenJson().contains("\"Pat Tutor\""));
        assertTrue(comparison.currentJson().contains("Pat Tutor-Jones"));
        assertTrue(comparison.changeJson().contains("pat.new@100002.sch.uk"));

        viewModel.reapplyOnCurrent();

        OutboxEntry reapplied = entry(conflict);
        assertEquals(OutboxState.QUEUED, reapplied.state());
        assertEquals(conflict.currentVersion(), reapplied.baseVersion(), "sent on the version the service has now");
        assertEquals(OutboxViewModel.Pane.SUMMARY, viewModel.paneProperty().get());
    }

    @Test
    @DisplayName("a conflict on a change queued before the outbox kept the version seen: says so, and still compares the service's version with the change")
    void conflictWithoutTheVersionSeen() { // op: CSIT-1
        cache.inTransaction(tx -> {
            try (var forget = tx.prepareStatement("UPDATE outbox SET seen_resource = NULL WHERE id = ?")) {
                forget.setLong(1, conflict.id());
                return forget.executeUpdate();
            }
        });
        viewModel.refresh();
        select(conflict);
        viewModel.showConflict();

        ConflictComparison comparison = viewModel.conflictProperty().get();
        assertEquals(ConflictComparison.SEEN_NOT_KEPT, comparison.seenNote());
        assertTrue(comparison.seenNote().startsWith("The version you saw was not kept for this change"));
        assertEquals("When you queued it (not kept)", comparison.seenHeading());
        assertTrue(comparison.explanation().contains("on version " + conflict.baseVersion()), comparison.explanation());
        ConflictComparison.Row name = row(comparison, "Induction tutor › Name");
        assertEquals(List.of(ConflictComparison.NOT_KEPT, "Pat Tutor-Jones", "Pat Tutor"),
                List.of(name.seen(), name.current(), name.yours()), "re-applying would set the name back: shown");
        assertTrue(name.changedByYou());
        assertFalse(name.changedOnService(), "unknown without the version seen");
        assertEquals("pat.new@100002.sch.uk", row(comparison, "Induction tutor › Email").yours());

        viewModel.reapplyOnCurrent();
        assertEquals(OutboxState.QUEUED, entry(conflict).state(), "re-apply works without it");
    }

    @Test
    @DisplayName("Sign in again runs the sign-in, then the changes paused by the refused sign-in wait to send again")
    void signInAgain() {
        select(unauthorised);
        viewModel.signInAgain();

        assertEquals(1, signIns.get());
        assertEquals(OutboxState.QUEUED, entry(unauthorised).state());
        assertEquals("2 waiting to send · 3 need attention", viewModel.statusProperty().get());
    }

    @Test
    @DisplayName("a change made elsewhere (a form queued it) reaches the tab through the outbox's listener")
    void listensToTheOutbox() {
        OutboxEntry note = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100002"), "Spoke to the tutor"));
        assertFalse(viewModel.rows().stream().anyMatch(row -> row.id() == note.id()), "read on the UI thread's turn");

        executor.runScheduled();

        assertEquals("Waiting to send", row(note).stateWords());
        assertEquals("Outbox (6)", viewModel.tabTitleProperty().get());
    }

    @Test
    @DisplayName("a command the outbox refuses leaves a sentence saying why")
    void refusedCommand() {
        select(queued);
        outbox.discard(queued.id()); // gone before the agent acts
        viewModel.retry();

        assertEquals("That change is no longer in the outbox. Refresh the Outbox tab.", viewModel.messageProperty().get());
    }

    @Test
    @DisplayName("JSON validation: one object, nothing after it, strict syntax")
    void jsonValidation() {
        assertNull(OutboxViewModel.jsonObjectProblem("{\"a\": 1}"));
        assertTrue(OutboxViewModel.jsonObjectProblem("").startsWith("The change is empty"));
        assertEquals("That is not valid JSON (near line 1, column 3). Check the quotes, commas and brackets, then save again.",
                OutboxViewModel.jsonObjectProblem("{a: 1}"));
        assertTrue(OutboxViewModel.jsonObjectProblem("{\"a\": 1} {}").startsWith("There is more after"));
        assertTrue(OutboxViewModel.jsonObjectProblem("\"text\"").startsWith("The change must be one JSON object"));
    }

    private void select(OutboxEntry entry) {
        viewModel.select(row(entry));
    }

    private OutboxRow row(OutboxEntry entry) {
        return viewModel.rows().stream().filter(row -> row.id() == entry.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no row for entry " + entry.id()));
    }

    private static ConflictComparison.Row row(ConflictComparison comparison, String field) {
        return comparison.rows().stream().filter(row -> row.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + field + " in " + comparison.rows()));
    }
}
