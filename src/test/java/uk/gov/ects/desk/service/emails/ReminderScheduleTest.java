package uk.gov.ects.desk.service.emails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

/** ECT-12 as the running service does it: on its own schedule, and once a week of the service clock. */
class ReminderScheduleTest extends WriteTestBase {

    private static final String OAK = "100001";
    private static final String ELM = "100003";

    @BeforeEach
    void data() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2026)
                .school(OAK, "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor(OAK, "Pat Tutor", "pat@oak.sch.uk")
                .schoolCohort(OAK, 2026, "full_induction_programme", null)
                .school(ELM, "Elm School", 1, "203", "L1 1AA", "office@elm.sch.uk")
                .inductionTutor(ELM, "Eve Elm", "eve@elm.sch.uk")
                .schoolCohort(ELM, 2026, "core_induction_programme", null)
                .teacherRecord("1000001", "Priya Raman", LocalDate.of(1994, 3, 17), "QQ123456C");
    }

    @Test
    @DisplayName("ECT-12: a started service sends the reminder by itself, with nobody calling the job")
    void theRunningServiceSchedulesTheReminder() throws InterruptedException {
        // rule: ECT-12
        try (SupportService often = new SupportService(db, "127.0.0.1", 0).checkRemindersEvery(Duration.ofMillis(100))
                .start()) {
            Api oftenApi = new Api(often.port());
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (oftenApi.get("/emails?to=pat@oak.sch.uk", viewer).json().getAsJsonArray("data").isEmpty()
                    && System.nanoTime() < deadline) {
                Thread.sleep(50); // polling for the schedule's first run, not waiting a fixed time
            }
            assertEquals(1, emails("?to=pat@oak.sch.uk").size(), "the schedule sent Oak's reminder");
            assertEquals(1, emails("?to=eve@elm.sch.uk").size(), "and Elm's (CIP, nobody registered)");
            assertEquals(0, often.reminderJob().runOnce(), "checking again the same day sends nothing more");
        }
    }

    @Test
    @DisplayName("ECT-12: the schedule across clock moves: 3 days later nothing new, 7 days one more; registering stops it")
    void onceAWeekAcrossClockMoves() throws InterruptedException {
        // rule: ECT-12
        try (SupportService scheduled = new SupportService(db, "127.0.0.1", 0)
                .checkRemindersEvery(Duration.ofMillis(100)).start()) {
            Api scheduledApi = new Api(scheduled.port());
            afterNextChecks(scheduled);
            assertEquals(List.of("2026-10-01T09:00:00Z"), sentAt("pat@oak.sch.uk"));

            moveClock(scheduledApi, "2026-10-04T09:00:00Z");
            afterNextChecks(scheduled);
            assertEquals(List.of("2026-10-01T09:00:00Z"), sentAt("pat@oak.sch.uk"), "3 days later: nothing new");

            moveClock(scheduledApi, "2026-10-08T09:00:00Z");
            afterNextChecks(scheduled);
            assertEquals(List.of("2026-10-08T09:00:00Z", "2026-10-01T09:00:00Z"), sentAt("pat@oak.sch.uk"),
                    "7 days after the first: exactly one more, however many checks ran");
            assertEquals(2, sentAt("eve@elm.sch.uk").size());

            // Elm registers an ECT: it has someone in the cohort now, so it is no longer reminded.
            JsonObject priya = new JsonObject();
            priya.addProperty("trn", "1000001");
            priya.addProperty("date_of_birth", "1994-03-17");
            priya.addProperty("full_name", "Priya Raman");
            priya.addProperty("email", "priya@elm.sch.uk");
            priya.addProperty("cohort", 2026);
            assertEquals(201, post("/schools/" + ELM + "/ects", priya.toString()).status());

            moveClock(scheduledApi, "2026-10-15T09:00:00Z");
            afterNextChecks(scheduled);
            assertEquals(2, sentAt("eve@elm.sch.uk").size(), "Elm stopped getting it once it registered someone");
            assertEquals(3, sentAt("pat@oak.sch.uk").size(), "Oak still gets one a week");
        }
    }

    /** Waits (polling, bounded) until two more scheduled checks have finished after now. */
    private static void afterNextChecks(SupportService scheduled) throws InterruptedException {
        long target = scheduled.scheduledReminderRuns() + 2;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (scheduled.scheduledReminderRuns() < target && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(scheduled.scheduledReminderRuns() >= target, "the scheduled check did not run");
    }

    private void moveClock(Api to, String now) {
        Api.Reply moved = to.post("/test-clock", lead, json("{'now':'" + now + "'}"));
        assertEquals(200, moved.status(), moved.body());
    }

    /** When reminders went to this address, newest first. */
    private List<String> sentAt(String to) {
        List<String> times = new ArrayList<>();
        emails("?to=" + to).forEach(e -> {
            JsonObject attributes = e.getAsJsonObject().getAsJsonObject("attributes");
            assertEquals("no_participants_reminder", attributes.get("template").getAsString());
            times.add(attributes.get("sent_at").getAsString());
        });
        assertTrue(times.stream().distinct().count() == times.size(), "never two at one time: " + times);
        return times;
    }
}
