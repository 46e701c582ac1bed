package uk.gov.ects.desk.service.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/** Partnerships, reference data, appropriate bodies, emails, notes and tickets. */
class OtherReadsTest extends ServiceTestBase {

    @BeforeEach
    void data() {
        fixture.cohort(2025).cohort(2026)
                .leadProvider("lp-ambition", "Ambition Institute").leadProvider("lp-teach", "Teach First")
                .deliveryPartner("dp-north", "North Teaching Partnership")
                .pairing(2025, "lp-teach", "dp-north").pairing(2026, "lp-ambition", "dp-north")
                .appropriateBody("ab-tsh-1", "Alpha Teaching School Hub", "teaching_school_hub", null)
                .appropriateBody("ab-tsh-old", "Old Teaching School Hub", "teaching_school_hub", 2026)
                .appropriateBody("ab-la-1", "City Council", "local_authority", null)
                .appropriateBody("ab-istip", "Independent Schools Teacher Induction Panel (ISTIP)", "national", null)
                .appropriateBody("ab-esp", "Educational Success Partners (ESP)", "national", null)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", null)
                .school("100002", "Cedar Independent", 11, "201", "EC2B 3CD", null)
                .school("100003", "British School Madrid", 37, "999", "XX1 1XX", null)
                .partnership("p-1", "100001", 2026, "lp-ambition", "dp-north", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .partnership("p-2", "100002", 2025, "lp-teach", "dp-north", "challenged", Instant.parse("2025-06-01T10:00:00Z"));
    }

    @Test
    @DisplayName("GET /partnerships/{id} and filters by school, cohort, lead provider and status")
    void partnerships() {
        Api.Reply one = api.get("/partnerships/p-2", viewer);
        assertEquals(200, one.status(), one.body());
        JsonObject a = one.attributes();
        assertEquals("Cedar Independent", a.get("school_name").getAsString());
        assertEquals("Teach First", a.get("lead_provider_name").getAsString());
        assertEquals("2025-06-01T10:00:00Z", a.get("reported_at").getAsString());
        assertEquals("challenged", a.get("status").getAsString());
        assertEquals("mistake", a.get("challenge_reason").getAsString());
        assertEquals("\"1\"", one.header("ETag"));
        assertEquals(List.of("p-1"), ids(api.get("/partnerships?school=100001", viewer)));
        assertEquals(List.of("p-2"), ids(api.get("/partnerships?cohort=2025", viewer)));
        assertEquals(List.of("p-1"), ids(api.get("/partnerships?lead_provider=lp-ambition", viewer)));
        assertEquals(List.of("p-2"), ids(api.get("/partnerships?status=challenged", viewer)));
        assertError(api.get("/partnerships/p-none", viewer), 404, "not_found");
        fixture.audit("ev-p", Instant.parse("2026-06-02T10:00:00Z"), "partnership", "p-1", "PART-3");
        assertEquals(List.of("ev-p"), ids(api.get("/partnerships/p-1/history", viewer)));
    }

    @Test
    @DisplayName("Reference data: cohorts, providers and pairings for a cohort")
    void reference() {
        Api.Reply cohorts = api.get("/reference/cohorts", viewer);
        assertEquals(List.of("2025", "2026"), ids(cohorts));
        JsonObject cohort = cohorts.json().getAsJsonArray("data").get(1).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("2026-09-01", cohort.get("academic_year_starts").getAsString());
        assertEquals(List.of("2026"), ids(api.get("/reference/cohorts?limit=1&cursor="
                + api.get("/reference/cohorts?limit=1", viewer).json().getAsJsonObject("meta").get("next_cursor").getAsString(),
                viewer)));
        assertEquals(List.of("lp-ambition", "lp-teach"), ids(api.get("/reference/lead-providers", viewer)));
        assertEquals(List.of("dp-north"), ids(api.get("/reference/delivery-partners", viewer)));
        assertEquals(List.of("2026:lp-ambition:dp-north"), ids(api.get("/reference/provider-pairings?cohort=2026", viewer)));
    }

    @Test
    @DisplayName("Appropriate bodies offered: disabled ones drop out from their year (AB-2); hubs for all (AB-3); ISTIP for independents (AB-4); ESP for British schools overseas (AB-5)")
    void appropriateBodies() {
        assertEquals(List.of("ab-esp", "ab-istip", "ab-la-1", "ab-tsh-1", "ab-tsh-old"),
                ids(api.get("/reference/appropriate-bodies", viewer)));
        // rule: AB-2
        assertEquals(List.of("ab-esp", "ab-istip", "ab-la-1", "ab-tsh-1", "ab-tsh-old"),
                ids(api.get("/reference/appropriate-bodies?cohort=2025", viewer)));
        assertEquals(List.of("ab-esp", "ab-istip", "ab-la-1", "ab-tsh-1"),
                ids(api.get("/reference/appropriate-bodies?cohort=2026", viewer)));
        // rule: AB-3
        assertEquals(List.of("ab-tsh-1"), ids(api.get("/reference/appropriate-bodies?cohort=2026&school=100001", viewer)));
        // rule: AB-4
        assertEquals(List.of("ab-istip", "ab-tsh-1"),
                ids(api.get("/reference/appropriate-bodies?cohort=2026&school=100002", viewer)));
        // rule: AB-5
        assertEquals(List.of("ab-esp", "ab-tsh-1"),
                ids(api.get("/reference/appropriate-bodies?cohort=2026&school=100003", viewer)));
        JsonObject body = api.get("/reference/appropriate-bodies?school=100002", viewer).json().getAsJsonArray("data")
                .get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("national", body.get("type").getAsString());
        assertTrue(body.get("disabled_from_year").isJsonNull());
        assertError(api.get("/reference/appropriate-bodies?school=999999", viewer), 404, "not_found");
    }

    @Test
    @DisplayName("Emails the service sent, newest first, by recipient, school or participant (X-NOTIFY)")
    void emails() {
        fixture.email("e-1", Instant.parse("2026-09-01T10:00:00Z"), "Pat@oak.sch.uk", "100001", null)
                .email("e-2", Instant.parse("2026-09-02T10:00:00Z"), "pat@oak.sch.uk", "100001", "pp-1")
                .email("e-3", Instant.parse("2026-09-03T10:00:00Z"), "lp@ambition.example", "100002", null);
        Api.Reply all = api.get("/emails", viewer);
        assertEquals(List.of("e-3", "e-2", "e-1"), ids(all));
        JsonObject a = all.json().getAsJsonArray("data").get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("Jane Smith", a.getAsJsonObject("facts").get("ect_name").getAsString());
        assertEquals("ect_registered", a.get("template").getAsString());
        assertEquals(List.of("e-2", "e-1"), ids(api.get("/emails?to=pat@oak.sch.uk", viewer)));
        assertEquals(List.of("e-3"), ids(api.get("/emails?school=100002", viewer)));
        assertEquals(List.of("e-2"), ids(api.get("/emails?participant=pp-1", viewer)));
        String next = api.get("/emails?limit=2", viewer).json().getAsJsonObject("meta").get("next_cursor").getAsString();
        assertEquals(List.of("e-1"), ids(api.get("/emails?limit=2&cursor=" + next, viewer)));
    }

    @Test
    @DisplayName("Notes by target, newest first; tickets oldest first with filters; one ticket with its version")
    void notesAndTickets() {
        fixture.note("n-1", "school:100001", "Rang the school", Instant.parse("2026-09-01T10:00:00Z"))
                .note("n-2", "school:100001", "They called back", Instant.parse("2026-09-02T10:00:00Z"))
                .note("n-3", "participant:pp-1", "Checked TRN", Instant.parse("2026-09-03T10:00:00Z"))
                .ticket("t-1", Instant.parse("2026-09-01T08:00:00Z"), "new", null, null)
                .ticket("t-2", Instant.parse("2026-09-02T08:00:00Z"), "triaged", "programme_change", "Sam Agent");
        assertEquals(List.of("n-2", "n-1"), ids(api.get("/notes?target=school:100001", viewer)));
        assertEquals(List.of("t-1", "t-2"), ids(api.get("/tickets", viewer)));
        assertEquals(List.of("t-2"), ids(api.get("/tickets?status=triaged", viewer)));
        assertEquals(List.of("t-2"), ids(api.get("/tickets?assignee=Sam%20Agent", viewer)));
        assertEquals(List.of("t-2"), ids(api.get("/tickets?category=programme_change", viewer)));
        Api.Reply ticket = api.get("/tickets/t-1", viewer);
        assertEquals("Wrong TRN", ticket.attributes().get("subject").getAsString());
        assertTrue(ticket.attributes().getAsJsonObject("linked").has("schools"));
        assertEquals("\"1\"", ticket.header("ETag"));
        assertError(api.get("/tickets/t-none", viewer), 404, "not_found");
    }
}
