package uk.gov.ects.desk.service.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.emails.ReminderJob;

class ReminderJobTest extends WriteTestBase {

    @BeforeEach
    void data() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk")
                .schoolCohort("100001", 2026, "full_induction_programme", null)
                .school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .inductionTutor("100002", "Lee Birch", "lee@birch.sch.uk")
                .schoolCohort("100002", 2026, "core_induction_programme", null)
                .participant("pp-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 12), "100002", 2026, null)
                .inductionRecord("ir-1", "pp-1", "100002", 2026, null, null, null, null, LocalDate.of(2026, 9, 1), null)
                .school("100003", "Cedar Primary", 1, "203", "M2 3CD", "office@cedar.sch.uk")
                .inductionTutor("100003", "Ash Cedar", "ash@cedar.sch.uk")
                .schoolCohort("100003", 2026, "no_early_career_teachers", null)
                .school("100047", "Little Acorns Children's Centre", 47, "201", "EC1A 2BB", "hello@acorns.org.uk")
                .inductionTutor("100047", "Kim Acorn", "kim@acorns.org.uk")
                .schoolCohort("100047", 2026, "core_induction_programme", null);
    }

    @Test
    @DisplayName("ECT-12, SIT-6: a school with FIP or CIP and nobody registered is reminded at its tutor's email, once a week")
    void weeklyReminder() {
        ReminderJob job = service.reminderJob();
        assertEquals(1, job.runOnce(), "only Oak: Birch has an ECT, Cedar expects none, the children's centre gets no email");
        JsonObject email = emails("?school=100001").get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("pat@oak.sch.uk", email.get("to").getAsString());
        assertEquals("no_participants_reminder", email.get("template").getAsString());
        assertEquals("2026", email.getAsJsonObject("facts").get("cohort").getAsString());

        assertEquals(0, job.runOnce(), "not again the same day");
        assertEquals(200, api.post("/test-clock", lead, json("{'now':'2026-10-07T09:00:00Z'}")).status());
        assertEquals(0, job.runOnce(), "not within seven days");
        assertEquals(200, api.post("/test-clock", lead, json("{'now':'2026-10-08T09:00:01Z'}")).status());
        assertEquals(1, job.runOnce(), "a week later, again");
        assertEquals(2, emails("?school=100001").size());
        assertEquals(0, emails("?school=100047").size());
    }
}
