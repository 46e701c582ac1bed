package uk.gov.ects.desk.service.emails;

import static uk.gov.ects.desk.service.testing.Bodies.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

/**
 * X-NOTIFY: every email the rules send is in the email log (recipient, template, subject, facts,
 * time) and listed by GET /emails with its filters; nothing is logged for a refused or previewed
 * write; and no address, birth date, NI number or token reaches the application log on the way.
 */
class EmailLogTest extends WriteTestBase {

    private static final String OAK = "100001";
    private static final String BIRCH = "100002";
    private static final String ELM = "100003";
    private static final LocalDate PRIYA_DOB = LocalDate.of(1994, 3, 17);

    private final ByteArrayOutputStream applicationLog = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void data() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2025).cohort(2026)
                .leadProvider("lp-a", "Ambition Institute").leadProvider("lp-b", "Best Practice Network")
                .deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2025, "lp-b", "dp-n").pairing(2026, "lp-a", "dp-n")
                .school(OAK, "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor(OAK, "Pat Tutor", "pat@oak.sch.uk")
                .schoolCohort(OAK, 2025, "full_induction_programme", null)
                .partnership("p-25", OAK, 2025, "lp-b", "dp-n", "active", Instant.parse("2025-06-01T10:00:00Z"))
                .school(BIRCH, "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .school(ELM, "Elm School", 1, "203", "L1 1AA", "office@elm.sch.uk")
                .inductionTutor(ELM, "Eve Elm", "eve@elm.sch.uk")
                .schoolCohort(ELM, 2026, "full_induction_programme", null)
                .partnership("p-1", ELM, 2026, "lp-a", "dp-n", "active", Instant.parse("2026-09-20T10:00:00Z"))
                .teacherRecord("1000001", "Priya Raman", PRIYA_DOB, "QQ123456C")
                .teacherRecord("1000002", "Tom Baker", LocalDate.of(1996, 1, 5), null, "Active", false, null,
                        LocalDate.of(2026, 9, 1), null, "InProgress")
                .teacherRecord("1000003", "Mona Mentor", LocalDate.of(1980, 6, 2), null, "Active", false,
                        LocalDate.of(2005, 7, 1), null, null, "Pass");
        // slf4j-simple writes to whatever System.err is when it logs: tee it to read what was logged.
        originalErr = System.err;
        System.setErr(new PrintStream(new Tee(originalErr, applicationLog), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(originalErr);
    }

    @Test
    @DisplayName("Each operation's email is logged with its recipient, template, subject and facts; GET /emails filters them")
    void everyEmailIsLogged() {
        // rule: ACC-5, ACC-3
        assertEquals(200, post("/access-requests", json("{'urn':'" + BIRCH + "'}")).status());
        JsonObject access = only(emails("?school=" + BIRCH));
        assertEmail(access, "o****e@birch.sch.uk", "access_link", "Your link to manage early career teachers");
        assertFalse(access.toString().contains("office@birch.sch.uk"), "the GIAS email is only shown redacted");

        // rule: SIT-5
        Api.Reply nominated = put("/schools/" + BIRCH + "/induction-tutor",
                json("{'mode':'nominate','full_name':'Bea Birch','email':'bea@birch.sch.uk'}"), version("/schools/" + BIRCH));
        assertEquals(200, nominated.status(), nominated.body());
        JsonObject nomination = only(emails("?to=bea@birch.sch.uk"));
        assertEmail(nomination, "bea@birch.sch.uk", "induction_tutor_nominated",
                "You have been nominated as induction tutor");
        // rule: GUIDE-1 (the emails that bring a school in link to the published guidance)
        String guidance = "https://www.gov.uk/guidance/how-to-set-up-training-for-early-career-teachers";
        assertEquals(guidance, fact(nomination, "guidance_url"));
        assertEquals(guidance, fact(access, "guidance_url"));

        // rule: PROG-5
        Api.Reply fip = put("/schools/" + OAK + "/cohorts/2026/programme", json("{'choice':'full_induction_programme'}"),
                version("/schools/" + OAK));
        assertEquals(200, fip.status(), fip.body());
        JsonObject notRolledOver = only(emails("?to=lead_provider:lp-b"));
        assertEmail(notRolledOver, "lead_provider:lp-b", "partnership_not_rolled_over",
                "A school has not rolled over its partnership with you");
        assertEquals("2026", fact(notRolledOver, "cohort"));
        assertEquals(OAK, notRolledOver.get("school_urn").getAsString());

        // rule: ECT-8
        String priya = created(addEct(ELM, person("1000001", PRIYA_DOB, "Priya Raman", "priya@elm.sch.uk")));
        JsonObject registered = only(emails("?participant=" + priya));
        assertEmail(registered, "priya@elm.sch.uk", "ect_registered", "You have been registered as an early career teacher");
        assertEquals(ELM, registered.get("school_urn").getAsString());
        assertEquals("Priya Raman", fact(registered, "full_name"));
        assertEquals("2026", fact(registered, "cohort"));
        assertEquals(ELM, fact(registered, "school_urn"));

        // rule: MEN-8
        String mona = created(post("/schools/" + ELM + "/mentors",
                person("1000003", LocalDate.of(1980, 6, 2), "Mona Mentor", "mona@elm.sch.uk").toString()));
        assertEmail(only(emails("?participant=" + mona)), "mona@elm.sch.uk", "mentor_registered",
                "You have been registered as a mentor");

        // op: OVR-REVALIDATE: eligibility changing to eligible emails the SIT
        String tom = created(addEct(ELM, person("1000002", LocalDate.of(1996, 1, 5), "Tom Baker", "tom@elm.sch.uk")));
        assertEquals("manual_check", api.get("/participants/" + tom, viewer).attributes()
                .getAsJsonObject("eligibility").get("status").getAsString(), "no QTS yet");
        db.inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE teacher_records SET qts_date = DATE '2026-07-20' WHERE trn = '1000002'"));
        Api.Reply revalidated = post("/participants/" + tom + "/revalidation", json("{'trn':'1000002',"
                + "'date_of_birth':'1996-01-05','reason':'QTS awarded, school asked us to check again'}"),
                version("/participants/" + tom));
        assertEquals(200, revalidated.status(), revalidated.body());
        JsonObject eligible = only(emails("?to=eve@elm.sch.uk&participant=" + tom));
        assertEmail(eligible, "eve@elm.sch.uk", "participant_eligible_for_funding", null);
        assertEquals("Tom Baker", fact(eligible, "participant_name"));

        // rule: PART-3
        Api.Reply challenged = post("/partnerships/p-1/challenge", json("{'challenge_reason':'mistake'}"),
                version("/partnerships/p-1"));
        assertEquals(200, challenged.status(), challenged.body());
        JsonObject challenge = only(emails("?to=lead_provider:lp-a"));
        assertEmail(challenge, "lead_provider:lp-a", "partnership_challenged",
                "A school has challenged its partnership with you");
        assertEquals(ELM, challenge.get("school_urn").getAsString());

        // filters: to= ignores case; school= and participant= narrow (all sent at one fixed-clock instant,
        // so compared in sorted order)
        assertEquals(1, emails("?to=BEA@Birch.sch.uk").size());
        List<String> elm = templates(emails("?school=" + ELM));
        java.util.Collections.sort(elm);
        assertEquals(List.of("ect_registered", "ect_registered", "mentor_registered", "participant_eligible_for_funding",
                "partnership_challenged"), elm);
        assertEquals(0, emails("?school=" + ELM + "&participant=" + priya + "&to=eve@elm.sch.uk").size());
        assertEquals(8, emails("").size());
        assertEquals(8, count("emails"));

        assertNothingPersonalLogged();
    }

    @Test
    @DisplayName("ECT-12: the reminder is in the log at the tutor's address with the school and cohort")
    void reminderIsLogged() {
        // rule: ECT-12, SIT-6
        assertEquals(200, put("/schools/" + OAK + "/cohorts/2026/programme", json("{'choice':'core_induction_programme'}"),
                version("/schools/" + OAK)).status());
        assertEquals(0, emails("?to=pat@oak.sch.uk").size());

        assertEquals(200, api.post("/test-clock", lead, json("{'now':'2026-10-02T09:00:00Z'}")).status());
        service.reminderJob().runOnce(); // the daily check (ReminderScheduleTest shows the service runs it itself)

        JsonObject reminder = only(emails("?to=pat@oak.sch.uk"));
        assertEmail(reminder, "pat@oak.sch.uk", "no_participants_reminder", "Register your early career teachers and mentors");
        assertEquals(OAK, reminder.get("school_urn").getAsString());
        assertEquals("2026", fact(reminder, "cohort"));
        assertEquals("2026-10-02T09:00:00Z", reminder.get("sent_at").getAsString(), "sent at the service clock's time");
        assertEquals(List.of("no_participants_reminder"), templates(emails("?school=" + ELM)),
                "Elm chose FIP and has nobody registered either");
        assertTrue(emails("?school=" + BIRCH).isEmpty(), "Birch has chosen nothing");
        assertNothingPersonalLogged();
    }

    @Test
    @DisplayName("A refused write and a previewed write record no email")
    void refusedAndPreviewedWritesSendNothing() {
        // rule: ECT-4, X-NOTIFY
        Api.Reply refused = addEct(ELM, person("1000001", LocalDate.of(1990, 1, 1), "Sam Jones", "sam@elm.sch.uk"));
        assertEquals(422, refused.status(), refused.body());

        Api.Reply preview = write("POST", "/schools/" + ELM + "/ects?preview=true", agent,
                person("1000001", PRIYA_DOB, "Priya Raman", "priya@elm.sch.uk").toString(), null);
        assertTrue(preview.status() == 200 || preview.status() == 201, preview.body());
        assertTrue(preview.body().contains("ect_registered"), "the preview shows the email it would send: " + preview.body());

        Api.Reply previewAccess = write("POST", "/access-requests?preview=true", agent, json("{'urn':'" + BIRCH + "'}"), null);
        assertEquals(200, previewAccess.status(), previewAccess.body());

        assertEquals(0, emails("").size());
        assertEquals(0, count("emails"));
        assertEquals(0, count("participants"));
        assertNothingPersonalLogged();
    }

    private void assertNothingPersonalLogged() {
        System.err.flush();
        String log = applicationLog.toString(StandardCharsets.UTF_8);
        for (String secret : List.of("@birch.sch.uk", "@oak.sch.uk", "@elm.sch.uk", "1994-03-17", "1996-01-05",
                "1980-06-02", "QQ123456C", agent, lead, viewer)) {
            assertFalse(log.contains(secret), secret + " reached the application log:\n" + log);
        }
    }

    private Api.Reply addEct(String urn, JsonObject body) {
        return post("/schools/" + urn + "/ects", body.toString());
    }

    private static String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.data().get("id").getAsString();
    }

    private static JsonObject only(JsonArray emails) {
        assertEquals(1, emails.size(), emails.toString());
        return emails.get(0).getAsJsonObject().getAsJsonObject("attributes");
    }

    /** {@code subject} null: any subject, as long as there is one. */
    private static void assertEmail(JsonObject email, String to, String template, String subject) {
        assertEquals(to, email.get("to").getAsString(), email.toString());
        assertEquals(template, email.get("template").getAsString(), email.toString());
        if (subject != null) {
            assertEquals(subject, email.get("subject").getAsString());
        }
        assertFalse(email.get("subject").getAsString().isBlank());
        assertFalse(email.get("sent_at").isJsonNull(), email.toString());
        assertTrue(email.get("facts").isJsonObject(), email.toString());
    }

    private static String fact(JsonObject email, String name) {
        JsonElement value = email.getAsJsonObject("facts").get(name);
        return value == null ? null : value.getAsString();
    }

    private static List<String> templates(JsonArray emails) {
        List<String> templates = new ArrayList<>();
        emails.forEach(e -> templates.add(e.getAsJsonObject().getAsJsonObject("attributes").get("template").getAsString()));
        return templates;
    }

    /** Writes to both streams, so the console still shows the log. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}
