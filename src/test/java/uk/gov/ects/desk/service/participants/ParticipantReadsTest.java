package uk.gov.ects.desk.service.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

class ParticipantReadsTest extends ServiceTestBase {

    private static final LocalDate JANE_DOB = LocalDate.of(1995, 4, 12);

    @BeforeEach
    void people() {
        // Statuses, mentors and pools are as of the service's today: Jane's move on 2027-01-01 has happened.
        fixture.fixClock(java.time.Instant.parse("2027-02-01T09:00:00Z"));
        fixture.cohort(2026)
                .leadProvider("lp-ambition", "Ambition Institute").deliveryPartner("dp-north", "North Teaching Partnership")
                .appropriateBody("ab-tsh-1", "Alpha Teaching School Hub", "teaching_school_hub", null)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .participant("pp-mentor", "mentor", "Mo Mentor", "7654321", LocalDate.of(1980, 1, 2), "100001", 2026,
                        "mo@oak.sch.uk")
                .participant("pp-jane", "ect", "Jane Smith", "1234567", JANE_DOB, "100002", 2026, "jane@birch.sch.uk")
                .participant("pp-sam", "ect", "Sam Jones", null, null, "100001", 2026, "sam@oak.sch.uk")
                .secondaryEmail("pp-jane", "jane.smith@home.example")
                .mentorPool("pp-mentor", "100001")
                .inductionRecord("ir-1", "pp-jane", "100001", 2026, "lp-ambition", "dp-north", "ab-tsh-1", "pp-mentor",
                        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31))
                .inductionRecord("ir-2", "pp-jane", "100002", 2026, null, null, null, null, LocalDate.of(2027, 1, 1), null)
                .inductionRecord("ir-3", "pp-sam", "100001", 2026, "lp-ambition", "dp-north", null, "pp-mentor",
                        LocalDate.of(2026, 9, 1), null);
    }

    @Test
    @DisplayName("GET /participants/{id}: person, emails primary first, induction records oldest first with names")
    void oneParticipant() {
        Api.Reply reply = api.get("/participants/pp-jane", viewer);
        assertEquals(200, reply.status(), reply.body());
        assertEquals("\"1\"", reply.header("ETag"));
        JsonObject a = reply.attributes();
        assertEquals("Jane Smith", a.get("full_name").getAsString());
        assertEquals("ect", a.get("type").getAsString());
        assertEquals("1234567", a.get("trn").getAsString());
        assertEquals("jane@birch.sch.uk", a.get("email").getAsString());
        assertEquals(2, a.getAsJsonArray("emails").size());
        assertEquals("jane@birch.sch.uk", a.getAsJsonArray("emails").get(0).getAsString());
        assertEquals("Birch Academy", a.get("school_name").getAsString());
        assertEquals("validated", a.getAsJsonObject("validation").get("status").getAsString());
        assertEquals("eligible", a.getAsJsonObject("eligibility").get("status").getAsString());
        assertFalse(a.getAsJsonObject("eligibility").get("manual").getAsBoolean());
        JsonArray records = a.getAsJsonArray("induction_records");
        assertEquals("ir-1", records.get(0).getAsJsonObject().get("id").getAsString());
        JsonObject first = records.get(0).getAsJsonObject();
        assertEquals("Ambition Institute", first.get("lead_provider_name").getAsString());
        assertEquals("Alpha Teaching School Hub", first.get("appropriate_body_name").getAsString());
        assertEquals("Mo Mentor", first.get("mentor_name").getAsString());
        assertEquals("2026-12-31", first.get("end_date").getAsString());
        // The current record (ir-2, open) has no mentor.
        assertTrue(a.get("mentor").isJsonNull());
        assertEquals(0, a.getAsJsonArray("retired_ids").size());
    }

    @Test
    @DisplayName("X-PII: the date of birth is never sent, only whether one is on file; not in lists, reads or the feed")
    void noDateOfBirth() {
        Api.Reply one = api.get("/participants/pp-jane", viewer);
        assertTrue(one.attributes().get("date_of_birth_on_file").getAsBoolean());
        assertFalse(api.get("/participants/pp-sam", viewer).attributes().get("date_of_birth_on_file").getAsBoolean());
        for (Api.Reply reply : List.of(one, api.get("/participants", viewer), api.get("/changes?after=0", viewer))) {
            assertEquals(200, reply.status());
            assertFalse(reply.body().contains("\"date_of_birth\""), reply.body()); // rule: X-PII
            assertFalse(reply.body().contains(JANE_DOB.toString()), "the date itself never appears"); // rule: X-PII
            assertFalse(reply.body().contains("1980-01-02"));
        }
    }

    @Test
    @DisplayName("A mentor shows the pools it is in and its current mentees; an ECT shows its mentor")
    void mentorAndMentees() {
        JsonObject mentor = api.get("/participants/pp-mentor", viewer).attributes();
        assertEquals("100001", mentor.getAsJsonArray("mentor_pools").get(0).getAsJsonObject().get("school_urn").getAsString());
        JsonArray mentees = mentor.getAsJsonArray("mentees");
        assertEquals(1, mentees.size(), "Jane's record with this mentor has ended");
        assertEquals("pp-sam", mentees.get(0).getAsJsonObject().get("id").getAsString());
        assertTrue(mentor.get("mentor").isJsonNull());
        JsonObject sam = api.get("/participants/pp-sam", viewer).attributes();
        assertEquals("Mo Mentor", sam.getAsJsonObject("mentor").get("full_name").getAsString());
        assertEquals(1, api.get("/schools/100001", viewer).attributes().get("mentor_pool_size").getAsInt());
    }

    @Test
    @DisplayName("Search by name (word start), any email, TRN or id; filters by school, type and status")
    void search() {
        assertEquals(List.of("pp-jane"), ids(api.get("/participants?q=smi", viewer)));
        assertEquals(List.of("pp-jane"), ids(api.get("/participants?q=Jane%20Sm", viewer)));
        assertEquals(List.of("pp-jane"), ids(api.get("/participants?q=JANE.SMITH@home.example", viewer)));
        assertEquals(List.of("pp-mentor"), ids(api.get("/participants?q=7654321", viewer)));
        assertEquals(List.of("pp-sam"), ids(api.get("/participants?q=pp-sam", viewer)));
        assertEquals(List.of("pp-mentor", "pp-sam"), ids(api.get("/participants?school=100001", viewer)));
        assertEquals(List.of("pp-jane", "pp-sam"), ids(api.get("/participants?type=ect", viewer)));
        assertEquals(List.of(), ids(api.get("/participants?status=left", viewer)));
        assertError(api.get("/participants?type=teacher", viewer), 400, "invalid_parameter");
    }

    @Test
    @DisplayName("OVR-MERGE: a retired id resolves to the kept participant, which lists it; lists skip it")
    void mergedIdsResolve() {
        fixture.participant("pp-dup", "ect", "Jane Smyth", null, null, "100002", 2026, null)
                .audit("ev-dup", Instant.parse("2026-09-05T10:00:00Z"), "participant", "pp-dup", "ECT-REGISTER")
                .audit("ev-jane", Instant.parse("2026-09-06T10:00:00Z"), "participant", "pp-jane", "OVR-MERGE")
                .merge("pp-dup", "pp-jane");
        Api.Reply reply = api.get("/participants/pp-dup", viewer);
        assertEquals(200, reply.status());
        assertEquals("pp-jane", reply.data().get("id").getAsString());
        assertEquals("pp-dup", reply.attributes().getAsJsonArray("retired_ids").get(0).getAsString());
        assertEquals(List.of(), ids(api.get("/participants?q=smyth", viewer)));
        assertEquals(List.of("ev-jane", "ev-dup"), ids(api.get("/participants/pp-dup/history", viewer)));
        assertError(api.get("/participants/nobody", viewer), 404, "not_found");
    }
}
