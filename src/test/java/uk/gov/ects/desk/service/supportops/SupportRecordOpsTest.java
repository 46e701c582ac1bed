package uk.gov.ects.desk.service.supportops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;

/** OVR-ELIGIBILITY, OVR-MERGE, OVR-REMOVE (REM-1), OVR-REVALIDATE, and the support write discipline. */
class SupportRecordOpsTest extends SupportOpsTestBase {

    private static final String RECORD_NAME = "Janet Smithson";
    private static final String RECORD_DOB = "1995-04-12";

    /** Jane's real TRA record: registered with a mistyped TRN and date of birth, and not yet eligible. */
    private void janesTeacherRecord() {
        fixture.teacherRecord("1234567", "Jane Smith", LocalDate.parse(RECORD_DOB), "AB123456C");
        sql("UPDATE participants SET validation_status = 'not_validated', eligibility_status = 'manual_check', "
                + "eligibility_reason = 'no_qts' WHERE id = 'e-1'");
    }

    @Test
    @DisplayName("OVR-REVALIDATE, CECT-6, X-PII: no match names the failed checks, changes nothing and leaks nothing")
    void revalidationNoMatch() {
        fixture.teacherRecord("1234567", RECORD_NAME, LocalDate.parse(RECORD_DOB), "AB123456C");
        long version = version("/participants/e-1");
        long seq = lastSeq();
        long events = count("audit_events");
        Api.Reply reply = op("POST", "e-1", "/revalidation", agent,
                "{'trn':'1234567','date_of_birth':'1995-04-21','reason':'" + REASON + "'}");
        assertRefused(reply, 422, "no_match", "OVR-REVALIDATE");
        String detail = text(reply.firstError(), "detail");
        assertTrue(detail.contains("date of birth") && detail.contains("first name"), detail);
        assertFalse(detail.contains("TRN,") || detail.startsWith("These checks failed: TRN"), "the TRN was right: " + detail);
        // never the record's own values
        assertFalse(reply.body().contains("Smithson"), reply.body());
        assertFalse(reply.body().contains("Janet"), reply.body());
        assertFalse(reply.body().contains(RECORD_DOB), reply.body());
        // the participant is unchanged: nothing cleared before the lookup
        JsonObject jane = participant("e-1");
        assertEquals("7654321", text(jane, "trn"));
        assertEquals(version, version("/participants/e-1"));
        assertEquals(seq, lastSeq());
        assertEquals(events, count("audit_events"));

        Api.Reply nobody = op("POST", "e-1", "/revalidation", agent,
                "{'trn':'7777777','date_of_birth':'1995-04-21','reason':'" + REASON + "'}");
        assertRefused(nobody, 422, "no_match", "OVR-REVALIDATE");
        assertTrue(text(nobody.firstError(), "detail").contains("TRN"), nobody.body());
    }

