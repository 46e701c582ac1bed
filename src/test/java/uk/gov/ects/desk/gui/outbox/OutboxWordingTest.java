package uk.gov.ects.desk.gui.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.outbox.OutboxCounts;
import uk.gov.ects.desk.client.outbox.OutboxError;
import uk.gov.ects.desk.client.outbox.OutboxTarget;

class OutboxWordingTest {

    @Test
    @DisplayName("the status bar says what waits and what needs attention, leaving out what is nothing")
    void statusBar() {
        assertEquals("All changes sent", OutboxWording.status(counts(0, 0, 0)));
        assertEquals("3 waiting to send", OutboxWording.status(counts(2, 1, 0)));
        assertEquals("1 needs attention", OutboxWording.status(counts(0, 0, 1)));
        assertEquals("3 waiting to send · 1 needs attention", OutboxWording.status(counts(3, 0, 1)));
        assertEquals("1 waiting to send · 2 need attention", OutboxWording.status(counts(1, 0, 2)));
    }

    @Test
    @DisplayName("the tab title counts every change not yet on the service; sent ones are history")
    void tabTitle() {
        assertEquals("Outbox", OutboxWording.tabTitle(new OutboxCounts(0, 0, 7, 0, 0, 0, 0)));
        assertEquals("Outbox (4)", OutboxWording.tabTitle(counts(3, 0, 1)));
    }

    @Test
    @DisplayName("operations read as the palette's labels; records, errors and ages in words")
    void words() { // rule: SIT-4
        assertEquals("Nominate the school's induction tutor", OutboxWording.operation("SIT-2"));
        assertEquals("Add a note", OutboxWording.operation("OVR-NOTE"));
        assertEquals("SOMETHING-NEW", OutboxWording.operation("SOMETHING-NEW"));
        assertEquals("School 100001", OutboxWording.record(OutboxTarget.school("100001")));
        assertEquals("That email belongs to a teacher at the school. (rule SIT-4)",
                OutboxWording.error(new OutboxError("That email belongs to a teacher at the school.", "email_in_use", "SIT-4", "/email")));
        assertEquals("The service did not answer.", OutboxWording.error(OutboxError.of("The service did not answer.", "offline")));
        assertEquals("12 minutes ago", OutboxWording.age(Instant.parse("2026-10-01T08:48:00Z"), Instant.parse("2026-10-01T09:00:00Z")));
    }

    private static OutboxCounts counts(int queued, int sending, int rejected) {
        return new OutboxCounts(queued, sending, 0, rejected, 0, 0, 0);
    }
}
