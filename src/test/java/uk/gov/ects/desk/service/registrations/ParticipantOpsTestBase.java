package uk.gov.ects.desk.service.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import uk.gov.ects.desk.service.testing.Bodies;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

/**
 * Two schools with FIP/CIP set up for 2026, one without a programme, their tutors, a partnership,
 * appropriate bodies and TRA records; the service's today is 2026-10-01.
 */
abstract class ParticipantOpsTestBase extends WriteTestBase {

    static final String OAK = "100001";
    static final String BIRCH = "100002";
    static final String ELM = "100003";
    static final LocalDate PRIYA_DOB = LocalDate.of(1994, 3, 17);
    static final LocalDate MONA_DOB = LocalDate.of(1980, 6, 2);

    @BeforeEach
    void schoolsAndRecords() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z"))
                .cohort(2026).cohort(2027)
                .leadProvider("lp-1", "Ambition Institute").leadProvider("lp-2", "Teach First")
                .deliveryPartner("dp-1", "North Partnership").deliveryPartner("dp-2", "South Partnership")
                .pairing(2026, "lp-1", "dp-1").pairing(2026, "lp-2", "dp-2")
                .appropriateBody("ab-hub", "Alpha Teaching School Hub", "teaching_school_hub", null)
                .appropriateBody("ab-hub-2", "Beta Teaching School Hub", "teaching_school_hub", null)
                .appropriateBody("ab-istip", "Independent Schools Teacher Induction Panel (ISTIP)", "national", null)
                .appropriateBody("ab-esp", "Educational Success Partners (ESP)", "national", null)
                .school(OAK, "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .school(BIRCH, "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .school(ELM, "Elm School", 1, "203", "L1 1AA", "office@elm.sch.uk")
                .inductionTutor(OAK, "Pat Tutor", "pat@oak.sch.uk")
                .inductionTutor(BIRCH, "Bea Tutor", "bea@birch.sch.uk")
                .schoolCohort(OAK, 2026, "full_induction_programme", "ab-hub")
                .schoolCohort(OAK, 2027, "full_induction_programme", null)
                .schoolCohort(BIRCH, 2026, "core_induction_programme", null)
                .partnership("pa-oak", OAK, 2026, "lp-1", "dp-1", "active", Instant.parse("2026-07-01T09:00:00Z"))
                .teacherRecord("1000001", "Priya Raman", PRIYA_DOB, "QQ123456C")
                .teacherRecord("1000002", "Tom Baker", LocalDate.of(1996, 1, 5), null, "Active", false, null,
                        LocalDate.of(2026, 9, 1), null, "InProgress")
                .teacherRecord("1000003", "Mona Mentor", MONA_DOB, "QQ654321A", "Active", false,
                        LocalDate.of(2005, 7, 1), null, null, "Pass")
                .teacherRecord("1000004", "Pat Tutor", LocalDate.of(1975, 2, 2), null, "Active", false,
                        LocalDate.of(2000, 7, 1), null, null, "Pass")
                .teacherRecord("1000005", "Max Second", LocalDate.of(1982, 8, 8), null, "Active", false,
                        LocalDate.of(2006, 7, 1), null, null, "Pass")
                .teacherRecord("1000006", "Ada Lovelace", LocalDate.of(1997, 12, 10), null)
                .teacherRecord("1000007", "Kim Mentor", LocalDate.of(1985, 5, 5), null, "Active", false,
                        LocalDate.of(2008, 7, 1), null, null, "Pass");
    }

    static JsonObject person(String trn, LocalDate dob, String fullName, String email) {
        return Bodies.person(trn, dob, fullName, email);
    }

    static JsonObject with(JsonObject body, String field, String value) {
        JsonObject copy = body.deepCopy();
        copy.addProperty(field, value);
        return copy;
    }

    Api.Reply addEct(String urn, JsonObject body) {
        return post("/schools/" + urn + "/ects", body.toString());
    }

    Api.Reply addMentor(String urn, JsonObject body) {
        return post("/schools/" + urn + "/mentors", body.toString());
    }

    /** Priya, an eligible ECT at Oak; answers her id. */
    String priyaAtOak() {
        return created(addEct(OAK, person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk")));
    }

    /** Mona, a mentor in Oak's pool; answers her id. */
    String monaAtOak() {
        return created(addMentor(OAK, person("1000003", MONA_DOB, "Mona Mentor", "mona@oak.sch.uk")));
    }

    static String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.data().get("id").getAsString();
    }

    JsonObject participant(String id) {
        Api.Reply reply = api.get("/participants/" + id, viewer);
        assertEquals(200, reply.status(), reply.body());
        return reply.attributes();
    }

    void moveClockTo(String instant) {
        Api.Reply reply = api.post("/test-clock", lead, "{\"now\":\"" + instant + "\"}");
        assertEquals(200, reply.status(), reply.body());
    }

    static void assertRefused(Api.Reply reply, int status, String code, String rule) {
        assertError(reply, status, code);
        JsonElement ruleField = reply.firstError().get("rule");
        assertEquals(rule, ruleField == null || ruleField.isJsonNull() ? null : ruleField.getAsString(), reply.body());
    }

    static String pointer(Api.Reply reply) {
        return reply.firstError().getAsJsonObject("source").get("pointer").getAsString();
    }

    /** The templates of the emails about a participant, oldest first, as {@code template->to}. */
    List<String> emailsAbout(String participantId) {
        JsonArray emails = emails("?participant=" + participantId);
        List<String> sent = new ArrayList<>();
        for (int i = emails.size() - 1; i >= 0; i--) {
            JsonObject a = emails.get(i).getAsJsonObject().getAsJsonObject("attributes");
            sent.add(a.get("template").getAsString() + "->" + a.get("to").getAsString());
        }
        return sent;
    }

    static List<String> operations(JsonArray history) {
        List<String> ops = new ArrayList<>();
        history.forEach(e -> ops.add(e.getAsJsonObject().getAsJsonObject("attributes").get("operation").getAsString()));
        return ops;
    }

    static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.isJsonObject() ? e.getAsJsonObject().get(e.getAsJsonObject().has("id") ? "id"
                : "school_urn").getAsString() : e.getAsString()));
        return values;
    }

    static JsonObject record(JsonObject participant, int index) {
        return participant.getAsJsonArray("induction_records").get(index).getAsJsonObject();
    }
}
