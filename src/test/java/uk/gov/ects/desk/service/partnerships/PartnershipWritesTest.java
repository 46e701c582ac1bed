package uk.gov.ects.desk.service.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import uk.gov.ects.desk.service.writes.WriteTestBase;

class PartnershipWritesTest extends WriteTestBase {

    private static final String REPORT = "{'school_urn':'100001','cohort':2026,'lead_provider_id':'lp-a',"
            + "'delivery_partner_id':'dp-n'}";

    @BeforeEach
    void data() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2026)
                .leadProvider("lp-a", "Ambition Institute").leadProvider("lp-b", "Best Practice Network")
                .deliveryPartner("dp-n", "North Teaching Partnership").deliveryPartner("dp-s", "South Partnership")
                .pairing(2026, "lp-a", "dp-n").pairing(2026, "lp-b", "dp-s")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk");
    }

    private JsonObject partnership(String id) {
        return api.get("/partnerships/" + id, viewer).attributes();
    }

    private String programme(int year) {
        for (var element : api.get("/schools/100001", viewer).attributes().getAsJsonArray("cohorts")) {
            if (element.getAsJsonObject().get("year").getAsInt() == year) {
                var choice = element.getAsJsonObject().get("programme_choice");
                return choice.isJsonNull() ? null : choice.getAsString();
            }
        }
        return null;
    }

    private static List<String> templates(JsonArray emails) {
        List<String> templates = new java.util.ArrayList<>();
        emails.forEach(e -> templates.add(e.getAsJsonObject().getAsJsonObject("attributes").get("template").getAsString()));
        return templates;
    }

    private Api.Reply challenge(String id, String body) {
        return post("/partnerships/" + id + "/challenge", json(body), version("/partnerships/" + id));
    }

    @Test
    @DisplayName("PART-1, PART-3: a reported partnership needs an existing pairing and gets its challenge deadline")
    void report() {
        StoreMarks before = marks();
        Api.Reply unpaired = post("/partnerships", json(REPORT.replace("dp-n", "dp-s")));
        assertRefusedBy(unpaired, 422, "pairing_not_available", "PART-1");
        assertNothingWrittenSince(before);
        assertEquals(0, api.get("/partnerships?school=100001", viewer).json().getAsJsonArray("data").size());

        Api.Reply reply = post("/partnerships", json(REPORT));
        assertEquals(201, reply.status(), reply.body());
        String id = reply.data().get("id").getAsString();
        JsonObject partnership = partnership(id);
        assertEquals("active", partnership.get("status").getAsString());
        assertEquals("2026-12-01", partnership.get("challenge_deadline").getAsString());
        assertEquals("PART-1", history("/partnerships/" + id).get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("operation").getAsString());
        assertEquals(id, api.get("/schools/100001", viewer).attributes().getAsJsonArray("cohorts").get(0)
                .getAsJsonObject().getAsJsonObject("partnership").get("id").getAsString());
    }

    @Test
    @DisplayName("PROG-8: a reported partnership makes a set-up cohort FIP, and leaves a cohort the school has not set up without a choice")
    void reportSetsFip() {
        fixture.schoolCohort("100001", 2026, "core_induction_programme", null);
        assertEquals(201, post("/partnerships", json(REPORT)).status());
        assertEquals("full_induction_programme", programme(2026));
        JsonObject change = history("/schools/100001").get(0).getAsJsonObject().getAsJsonObject("attributes")
                .getAsJsonArray("changes").get(0).getAsJsonObject();
        assertEquals("core_induction_programme", change.get("before").getAsString(), change.toString());
        assertEquals("full_induction_programme", change.get("after").getAsString(), change.toString());

        // rule: PROG-8 "provided the school has that cohort set up"
        fixture.school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk");
        Api.Reply notSetUp = post("/partnerships", json(REPORT.replace("100001", "100002")));
        assertEquals(201, notSetUp.status(), notSetUp.body());
        for (var element : api.get("/schools/100002", viewer).attributes().getAsJsonArray("cohorts")) {
            assertTrue(element.getAsJsonObject().get("programme_choice").isJsonNull(), element.toString());
        }
    }

    @Test
    @DisplayName("PART-4: one active partnership per school and cohort")
    void oneActive() {
        assertEquals(201, post("/partnerships", json(REPORT)).status());
        StoreMarks before = marks();
        Api.Reply second = post("/partnerships", json(REPORT.replace("lp-a", "lp-b").replace("dp-n", "dp-s")));
        assertRefusedBy(second, 409, "partnership_exists", "PART-4");
        assertNothingWrittenSince(before);
        assertEquals(1, api.get("/partnerships?school=100001", viewer).json().getAsJsonArray("data").size());
    }

    @Test
    @DisplayName("PART-3: a challenge in the window voids the partnership, no_ects sets no ECTs, and the LP is emailed")
    void challengeInWindow() {
        fixture.schoolCohort("100001", 2026, "full_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-09-20T10:00:00Z"));
        assertError(post("/partnerships/p-1/challenge", json("{'challenge_reason':'mistake'}")), 428,
                "precondition_required");
        StoreMarks before = marks();
        assertRefusedBy(challenge("p-1", "{'challenge_reason':'bored'}"), 422, "challenge_reason_invalid", "PART-3");
        assertNothingWrittenSince(before);

        Api.Reply reply = challenge("p-1", "{'challenge_reason':'no_ects'}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject partnership = partnership("p-1");
        assertEquals("challenged", partnership.get("status").getAsString());
        assertEquals("no_ects", partnership.get("challenge_reason").getAsString());
        assertEquals("no_early_career_teachers", programme(2026));
        JsonArray sent = emails("?to=lead_provider:lp-a");
        assertEquals(1, sent.size());
        assertEquals("partnership_challenged", sent.get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("template").getAsString());
        assertEquals("PART-3", history("/partnerships/p-1").get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("operation").getAsString());
        assertEquals(1, history("/schools/100001").size(), "the school's history shows the challenge's effect");
    }

    @Test
    @DisplayName("PART-5: after the deadline only support can challenge (409 challenge_window_closed); OVR-PARTNERSHIP with a reason")
    void challengeAfterDeadline() {
        fixture.partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"));
        Api.Reply moved = api.post("/test-clock", lead, json("{'now':'2026-12-02T09:00:00Z'}"));
        assertEquals(200, moved.status(), moved.body());

        StoreMarks before = marks();
        Api.Reply closed = challenge("p-1", "{'challenge_reason':'another_provider'}");
        assertRefusedBy(closed, 409, "challenge_window_closed", "PART-5");
        assertError(challenge("p-1", "{'challenge_reason':'another_provider','override':true}"), 422, "reason_required");
        assertNothingWrittenSince(before);
        assertEquals("active", partnership("p-1").get("status").getAsString());

        Api.Reply reply = challenge("p-1",
                "{'challenge_reason':'another_provider','override':true,'reason':'LP changed in October, ticket 42'}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("challenged", partnership("p-1").get("status").getAsString());
        JsonObject event = history("/partnerships/p-1").get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("OVR-PARTNERSHIP", event.get("operation").getAsString());
        assertEquals("2026-12-02T09:00:00Z", event.get("occurred_at").getAsString());
        assertEquals(List.of("partnership_challenged"), templates(emails("?to=lead_provider:lp-a")),
                "the LP is emailed as for PART-3");
    }

    @Test
    @DisplayName("OVR-PARTNERSHIP replace: old one challenged as another_provider, new one with no window, ECTs move from today")
    void replace() {
        fixture.schoolCohort("100001", 2026, "full_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .participant("pp-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 12), "100001", 2026,
                        "jane@oak.sch.uk")
                .inductionRecord("ir-1", "pp-1", "100001", 2026, "lp-a", "dp-n", null, null, LocalDate.of(2026, 9, 1), null);
        String body = "{'lead_provider_id':'lp-b','delivery_partner_id':'dp-s'}";
        assertError(put("/schools/100001/cohorts/2026/partnership", json(body), version("/schools/100001")), 422,
                "reason_required");
        Api.Reply reply = put("/schools/100001/cohorts/2026/partnership",
                json(body.replace("}", ",'reason':'School moved to BPN in October'}")), version("/schools/100001"));
        assertEquals(200, reply.status(), reply.body());

        JsonObject old = partnership("p-1");
        assertEquals("challenged", old.get("status").getAsString());
        assertEquals("another_provider", old.get("challenge_reason").getAsString());
        JsonObject current = reply.attributes().getAsJsonArray("cohorts").get(0).getAsJsonObject()
                .getAsJsonObject("partnership");
        assertEquals("lp-b", current.get("lead_provider_id").getAsString());
        assertTrue(current.get("challenge_deadline").isJsonNull(), "no school challenge window");
        JsonArray records = api.get("/participants/pp-1", viewer).attributes().getAsJsonArray("induction_records");
        assertEquals(2, records.size());
        assertEquals("2026-10-01", records.get(0).getAsJsonObject().get("end_date").getAsString());
        assertEquals("lp-b", records.get(1).getAsJsonObject().get("lead_provider_id").getAsString());
        assertEquals(1, emails("?to=lead_provider:lp-a").size());
    }

    @Test
    @DisplayName("OVR-PARTNERSHIP reinstate: a challenged partnership is active again, unless another one is active (PART-4)")
    void reinstate() {
        fixture.schoolCohort("100001", 2026, "no_early_career_teachers", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "challenged", Instant.parse("2026-06-01T10:00:00Z"))
                .partnership("p-2", "100001", 2026, "lp-b", "dp-s", "active", Instant.parse("2026-07-01T10:00:00Z"));
        String body = json("{'reason':'Challenge was made by mistake'}");
        StoreMarks before = marks();
        Api.Reply blocked = post("/partnerships/p-1/reinstate", body, version("/partnerships/p-1"));
        assertRefusedBy(blocked, 409, "partnership_exists", "PART-4");
        assertNothingWrittenSince(before);
        assertEquals("challenged", partnership("p-1").get("status").getAsString());

        assertEquals(200, challenge("p-2", "{'challenge_reason':'mistake'}").status());
        Api.Reply reply = post("/partnerships/p-1/reinstate", body, version("/partnerships/p-1"));
        assertEquals(200, reply.status(), reply.body());
        assertEquals("active", partnership("p-1").get("status").getAsString());
        assertTrue(partnership("p-1").get("challenge_reason").isJsonNull());
        assertEquals("full_induction_programme", programme(2026));
        assertEquals("OVR-PARTNERSHIP", history("/partnerships/p-1").get(0).getAsJsonObject()
                .getAsJsonObject("attributes").get("operation").getAsString());
    }
}