    @Test
    @DisplayName("OVR-REVALIDATE, CMEN-3, X-PII: a match updates TRN, validation, QTS and eligibility, emails the SIT, keeps no NI number")
    void revalidationMatch() {
        janesTeacherRecord();
        Api.Reply reply = op("POST", "e-1", "/revalidation", agent,
                "{'trn':'1234567','date_of_birth':'" + RECORD_DOB + "','nino':'AB 12 34 56 C','reason':'" + REASON + "'}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject jane = participant("e-1");
        assertEquals("1234567", text(jane, "trn"));
        assertEquals("validated", text(jane.getAsJsonObject("validation"), "status"));
        assertEquals("2026-07-01", text(jane, "qts_date"));
        assertEquals("eligible", text(jane.getAsJsonObject("eligibility"), "status"));
        // the SIT hears that the teacher is now eligible
        List<String> templates = values(emails("?to=pat@oak.sch.uk"), "template");
        assertTrue(templates.contains("participant_eligible_for_funding"), templates.toString());

        JsonObject event = event(reply, "e-1");
        assertEquals("OVR-REVALIDATE", text(event, "operation"));
        assertEquals("7654321", text(change(event, "trn"), "before"));
        assertEquals("manual_check", text(change(event, "eligibility.status"), "before"));
        // X-PII: neither the NI number nor the date of birth is in the answer or the history
        String historyText = history("/participants/e-1").toString();
        for (String text : List.of(reply.body(), historyText)) {
            assertFalse(text.contains("AB123456C") || text.contains("AB 12 34 56 C"), text);
            assertFalse(text.contains(RECORD_DOB), text);
        }
        // nor anywhere the service keeps what a write did
        assertEquals(0, number("SELECT COUNT(*) FROM audit_events WHERE UPPER(REPLACE(changes, ' ', '')) LIKE '%AB123456C%'"));
        assertEquals(0, number("SELECT COUNT(*) FROM emails WHERE UPPER(REPLACE(facts, ' ', '')) LIKE '%AB123456C%'"));
        assertEquals(0, number("SELECT COUNT(*) FROM idempotency_keys "
                + "WHERE UPPER(REPLACE(response_body, ' ', '')) LIKE '%AB123456C%'"));
    }

    @Test
    @DisplayName("OVR-REVALIDATE: a TRN another participant holds is refused with duplicate_trn naming them (merge instead)")
    void revalidationDuplicateTrn() {
        janesTeacherRecord();
        fixture.participant("e-9", "ect", "Jane Smith", "1234567", LocalDate.parse(RECORD_DOB), "100002", 2026, null);
        Api.Reply reply = op("POST", "e-1", "/revalidation", agent,
                "{'trn':'1234567','date_of_birth':'" + RECORD_DOB + "','reason':'" + REASON + "'}");
        assertRefused(reply, 409, "duplicate_trn", "OVR-REVALIDATE");
        assertTrue(text(reply.firstError(), "detail").contains("e-9"), reply.body());
        assertEquals("7654321", text(participant("e-1"), "trn"));
    }

    @Test
    @DisplayName("OVR-ELIGIBILITY: a manual status survives revalidation until cleared; clearing recomputes it")
    void eligibilityByHand() {
        janesTeacherRecord();
        Api.Reply set = op("PUT", "e-1", "/eligibility", agent,
                "{'status':'ineligible','eligibility_reason':'previous_induction','reason':'" + REASON + "'}");
        assertEquals(200, set.status(), set.body());
        JsonObject eligibility = participant("e-1").getAsJsonObject("eligibility");
        assertEquals("ineligible", text(eligibility, "status"));
        assertTrue(eligibility.get("manual").getAsBoolean());
        assertEquals("true", text(change(event(set, "e-1"), "eligibility.manual"), "after"));

        Api.Reply revalidated = op("POST", "e-1", "/revalidation", agent,
                "{'trn':'1234567','date_of_birth':'" + RECORD_DOB + "','reason':'" + REASON + "'}");
        assertEquals(200, revalidated.status(), revalidated.body());
        assertEquals("ineligible", text(participant("e-1").getAsJsonObject("eligibility"), "status"),
                "a manual status is not recomputed");
        assertEquals(0, emails("?to=pat@oak.sch.uk").size());

        Api.Reply cleared = op("DELETE", "e-1", "/eligibility", agent, "{'reason':'" + REASON + "'}");
        assertEquals(200, cleared.status(), cleared.body());
        eligibility = participant("e-1").getAsJsonObject("eligibility");
        assertEquals("eligible", text(eligibility, "status"), "recomputed from the teacher record");
        assertFalse(eligibility.get("manual").getAsBoolean());
        assertRefused(op("DELETE", "e-1", "/eligibility", agent, "{'reason':'" + REASON + "'}"),
                409, "eligibility_not_manual", "OVR-ELIGIBILITY");
        Api.Reply badCode = op("PUT", "e-1", "/eligibility", agent,
                "{'status':'maybe','eligibility_reason':'none','reason':'" + REASON + "'}");
        assertRefused(badCode, 422, "eligibility_status_invalid", "OVR-ELIGIBILITY");
    }

    @Test
    @DisplayName("OVR-MERGE: a lead merges a duplicate; emails, records and history move; the old id resolves; the feed deletes it")
    void merge() {
        fixture.participant("e-dup", "ect", "Jane Smith", null, null, "100001", 2026, "jane.smith@gmail.com")
                .inductionRecord("ir-dup", "e-dup", "100001", 2026, "lp-a", "dp-n", null, null, LocalDate.of(2026, 9, 5),
                        null)
                .audit("ae-old", java.time.Instant.parse("2026-09-20T10:00:00Z"), "participant", "e-dup", "ECT-2");
        long seq = lastSeq();

        assertRefused(op("POST", "e-1", "/merge", agent, "{'duplicate_id':'e-dup','reason':'" + REASON + "'}"),
                403, "forbidden", "OVR-MERGE");
        Api.Reply reply = op("POST", "e-1", "/merge", lead, "{'duplicate_id':'e-dup','reason':'" + REASON + "'}");
        assertEquals(200, reply.status(), reply.body());

        JsonObject jane = participant("e-1");
        List<String> emails = jane.getAsJsonArray("emails").asList().stream().map(JsonElement::getAsString).toList();
        assertTrue(emails.containsAll(List.of("jane@oak.sch.uk", "jane.smith@gmail.com")), emails.toString());
        assertEquals("jane@oak.sch.uk", text(jane, "email"), "the kept primary stays primary");
        assertEquals(2, jane.getAsJsonArray("induction_records").size());
        assertEquals("e-dup", jane.getAsJsonArray("retired_ids").get(0).getAsString());
        Api.Reply retired = api.get("/participants/e-dup", viewer);
        assertEquals("e-1", retired.data().get("id").getAsString(), "the retired id resolves to the kept one");
        List<String> historyIds = values(history("/participants/e-1"), "target_id");
        assertTrue(historyIds.contains("e-dup"), "the duplicate's history is linked: " + historyIds);
        assertEquals("e-1", text(change(event(reply, "/participants/e-1", "e-dup"), "merged_into"), "after"));
        assertEquals(LEAD_NAME, text(event(reply, "e-1"), "actor_name"));

        boolean deleted = false;
        for (JsonElement row : api.get("/changes?after=" + seq, viewer).json().getAsJsonArray("data")) {
            JsonObject change = row.getAsJsonObject();
            if ("e-dup".equals(text(change, "id"))) {
                deleted = "delete".equals(text(change, "op"));
            }
        }
        assertTrue(deleted, "the duplicate leaves the feed as a delete");
        assertRefused(op("POST", "e-1", "/merge", lead, "{'duplicate_id':'m-1','reason':'" + REASON + "'}"),
                422, "participant_types_differ", "OVR-MERGE");
    }

    @Test
    @DisplayName("OVR-REMOVE, REM-1: a lead removes a mentor registered in error; soft, out of lists, their ECT loses them")
    void remove() {
        assertRefused(op("DELETE", "m-1", "", agent, "{'reason_code':'registered_in_error','reason':'" + REASON + "'}"),
                403, "forbidden", "OVR-REMOVE");
        assertRefused(op("DELETE", "m-1", "", lead, "{'reason_code':'changed_mind','reason':'" + REASON + "'}"),
                422, "reason_code_invalid", "OVR-REMOVE");
        Api.Reply reply = op("DELETE", "m-1", "", lead, "{'reason_code':'registered_in_error','reason':'" + REASON + "'}");
        assertEquals(200, reply.status(), reply.body());

        JsonObject mo = participant("m-1");
        assertEquals("withdrawn", text(mo, "status"), "still readable, with its history");
        assertEquals("withdrawn", text(inductionRecord(mo, "ir-m1"), "induction_status"));
        assertEquals(0, mo.getAsJsonArray("mentor_pools").size());
        assertFalse(ids(api.get("/participants?school=100001", viewer)).contains("m-1"), "drops out of lists");
        assertTrue(participant("e-1").get("mentor").isJsonNull(), "the ECT needs a new mentor");
        JsonObject event = event(reply, "m-1");
        assertEquals("registered_in_error", text(change(event, "removal_reason_code"), "after"));
        assertEquals("e-1", text(change(event, "ects_needing_mentor"), "after"));

        // rule: REM-1: declared training keeps the record
        sql("UPDATE induction_records SET training_declared = TRUE WHERE id = 'ir-e1'");
        assertRefused(op("DELETE", "e-1", "", lead, "{'reason_code':'not_an_ect','reason':'" + REASON + "'}"),
                409, "declarations_exist", "REM-1");
        assertEquals("active", text(participant("e-1"), "status"));
    }

    @Test
    @DisplayName("X-AUDIT: a support operation's preview writes nothing, sends nothing and moves no feed row")
    void previewWritesNothing() {
        long seq = lastSeq();
        long events = count("audit_events");
        long sent = count("emails");
        long version = version("/participants/e-1");
        Api.Reply reply = write("POST", "/participants/e-1/school-transfer?preview=true", agent,
                json("{'school_urn':'100002','start_date':'2026-10-01','training':'school_default','reason':'" + REASON
                        + "'}"), version);
        assertEquals(200, reply.status(), reply.body());
        JsonObject meta = reply.json().getAsJsonObject("meta");
        assertTrue(meta.get("preview").getAsBoolean());
        assertEquals("100002", text(reply.attributes(), "school_urn"), "answers the record as it would be");
        assertFalse(meta.getAsJsonArray("emails").isEmpty(), "lists the emails that would go");
        assertTrue(meta.getAsJsonArray("emails").get(0).getAsJsonObject().get("id").isJsonNull());
        assertTrue(meta.get("audit_event_id").isJsonNull());

        assertEquals(seq, lastSeq());
        assertEquals(events, count("audit_events"));
        assertEquals(sent, count("emails"));
        assertEquals(version, version("/participants/e-1"));
        assertEquals("100001", text(participant("e-1"), "school_urn"));
    }

    @Test
    @DisplayName("X-AUDIT: support operations need the agent role and a reason; the history keeps agent, reason, ticket, before/after")
    void rolesReasonAndHistory() {
        Api.Reply byViewer = op("PUT", "e-1", "/cohort", viewer, "{'cohort':2025,'reason':'" + REASON + "'}");
        assertRefused(byViewer, 403, "forbidden", "OVR-COHORT");
        assertRefused(op("PUT", "e-1", "/cohort", agent, "{'cohort':2025}"), 422, "reason_required", "OVR-COHORT");
        assertRefused(op("PUT", "e-1", "/cohort", agent, "{'cohort':2025,'reason':'because'}"),
                422, "reason_required", "OVR-COHORT");
        assertEquals(2026, participant("e-1").get("cohort").getAsInt());
        assertRefused(write("PUT", "/participants/e-1/cohort", agent, json("{'cohort':2025,'reason':'" + REASON + "'}"),
                null), 428, "precondition_required", null);

        fixture.ticket("t-1", java.time.Instant.parse("2026-09-30T08:00:00Z"), "triaged", "participant_details", null);
        Api.Reply reply = op("PUT", "e-1", "/cohort", agent, "{'cohort':2025,'reason':'" + REASON + "','ticket_id':'t-1'}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject event = event(reply, "e-1");
        assertEquals(AGENT_NAME, text(event, "actor_name"), "under the agent's own name");
        assertEquals("agent", text(event, "actor_kind"));
        assertEquals("OVR-COHORT", text(event, "operation"));
        assertEquals(REASON, text(event, "reason"));
        assertEquals("t-1", text(event, "ticket_id"));
        assertEquals("full_induction_programme", text(change(event, "programme"), "before"));
        assertEquals("core_induction_programme", text(change(event, "programme"), "after"));
        assertNull(text(change(event, "lead_provider_id"), "after"));
    }
}
