package uk.gov.ects.desk.service.teachers;

import static uk.gov.ects.desk.service.testing.Bodies.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.emails.EmailLogMailer;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.FakeTra;
import uk.gov.ects.desk.service.testing.Fixture;

/**
 * A service configured with the HTTP registry adds ECTs through a real TRA on loopback (FakeTra
 * speaks DQT v1); the store's own teacher_records table is empty, so every match went over HTTP.
 */
class TraOverHttpEndToEndTest {

    private static final String OAK = "100001";
    private static final LocalDate PRIYA_DOB = LocalDate.of(1994, 3, 17);
    private static final String KEY = "tra-test-key";

    private FakeTra tra;
    private Database db;
    private SupportService service;
    private Api api;
    private String agent;
    private String viewer;

    @BeforeEach
    void start() {
        tra = new FakeTra(KEY)
                .add("1000001", "Priya Raman", PRIYA_DOB, "QQ123456C")
                .add("1000002", "Tom Baker", LocalDate.of(1996, 1, 5), null);
        db = Database.inMemory("tra-e2e-" + UUID.randomUUID());
        Fixture fixture = new Fixture(db).fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2026)
                .school(OAK, "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor(OAK, "Pat Tutor", "pat@oak.sch.uk")
                .schoolCohort(OAK, 2026, "full_induction_programme", null);
        agent = fixture.token(Role.AGENT);
        viewer = fixture.token(Role.VIEWER);
        service = new SupportService(db, new ServiceClock(db), new EmailLogMailer(),
                new HttpTeacherRecordRegistry(tra.base(), KEY, Duration.ofSeconds(1)), "127.0.0.1", 0).start();
        api = new Api(service.port());
    }

    @AfterEach
    void stop() {
        service.stop();
        db.close();
        tra.close();
    }

