package uk.gov.ects.desk.gui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.activity.AuditEvent;
import uk.gov.ects.desk.client.activity.AuditEvent.FieldChange;
import uk.gov.ects.desk.client.activity.RecordNote;
import uk.gov.ects.desk.client.activity.SentEmail;

class ActivityWordingTest {

    private static final Instant AT = Instant.parse("2026-10-01T09:05:00Z");

    @Test
    @DisplayName("X-AUDIT: a history entry reads when, who, the operation in plain words, each field as before → after, why and the ticket")
    void historyEntry() {
        AuditEvent event = new AuditEvent("a-1", AT, "Sam Agent", "agent", "OVR-SIT", "school", "100001", List.of(
                new FieldChange("induction_tutor_email", "pat@oak.sch.uk", "pat.tutor@oak.sch.uk"),
                new FieldChange("induction_tutor_name", null, "Pat Tutor")), "School emailed the new address", "t-42");

        HistoryItem item = ActivityWording.history(event);

        assertEquals("1 Oct 2026, 10:05", item.when(), "UK time");
        assertEquals("Sam Agent (support agent)", item.who());
        assertEquals("Correct the induction tutor's name or email (OVR-SIT)", item.what());
        assertEquals(List.of("Induction tutor email: pat@oak.sch.uk → pat.tutor@oak.sch.uk",
                "Induction tutor name: (none) → Pat Tutor"), item.changes());
        assertEquals("School emailed the new address", item.why());
        assertEquals("t-42", item.ticket());
        assertEquals("""
                1 Oct 2026, 10:05 · Sam Agent (support agent)
                Correct the induction tutor's name or email (OVR-SIT)
                  Induction tutor email: pat@oak.sch.uk → pat.tutor@oak.sch.uk
                  Induction tutor name: (none) → Pat Tutor
                Reason: School emailed the new address
                Ticket: t-42""", item.text());
    }

    @Test
    @DisplayName("stored codes read as words, a cleared value as (none), a note as its text; no reason or ticket, no line")
    void valuesInWords() {
        assertEquals("Programme choice: Full induction programme → School funded fip",
                ActivityWording.change(new FieldChange("programme_choice", "full_induction_programme", "school_funded_fip")));
        assertEquals("Mentor id: p-2 → (none)", ActivityWording.change(new FieldChange("mentor_id", "p-2", null)));
        assertEquals("Note: Rang the school", ActivityWording.change(new FieldChange("note", null, "Rang the school")));

        HistoryItem item = ActivityWording.history(new AuditEvent("a-2", AT, "system", "system", "ECT-12", "school",
                "100001", List.of(), " ", null));
        assertNull(item.why());
        assertNull(item.ticket());
        assertEquals("system", item.who());
        assertEquals("ECT-12", item.what(), "an ID with no label stays as it is");
        assertFalse(item.text().contains("Reason"));
    }

    @Test
    void plainOperationNames() {
        assertEquals("Add a note (OVR-NOTE)", ActivityWording.operation("OVR-NOTE"));
        assertEquals("Resend the access link (OVR-ACCESS)", ActivityWording.operation("OVR-ACCESS"));
        assertEquals("Send the access link to the school's GIAS email (ACC-5)", ActivityWording.operation("ACC-5"));
        assertEquals("A change", ActivityWording.operation(null));
        assertEquals("School user", ActivityWording.who(null, "school"));
        assertEquals("Pat Tutor (school user)", ActivityWording.who("Pat Tutor", "school"));
    }

    @Test
    @DisplayName("X-NOTIFY: an email reads its template in plain words; only a school's access-link emails can be resent")
    void emails() {
        SentEmail link = new SentEmail("e-1", "j***@school.org.uk", "access_link", "Your link", "100001", null, AT);
        EmailItem item = ActivityWording.email(link, true);
        assertEquals("Access link", item.template());
        assertEquals("j***@school.org.uk", item.to());
        assertTrue(item.accessLink());
        assertEquals("1 Oct 2026, 10:05 · Access link\nTo: j***@school.org.uk\nSubject: Your link", item.text());
        assertFalse(ActivityWording.email(link, false).accessLink(), "not from a participant's pane");

        SentEmail notice = new SentEmail("e-2", "lead_provider:lp-1", "provider_transfer_notice", null, "100001", "p-1", AT);
        EmailItem noticeItem = ActivityWording.email(notice, true);
        assertEquals("Lead provider lp-1", noticeItem.to());
        assertEquals("Transfer notice to the lead provider", noticeItem.template());
        assertEquals("Not recorded", noticeItem.subject());
        assertFalse(noticeItem.accessLink());
        assertEquals("Reminder to register ECTs and mentors", ActivityWording.template("no_participants_reminder"));
        assertEquals("Something new", ActivityWording.template("something_new"));
    }

    @Test
    void notes() {
        NoteItem item = ActivityWording.note(new RecordNote("n-1", "school:100001", "Rang the school", "Sam Agent", AT));
        assertEquals("1 Oct 2026, 10:05 · Sam Agent\nRang the school", item.text());
    }
}
