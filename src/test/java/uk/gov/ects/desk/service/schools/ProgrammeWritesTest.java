package uk.gov.ects.desk.service.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

class ProgrammeWritesTest extends WriteTestBase {

    @BeforeEach
    void data() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2025).cohort(2026).cohort(2027)
                .leadProvider("lp-a", "Ambition Institute").leadProvider("lp-b", "Best Practice Network")
                .deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2025, "lp-a", "dp-n").pairing(2025, "lp-b", "dp-n").pairing(2026, "lp-a", "dp-n")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk");
    }

    private Api.Reply choose(String urn, int year, String body) {
        return put("/schools/" + urn + "/cohorts/" + year + "/programme", json(body), version("/schools/" + urn));
    }

    private JsonObject cohort(String urn, int year) {
        for (var element : api.get("/schools/" + urn, viewer).attributes().getAsJsonArray("cohorts")) {
            if (element.getAsJsonObject().get("year").getAsInt() == year) {
                return element.getAsJsonObject();
            }
        }
        return null;
    }

    @Test
    @DisplayName("PROG-1: the choice is made once registration opens, and is then submitted")
    void chooseWhenOpen() {
        Api.Reply early = choose("100001", 2027, "{'choice':'core_induction_programme'}");
        assertError(early, 422, "registration_not_open");
        assertEquals("PROG-1", early.firstError().get("rule").getAsString());

        Api.Reply reply = choose("100001", 2026, "{'choice':'core_induction_programme'}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject cohort = cohort("100001", 2026);
        assertEquals("core_induction_programme", cohort.get("programme_choice").getAsString());
        assertEquals("2026-10-01T09:00:00Z", cohort.get("submitted_at").getAsString());
        assertEquals("PROG-1", history("/schools/100001").get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("operation").getAsString());
    }

    @Test
    @DisplayName("SIT-1: a school expecting no ECTs needs no tutor; SIT-2: any other choice needs one first")
    void noEctsNeedsNoTutor() {
        fixture.school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk");
        Api.Reply fip = choose("100002", 2026, "{'choice':'full_induction_programme'}");
        assertError(fip, 409, "induction_tutor_required");
        assertEquals("SIT-2", fip.firstError().get("rule").getAsString());
        Api.Reply none = choose("100002", 2026, "{'choice':'no_early_career_teachers'}");
        assertEquals(200, none.status(), none.body()); // rule: SIT-1
        assertEquals("no_early_career_teachers", cohort("100002", 2026).get("programme_choice").getAsString());
    }

    @Test
    @DisplayName("PROG-2: FIP with a partnership last year and the pairing still there: rollover keeps LP and DP")
    void rollover() {
        fixture.schoolCohort("100001", 2025, "full_induction_programme", null)
                .partnership("p-25", "100001", 2025, "lp-a", "dp-n", "active", Instant.parse("2025-06-01T10:00:00Z"));
        Api.Reply reply = choose("100001", 2026, "{'rollover':true}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject cohort = cohort("100001", 2026);
        assertEquals("full_induction_programme", cohort.get("programme_choice").getAsString());
        JsonObject partnership = cohort.getAsJsonObject("partnership");
        assertEquals("lp-a", partnership.get("lead_provider_id").getAsString());
        assertEquals("active", partnership.get("status").getAsString());
        assertEquals("2026-12-01", partnership.get("challenge_deadline").getAsString(), "PART-3 window from today");
        assertEquals(1, history("/partnerships/" + partnership.get("id").getAsString()).size());
        assertEquals(0, emails("?to=lead_provider:lp-a").size(), "a rollover is no change for the provider (PROG-5 is not)");
    }

    @Test
    @DisplayName("PROG-3, PROG-5: the pairing is gone, so no rollover; choosing FIP again emails the previous lead provider")
    void pairingGone() {
        fixture.schoolCohort("100001", 2025, "full_induction_programme", null)
                .partnership("p-25", "100001", 2025, "lp-b", "dp-n", "active", Instant.parse("2025-06-01T10:00:00Z"));
        StoreMarks before = marks();
        Api.Reply rollover = choose("100001", 2026, "{'rollover':true}");
        assertRefusedBy(rollover, 422, "rollover_not_available", "PROG-3");
        assertNothingWrittenSince(before);

        Api.Reply fip = choose("100001", 2026, "{'choice':'full_induction_programme'}");
        assertEquals(200, fip.status(), fip.body());
        JsonArray sent = emails("?to=lead_provider:lp-b");
        assertEquals(1, sent.size()); // rule: PROG-5
        JsonObject email = sent.get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("partnership_not_rolled_over", email.get("template").getAsString());
        assertEquals("2026", email.getAsJsonObject("facts").get("cohort").getAsString());
        assertTrue(cohort("100001", 2026).get("partnership").isJsonNull());
    }

    @Test
    @DisplayName("PROG-4: FIP last year without a partnership, PROG-6: CIP last year: the school must choose again")
    void mustChooseAgain() {
        fixture.schoolCohort("100001", 2025, "full_induction_programme", null);
        Api.Reply noPartnership = choose("100001", 2026, "{'rollover':true}");
        assertError(noPartnership, 422, "rollover_not_available");
        assertEquals("PROG-4", noPartnership.firstError().get("rule").getAsString());

        fixture.school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .inductionTutor("100002", "Lee Birch", "lee@birch.sch.uk")
                .schoolCohort("100002", 2025, "core_induction_programme", null);
        Api.Reply cip = choose("100002", 2026, "{'rollover':true}");
        assertError(cip, 422, "rollover_not_available");
        assertEquals("PROG-6", cip.firstError().get("rule").getAsString());
        assertEquals(0, emails("").size());
    }

    @Test
    @DisplayName("PROG-9: a CIP-only school cannot choose FIP")
    void cipOnly() {
        fixture.school("100011", "Cedar Independent", 11, "201", "EC2B 3CD", null)
                .inductionTutor("100011", "Ash Cedar", "ash@cedar.sch.uk");
        StoreMarks before = marks();
        Api.Reply fip = choose("100011", 2026, "{'choice':'full_induction_programme'}");
        assertRefusedBy(fip, 422, "fip_not_allowed", "PROG-9");
        assertNothingWrittenSince(before);
        assertTrue(cohort("100011", 2026) == null || cohort("100011", 2026).get("programme_choice").isJsonNull());

        Api.Reply funded = choose("100011", 2026, "{'choice':'school_funded_fip'}");
        assertEquals(200, funded.status(), funded.body());
        assertEquals("school_funded_fip", cohort("100011", 2026).get("programme_choice").getAsString());
    }

    @Test
    @DisplayName("OVR-PROG, PROG-9: support cannot make a CIP-only school FIP either, nor 'change' a choice to itself")
    void overrideKeepsTheChecks() {
        fixture.school("100011", "Cedar Independent", 11, "201", "EC2B 3CD", null)
                .inductionTutor("100011", "Ash Cedar", "ash@cedar.sch.uk")
                .schoolCohort("100011", 2026, "core_induction_programme", null);
        String reason = ",'override':true,'reason':'School asked us to change the programme'}";
        StoreMarks before = marks();

        assertRefusedBy(choose("100011", 2026, "{'choice':'full_induction_programme'" + reason), 422,
                "fip_not_allowed", "PROG-9");
        assertRefusedBy(choose("100011", 2026, "{'choice':'core_induction_programme'" + reason), 422,
                "choice_unchanged", "OVR-PROG");

        assertNothingWrittenSince(before);
        assertEquals("core_induction_programme", cohort("100011", 2026).get("programme_choice").getAsString());
    }

    @Test
    @DisplayName("PROG-7: a submitted choice is locked (409 programme_locked); OVR-PROG changes it with a reason")
    void lockedThenOverride() {
        fixture.schoolCohort("100001", 2026, "full_induction_programme", null)
                .participant("pp-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 12), "100001", 2026,
                        "jane@oak.sch.uk")
                .inductionRecord("ir-1", "pp-1", "100001", 2026, null, null, null, null, LocalDate.of(2026, 9, 1), null);
        StoreMarks before = marks();
        Api.Reply locked = choose("100001", 2026, "{'choice':'core_induction_programme'}");
        assertRefusedBy(locked, 409, "programme_locked", "PROG-7");
        assertError(choose("100001", 2026, "{'choice':'core_induction_programme','override':true}"), 422,
                "reason_required");
        assertNothingWrittenSince(before);
        assertEquals("full_induction_programme", cohort("100001", 2026).get("programme_choice").getAsString());

        Api.Reply reply = choose("100001", 2026,
                "{'choice':'core_induction_programme','override':true,'reason':'Ticket: chose FIP by mistake'}");
        assertEquals(200, reply.status(), reply.body());
        // The answer (and so a preview) lists the school and the ECT moved with it.
        List<String> answered = new java.util.ArrayList<>();
        reply.json().getAsJsonArray("data").forEach(resource -> answered.add(resource.getAsJsonObject().get("type")
                .getAsString() + ":" + resource.getAsJsonObject().get("id").getAsString()));
        assertEquals(List.of("school:100001", "participant:pp-1"), answered);
        assertEquals("core_induction_programme", cohort("100001", 2026).get("programme_choice").getAsString());
        JsonObject event = history("/schools/100001").get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("OVR-PROG", event.get("operation").getAsString());
        assertEquals("Ticket: chose FIP by mistake", event.get("reason").getAsString());
        assertEquals(0, emails("").size(), "OVR-PROG emails nobody by default");

        // rule: OVR-PROG, PROG-10: the ECT on the old default moves to the new one from today; the old period stays
        JsonArray records = api.get("/participants/pp-1", viewer).attributes().getAsJsonArray("induction_records");
        assertEquals(2, records.size());
        JsonObject old = records.get(0).getAsJsonObject();
        JsonObject now = records.get(1).getAsJsonObject();
        assertEquals("full_induction_programme", old.get("programme").getAsString());
        assertEquals("2026-10-01", old.get("end_date").getAsString());
        assertEquals("core_induction_programme", now.get("programme").getAsString());
        assertEquals("2026-10-01", now.get("start_date").getAsString());
        assertTrue(now.get("end_date").isJsonNull());
        assertEquals("OVR-PROG", history("/participants/pp-1").get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("operation").getAsString());
    }

    @Test
    @DisplayName("OVR-PROG: a cohort with an active partnership cannot leave FIP (409 active_partnership)")
    void activePartnershipBlocks() {
        fixture.schoolCohort("100001", 2026, "full_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"));
        Api.Reply reply = choose("100001", 2026,
                "{'choice':'core_induction_programme','override':true,'reason':'School wants DfE materials now'}");
        assertError(reply, 409, "active_partnership");
        assertEquals("OVR-PROG", reply.firstError().get("rule").getAsString());
        assertEquals("full_induction_programme", cohort("100001", 2026).get("programme_choice").getAsString());
    }
}
