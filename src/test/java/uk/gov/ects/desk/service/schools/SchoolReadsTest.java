package uk.gov.ects.desk.service.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

class SchoolReadsTest extends ServiceTestBase {

    @BeforeEach
    void schools() {
        fixture.cohort(2025).cohort(2026)
                .leadProvider("lp-ambition", "Ambition Institute").leadProvider("lp-teach", "Teach First")
                .deliveryPartner("dp-north", "North Teaching Partnership")
                .appropriateBody("ab-tsh-1", "Alpha Teaching School Hub", "teaching_school_hub", null)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "jane.doe@school.org.uk")
                .school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .school("100003", "Cedar Independent", 11, "201", "EC2B 3CD", null)
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk")
                .schoolCohort("100001", 2025, "core_induction_programme", null)
                .schoolCohort("100001", 2026, "full_induction_programme", "ab-tsh-1")
                .schoolCohort("100002", 2026, "core_induction_programme", null)
                .partnership("p-old", "100001", 2026, "lp-teach", "dp-north", "challenged",
                        Instant.parse("2026-05-01T10:00:00Z"))
                .partnership("p-1", "100001", 2026, "lp-ambition", "dp-north", "active",
                        Instant.parse("2026-04-01T10:00:00Z"));
    }

    @Test
    @DisplayName("GET /schools/{urn}: GIAS fields, redacted GIAS email (ACC-3), flags, SIT, cohorts newest first with the active partnership (PART-2)")
    void oneSchool() {
        Api.Reply reply = api.get("/schools/100001", viewer);
        assertEquals(200, reply.status(), reply.body());
        JsonObject data = reply.data();
        assertEquals("100001", data.get("id").getAsString());
        assertEquals("school", data.get("type").getAsString());
        JsonObject a = reply.attributes();
        assertEquals("Oak Primary", a.get("name").getAsString());
        assertEquals(1, a.get("establishment_type_code").getAsInt());
        assertEquals("j****e@school.org.uk", a.get("gias_email").getAsString()); // rule: ACC-3
        assertFalse(reply.body().contains("jane.doe@"), "the GIAS email never leaves unredacted"); // rule: ACC-3
        assertTrue(a.get("eligible").getAsBoolean());
        assertFalse(a.get("cip_only").getAsBoolean());
        assertTrue(a.get("receives_emails").getAsBoolean());
        assertTrue(a.has("ukprn") && a.get("ukprn").isJsonNull(), "absent values are null, not omitted");
        assertEquals("pat@oak.sch.uk", a.getAsJsonObject("induction_tutor").get("email").getAsString());
        assertEquals(0, a.get("mentor_pool_size").getAsInt());

        JsonArray cohorts = a.getAsJsonArray("cohorts");
        assertEquals(2026, cohorts.get(0).getAsJsonObject().get("year").getAsInt());
        assertEquals(2025, cohorts.get(1).getAsJsonObject().get("year").getAsInt());
        JsonObject cohort2026 = cohorts.get(0).getAsJsonObject();
        assertEquals("Alpha Teaching School Hub", cohort2026.get("appropriate_body_name").getAsString());
        assertEquals("2026-10-01T09:00:00Z", cohort2026.get("submitted_at").getAsString());
        // rule: PART-2: the active partnership wins over a later challenged one; LP and DP by name.
        JsonObject partnership = cohort2026.getAsJsonObject("partnership");
        assertEquals("p-1", partnership.get("id").getAsString());
        assertEquals("Ambition Institute", partnership.get("lead_provider_name").getAsString());
        assertEquals("North Teaching Partnership", partnership.get("delivery_partner_name").getAsString());
        assertEquals("2026-12-01", partnership.get("challenge_deadline").getAsString());
        assertTrue(cohorts.get(1).getAsJsonObject().get("partnership").isJsonNull());
    }

    @Test
    @DisplayName("The version is in the resource and in the ETag header, and grows on a change")
    void versionAndEtag() {
        Api.Reply before = api.get("/schools/100002", viewer);
        assertEquals(1, before.data().get("version").getAsLong());
        assertEquals("\"1\"", before.header("ETag"));
        fixture.touch("schools", "urn", "school", "100002");
        Api.Reply after = api.get("/schools/100002", viewer);
        assertEquals(2, after.data().get("version").getAsLong());
        assertEquals("\"2\"", after.header("ETag"));
    }

    @Test
    @DisplayName("A CIP-only independent school (types 10, 11) is flagged cip_only, not eligible")
    void cipOnly() {
        JsonObject a = api.get("/schools/100003", viewer).attributes();
        assertFalse(a.get("eligible").getAsBoolean());
        assertTrue(a.get("cip_only").getAsBoolean());
        assertTrue(a.get("gias_email").isJsonNull());
    }

    @Test
    @DisplayName("Search by URN, part of the name, postcode and the induction tutor's email")
    void search() {
        assertEquals(List.of("100002"), ids(api.get("/schools?q=100002", viewer)));
        assertEquals(List.of("100002"), ids(api.get("/schools?q=birch", viewer)));
        assertEquals(List.of("100003"), ids(api.get("/schools?q=independent", viewer)));
        assertEquals(List.of("100001"), ids(api.get("/schools?q=ec1a%201aa", viewer)));
        assertEquals(List.of("100001", "100003"), ids(api.get("/schools?q=EC", viewer)));
        assertEquals(List.of("100001"), ids(api.get("/schools?q=PAT@oak.sch.uk", viewer)));
        assertEquals(List.of(), ids(api.get("/schools?q=nowhere", viewer)));
    }

    @Test
    @DisplayName("Filters: local authority, establishment type, cohort and programme")
    void filters() {
        assertEquals(List.of("100001", "100003"), ids(api.get("/schools?la=201", viewer)));
        assertEquals(List.of("100002"), ids(api.get("/schools?type=28", viewer)));
        assertEquals(List.of("100001", "100002"), ids(api.get("/schools?cohort=2026", viewer)));
        assertEquals(List.of("100002"), ids(api.get("/schools?cohort=2026&programme=core_induction_programme", viewer)));
        assertEquals(List.of("100001", "100002"), ids(api.get("/schools?programme=core_induction_programme", viewer)));
    }

    @Test
    @DisplayName("Paging: limit and an opaque cursor walk every school once, then next_cursor is null")
    void paging() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply page = api.get("/schools?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), viewer);
            assertEquals(200, page.status(), page.body());
            seen.addAll(ids(page));
            JsonObject meta = page.json().getAsJsonObject("meta");
            assertTrue(meta.has("next_cursor"));
            cursor = meta.get("next_cursor").isJsonNull() ? null : meta.get("next_cursor").getAsString();
            pages++;
        } while (cursor != null);
        assertEquals(List.of("100001", "100002", "100003"), seen);
        assertEquals(2, pages);
    }

    @Test
    @DisplayName("History: audit events newest first (X-AUDIT), 404 for an unknown school")
    void history() {
        fixture.audit("ev-1", Instant.parse("2026-09-01T10:00:00Z"), "school", "100001", "OVR-PROG")
                .audit("ev-2", Instant.parse("2026-09-03T10:00:00Z"), "school", "100001", "OVR-SIT")
                .audit("ev-3", Instant.parse("2026-09-02T10:00:00Z"), "school", "100002", "OVR-AB");
        Api.Reply reply = api.get("/schools/100001/history", viewer);
        assertEquals(List.of("ev-2", "ev-1"), ids(reply));
        JsonObject event = reply.json().getAsJsonArray("data").get(0).getAsJsonObject();
        assertEquals("audit_event", event.get("type").getAsString());
        JsonObject a = event.getAsJsonObject("attributes");
        assertEquals("OVR-SIT", a.get("operation").getAsString());
        assertEquals("B", a.getAsJsonArray("changes").get(0).getAsJsonObject().get("after").getAsString());
        assertNotNull(a.get("reason"));
        assertEquals(List.of("ev-1"), ids(api.get("/schools/100001/history?limit=1&cursor="
                + api.get("/schools/100001/history?limit=1", viewer).json().getAsJsonObject("meta")
                        .get("next_cursor").getAsString(), viewer)));
        assertError(api.get("/schools/999999/history", viewer), 404, "not_found");
    }
}
