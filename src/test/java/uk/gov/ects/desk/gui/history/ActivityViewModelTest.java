package uk.gov.ects.desk.gui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.activity.AuditEvent.FieldChange;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.gui.history.ActivityViewModel.Section;

/** The History, Emails and Notes sections without an FX thread. */
class ActivityViewModelTest {

    private static final Instant MORNING = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant NOON = Instant.parse("2026-09-01T11:00:00Z");

    private final FakeActivity fake = new FakeActivity()
            .event("a-1", MORNING, "school", "100001", "SIT-2", null, null, new FieldChange("induction_tutor", null, "Pat Tutor"))
            .event("a-2", NOON, "school", "100001", "OVR-NOTE", null, null, new FieldChange("note", null, "Rang"))
            .email("e-1", MORNING, "access_link", "100001", null, "j***@school.org.uk")
            .email("e-2", NOON, "ect_registered", "100001", "p-1", "jane@example.com")
            .note("n-1", "school:100001", "Rang the school", MORNING);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final ActivityViewModel viewModel = new ActivityViewModel(fake, fake, executor);

    @Test
    @DisplayName("X-AUDIT: history is read online only when its tab is opened, once per record")
    void historyWhenOpened() {
        viewModel.show(ActivitySubject.school("100001"));
        assertEquals(0, fake.callsStartingWith("history"), "the Details tab needs no network");

        viewModel.showSection(Section.HISTORY);
        viewModel.showSection(Section.DETAILS);
        viewModel.showSection(Section.HISTORY);

        assertEquals(1, fake.callsStartingWith("history"));
        assertEquals(List.of("Note: Rang", "Induction tutor: (none) → Pat Tutor"),
                viewModel.history().stream().flatMap(item -> item.changes().stream()).toList());
        assertEquals("", viewModel.historyMessageProperty().get());

        viewModel.show(ActivitySubject.participant("p-9"));
        assertEquals(List.of(), viewModel.history(), "the next record's history is read while History stays open");
        assertEquals(2, fake.callsStartingWith("history"));
        assertEquals("Nothing has been changed on this participant yet.", viewModel.historyMessageProperty().get());
    }

    @Test
    @DisplayName("offline: History says it needs the connection, and Refresh tries again once back online")
    void offlineHistory() {
        fake.offline = true;
        viewModel.showSection(Section.HISTORY);
        viewModel.show(ActivitySubject.school("100001"));

        assertEquals("History needs a connection to the Support API; it will show when you're back online.",
                viewModel.historyMessageProperty().get());
        assertTrue(viewModel.history().isEmpty());

        fake.offline = false;
        viewModel.refresh();
        assertEquals(2, viewModel.history().size());
        assertEquals("", viewModel.historyMessageProperty().get());
    }

    @Test
    @DisplayName("an answer about a record no longer shown is dropped")
    void staleAnswersDropped() {
        viewModel.showSection(Section.HISTORY);
        executor.holdTasks();
        viewModel.show(ActivitySubject.school("100001"));
        viewModel.show(ActivitySubject.school("100002"));
        executor.runHeld(0);

        assertTrue(viewModel.history().isEmpty(), "100001's history is not shown on 100002");
        executor.runAllHeld();
        assertEquals("Nothing has been changed on this school yet.", viewModel.historyMessageProperty().get());
    }

    @Test
    @DisplayName("X-NOTIFY, OVR-ACCESS: emails from the cache; only the school's access link can be resent, with a reason")
    void emailsAndResend() {
        viewModel.show(ActivitySubject.school("100001"));
        viewModel.showSection(Section.EMAILS);

        List<EmailItem> emails = viewModel.emails();
        assertEquals(List.of("Access link", "ECT registered"), emails.stream().map(EmailItem::template).toList());
        assertTrue(viewModel.canResend(emails.get(0)));
        assertFalse(viewModel.canResend(emails.get(1)));

        assertFalse(viewModel.resendAccessLink(emails.get(0), "  "));
        assertEquals("Say why the link is sent again, for example who asked for it.",
                viewModel.actionMessageProperty().get());
        assertFalse(viewModel.resendAccessLink(emails.get(1), "Asked"));
        assertTrue(fake.actions.isEmpty());

        assertTrue(viewModel.resendAccessLink(emails.get(0), " Head teacher asked on the phone "));
        assertEquals(List.of("resend 100001: Head teacher asked on the phone"), fake.actions);
        assertTrue(viewModel.actionMessageProperty().get().startsWith("The access link will be sent again"));

        viewModel.show(ActivitySubject.participant("p-1"));
        assertEquals(List.of("ECT registered"), viewModel.emails().stream().map(EmailItem::template).toList());
        assertFalse(viewModel.emails().get(0).accessLink());
    }

    @Test
    @DisplayName("OVR-NOTE: a note of 1..5000 characters is queued and shows at once, newest first")
    void addNote() {
        viewModel.show(ActivitySubject.school("100001"));
        viewModel.showSection(Section.NOTES);
        assertEquals(List.of("Rang the school"), viewModel.notes().stream().map(NoteItem::body).toList());
        fake.note("n-2", "school:100001", "Synced from another agent", NOON);
        viewModel.showSection(Section.HISTORY);
        viewModel.showSection(Section.NOTES);
        assertEquals(List.of("Synced from another agent", "Rang the school"),
                viewModel.notes().stream().map(NoteItem::body).toList(), "notes are read again when their tab opens");

        assertFalse(viewModel.addNote(" "));
        assertEquals("Write the note before adding it.", viewModel.actionMessageProperty().get());
        assertFalse(viewModel.addNote("x".repeat(5001)));
        assertEquals("A note can be at most 5,000 characters; this one has 5,001. Shorten it or split it into two notes.",
                viewModel.actionMessageProperty().get());
        assertTrue(fake.actions.isEmpty());

        assertTrue(viewModel.addNote("x".repeat(5000)));
        assertTrue(viewModel.addNote("  Head teacher will call back  "));

        assertEquals("note school:100001: Head teacher will call back", fake.actions.get(1), "trimmed");
        assertEquals(List.of("Head teacher will call back", "x".repeat(5000), "Synced from another agent", "Rang the school"),
                viewModel.notes().stream().map(NoteItem::body).toList());
        assertEquals("You (not sent yet)", viewModel.notes().get(0).author());
        assertTrue(viewModel.actionMessageProperty().get().startsWith("Note added."));
    }

    @Test
    @DisplayName("a failure to queue says so and what to do; nothing selected means nothing to add to")
    void queueFailure() {
        ActivityActions refusing = new ActivityActions() {
            @Override
            public java.util.concurrent.CompletionStage<?> addNote(String target, String body) {
                return java.util.concurrent.CompletableFuture.failedFuture(
                        new IllegalStateException("The app is still opening its local cache."));
            }

            @Override
            public java.util.concurrent.CompletionStage<?> resendAccessLink(String urn, String reason) {
                throw new UnsupportedOperationException();
            }
        };
        ActivityViewModel failing = new ActivityViewModel(fake, refusing, executor);
        assertFalse(failing.canAddNote());
        assertFalse(failing.addNote("Hello"));
        assertEquals("Select a record first.", failing.actionMessageProperty().get());

        failing.show(ActivitySubject.partnership("pa-1"));
        assertTrue(failing.addNote("Hello"));
        assertEquals("The note could not be queued: The app is still opening its local cache. Try again.",
                failing.actionMessageProperty().get());
        assertNull(ActivityViewModel.noteProblem("Hello"));
    }
}