    @Test
    @DisplayName("A matching ECT is added with QTS and induction start from the TRA's answer, asked with the API key")
    void matchOverHttp() {
        // rule: ECT-2, ECT-9
        Api.Reply reply = addEct(person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk"), UUID.randomUUID().toString());

        assertEquals(201, reply.status(), reply.body());
        JsonObject priya = participant(reply);
        assertEquals("1000001", priya.get("trn").getAsString());
        assertEquals("2026-07-01", priya.get("qts_date").getAsString(), "from the TRA's qualified_teacher_status");
        assertEquals("2026-09-01", priya.get("induction_start_date").getAsString(), "from the TRA's induction");
        assertEquals("eligible", priya.getAsJsonObject("eligibility").get("status").getAsString());
        assertEquals(List.of("/v1/teachers/1000001?birthdate=1994-03-17"), tra.requests());
        assertEquals(0, count("teacher_records"), "nothing came from the local table");
    }

    @Test
    @DisplayName("Another first name is refused as name_mismatch without the TRA's name, then added with known_as")
    void knownByAnotherName() {
        // rule: ECT-3
        JsonObject jo = person("1000001", PRIYA_DOB, "Jo Raman", "jo@oak.sch.uk");

        Api.Reply refused = addEct(jo, UUID.randomUUID().toString());

        assertEquals(422, refused.status(), refused.body());
        assertEquals("name_mismatch", refused.firstError().get("code").getAsString());
        assertEquals("ECT-3", refused.firstError().get("rule").getAsString());
        assertFalse(refused.body().contains("Priya"), "the TRA's name is not echoed: " + refused.body());
        assertEquals(0, count("participants"));

        jo.addProperty("known_as", "Priya");
        Api.Reply added = addEct(jo, UUID.randomUUID().toString());
        assertEquals(201, added.status(), added.body());
        assertEquals("Jo Raman", participant(added).get("full_name").getAsString());
    }

    @Test
    @DisplayName("A TRN that belongs to someone else is retried by NI number and date of birth; the record's TRN is kept")
    void niNumberRetry() {
        // rule: ECT-2
        JsonObject body = person("1000002", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk");
        body.addProperty("nino", "QQ 12 34 56 C");

        Api.Reply reply = addEct(body, UUID.randomUUID().toString());

        assertEquals(201, reply.status(), reply.body());
        assertEquals("1000001", participant(reply).get("trn").getAsString());
        assertEquals(List.of("/v1/teachers/1000002?birthdate=1994-03-17&nino=QQ123456C",
                "/v1/teachers/0000001?birthdate=1994-03-17&nino=QQ123456C"), tra.requests(),
                "the second lookup sends the placeholder TRN, as the live service does");
    }

    @Test
    @DisplayName("A teacher the TRA does not know is refused naming only the failed checks; nothing is stored or sent")
    void noMatch() {
        // rule: ECT-4
        Api.Reply reply = addEct(person("1000001", LocalDate.of(1990, 1, 1), "Sam Jones", "sam@oak.sch.uk"),
                UUID.randomUUID().toString());

        assertEquals(422, reply.status(), reply.body());
        assertEquals("no_match", reply.firstError().get("code").getAsString());
        assertEquals("ECT-4", reply.firstError().get("rule").getAsString());
        assertFalse(reply.body().contains("Priya") || reply.body().contains("1994"), reply.body());
        assertEquals(0, count("participants"));
        assertEquals(0, count("emails"));
    }

    @Test
    @DisplayName("GET /teacher-records/check over the HTTP TRA answers outcome and checks only, never name or birth date")
    void checkAnswersOutcomeAndChecksOnly() {
        // rule: ECT-2, ECT-3
        Api.Reply match = api.get("/teacher-records/check?trn=1000001&date_of_birth=1994-03-17&name=Priya%20Raman", agent);
        Api.Reply mismatch = api.get("/teacher-records/check?trn=1000001&date_of_birth=1994-03-17&name=Jo", agent);
        Api.Reply random = api.get("/teacher-records/check?trn=1000001&date_of_birth=1980-01-01&name=Sam", agent);

        assertEquals(200, match.status(), match.body());
        assertEquals("match", match.attributes().get("outcome").getAsString());
        assertEquals("name_mismatch", mismatch.attributes().get("outcome").getAsString());
        assertEquals("no_match", random.attributes().get("outcome").getAsString());
        assertEquals("[\"trn\"]", random.attributes().get("passed").toString());
        for (Api.Reply reply : List.of(match, mismatch, random)) {
            assertEquals(Set.of("outcome", "passed", "failed", "failed_checks"), reply.attributes().keySet());
            for (String secret : List.of("Priya", "Raman", "1994", "QQ123456C")) {
                assertFalse(reply.body().contains(secret), secret + " leaked: " + reply.body());
            }
        }
        assertEquals(3, tra.requests().size(), "each check asked the TRA");
    }

    @Test
    @DisplayName("A TRA that is down: 503 telling the agent to try again later; nothing stored, no email, no history")
    void traUnreachable() {
        tra.close();

        Api.Reply reply = addEct(person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk"), UUID.randomUUID().toString());
        Api.Reply check = api.get("/teacher-records/check?trn=1000001&date_of_birth=1994-03-17&name=Priya", agent);

        assertUnavailable(reply);
        assertUnavailable(check);
        assertEquals(0, count("participants"));
        assertEquals(0, count("emails"));
        assertEquals(0, count("audit_events"));
    }

    @Test
    @DisplayName("A TRA that times out: 503; once it answers again, the same request with the same key adds the ECT once")
    void traTimesOutThenTheSameKeySucceeds() {
        tra.hang();
        String key = UUID.randomUUID().toString();
        JsonObject body = person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk");

        assertUnavailable(addEct(body, key));
        assertEquals(0, count("participants"));

        tra.recover();
        Api.Reply retried = addEct(body, key);
        assertEquals(201, retried.status(), retried.body());
        assertEquals(1, count("participants"));
        assertEquals(1, api.get("/emails?participant=" + participant(retried).get("id").getAsString(), viewer).json()
                .getAsJsonArray("data").size(), "ect_registered sent once");
    }

    private static void assertUnavailable(Api.Reply reply) {
        assertEquals(503, reply.status(), reply.body());
        JsonObject error = reply.firstError();
        assertEquals("teacher_records_unavailable", error.get("code").getAsString());
        String detail = error.get("detail").getAsString();
        assertTrue(detail.contains("nothing was changed") && detail.contains("Try again"), detail);
    }

    private Api.Reply addEct(JsonObject body, String key) {
        return api.write("POST", "/schools/" + OAK + "/ects", agent, body.toString(), Map.of("Idempotency-Key", key));
    }

    private JsonObject participant(Api.Reply created) {
        String id = created.data().get("id").getAsString();
        JsonObject attributes = api.get("/participants/" + id, viewer).attributes();
        attributes.addProperty("id", id);
        return attributes;
    }

    private long count(String table) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
