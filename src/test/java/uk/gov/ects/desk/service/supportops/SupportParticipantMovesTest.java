package uk.gov.ects.desk.service.supportops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;

/** OVR-MENTOR-POOL, OVR-TRANSFER, OVR-STATUS, OVR-COHORT, OVR-INDUCTION-START over HTTP. */
class SupportParticipantMovesTest extends SupportOpsTestBase {

    private List<String> pools(String mentorId) {
        return values(participant(mentorId).getAsJsonArray("mentor_pools"), "school_urn");
    }

    private List<String> mentees(String mentorId) {
        return values(participant(mentorId).getAsJsonArray("mentees"), "id");
    }

    @Test
    @DisplayName("OVR-MENTOR-POOL, TMEN-5: support adds a mentor to a second school's pool; twice or for an ECT is refused")
    void addMentorToSecondPool() {
        Api.Reply reply = op("POST", "m-1", "/mentor-pools", agent,
                "{'school_urn':'100002','reason':'" + REASON + "','ticket_id':null}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(List.of("100001", "100002"), pools("m-1")); // rule: TMEN-5 the mentor appears in both pools
        assertEquals(1, api.get("/schools/100002", viewer).attributes().get("mentor_pool_size").getAsInt());
        JsonObject event = event(reply, "m-1");
        assertEquals("OVR-MENTOR-POOL", text(event, "operation"));
        assertEquals(AGENT_NAME, text(event, "actor_name"));
        assertEquals("100001, 100002", text(change(event, "mentor_pools"), "after"));
        assertEquals("OVR-MENTOR-POOL", text(history("/schools/100002").get(0).getAsJsonObject()
                .getAsJsonObject("attributes"), "operation"));

        // rule: OVR-MENTOR-POOL already_in_pool, and only mentors are in pools
        assertRefused(op("POST", "m-1", "/mentor-pools", agent, "{'school_urn':'100002','reason':'" + REASON + "'}"),
                409, "already_in_pool", "OVR-MENTOR-POOL");
        assertRefused(op("POST", "e-1", "/mentor-pools", agent, "{'school_urn':'100002','reason':'" + REASON + "'}"),
                422, "not_a_mentor", "OVR-MENTOR-POOL");
        assertRefused(op("POST", "m-1", "/mentor-pools", agent, "{'school_urn':'999999','reason':'" + REASON + "'}"),
                422, "school_not_found", "OVR-MENTOR-POOL");
    }

    @Test
    @DisplayName("OVR-MENTOR-POOL remove: the mentor leaves that pool; their ECTs there lose their mentor and are listed")
    void removeMentorFromPool() {
        fixture.mentorPool("m-1", "100002")
                .participant("e-2", "ect", "Ravi Patel", "3333333", LocalDate.of(1996, 2, 3), "100002", 2026,
                        "ravi@birch.sch.uk")
                .inductionRecord("ir-e2", "e-2", "100002", 2026, "lp-b", "dp-n", null, "m-1", LocalDate.of(2026, 9, 1),
                        null);
        Api.Reply reply = op("DELETE", "m-1", "/mentor-pools/100002", agent, "{'reason':'" + REASON + "'}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(List.of("100001"), pools("m-1"));
        assertTrue(participant("e-2").get("mentor").isJsonNull(), "e-2 now needs a mentor");
        assertEquals(List.of("e-1"), mentees("m-1"), "the ECT at the mentor's own school keeps them");
        assertEquals("e-2", text(change(event(reply, "m-1"), "ects_needing_mentor"), "after"));
        JsonObject ectEvent = event(reply, "e-2");
        assertEquals("m-1", text(change(ectEvent, "mentor_id"), "before"));
        assertNull(text(change(ectEvent, "mentor_id"), "after"));

        // the mentor's own school's pool is left by reporting them leaving or moving them, not here
        assertRefused(op("DELETE", "m-1", "/mentor-pools/100001", agent, "{'reason':'" + REASON + "'}"),
                422, "main_school_pool", "OVR-MENTOR-POOL");
        assertRefused(op("DELETE", "m-1", "/mentor-pools/100002", agent, "{'reason':'" + REASON + "'}"),
                409, "not_in_pool", "OVR-MENTOR-POOL");
    }

    @Test
    @DisplayName("OVR-TRANSFER, TECT-7, TECT-9: an ECT moves school; old record leaving, new record, pairing ends, emails")
    void transferEct() {
        fixture.ticket("t-9", java.time.Instant.parse("2026-09-30T08:00:00Z"), "triaged", "transfer", null);
        Api.Reply reply = op("POST", "e-1", "/school-transfer", agent, "{'school_urn':'100002','start_date':'2026-11-01',"
                + "'email':'jane.smith@birch.sch.uk','training':'school_default','reason':'" + REASON
                + "','ticket_id':'t-9'}");
        assertEquals(200, reply.status(), reply.body());

        JsonObject jane = participant("e-1");
        JsonObject old = inductionRecord(jane, "ir-e1");
        assertEquals("leaving", text(old, "induction_status"));
        assertEquals("2026-11-01", text(old, "end_date"));
        JsonObject now = lastInductionRecord(jane);
        assertEquals("100002", text(now, "school_urn"));
        assertEquals("2026-11-01", text(now, "start_date"));
        assertEquals("lp-b", text(now, "lead_provider_id"), "school_default takes Birch's partnership");
        assertNull(text(now, "mentor_id")); // rule: TECT-9
        assertEquals("100001", text(jane, "school_urn"), "until the start date she is still at Oak (TECT-3)");

        moveClockTo("2026-11-01T09:00:00Z");
        jane = participant("e-1");
        assertEquals("100002", text(jane, "school_urn"), "from the start date she is at Birch");
        assertEquals("left", text(inductionRecord(jane, "ir-e1"), "induction_status")); // rule: TECT-8
        assertEquals("jane.smith@birch.sch.uk", text(jane, "email"));
        assertEquals(2, jane.getAsJsonArray("emails").size(), "the old address is kept");
        assertFalse(mentees("m-1").contains("e-1"), "the pairing with Oak's mentor ended");

        // rule: TECT-7: the ECT and both lead providers; beyond: Birch's induction tutor
        List<String> to = values(emails("?participant=e-1"), "to");
        assertTrue(to.containsAll(List.of("jane.smith@birch.sch.uk", "lead_provider:lp-a", "lead_provider:lp-b",
                "lee@birch.sch.uk")), to.toString());
        assertEquals(4, to.size(), to.toString());

        JsonObject event = event(reply, "e-1");
        assertEquals("OVR-TRANSFER", text(event, "operation"));
        assertEquals("t-9", text(event, "ticket_id"));
        assertEquals(REASON, text(event, "reason"));
        assertEquals("100001", text(change(event, "school_urn"), "before"));
        assertEquals("100002", text(change(event, "school_urn"), "after"));
    }

    @Test
    @DisplayName("OVR-TRANSFER, TMEN-4: a mentor moves school; they join the new pool and leave the old one and its ECTs")
    void transferMentor() {
        Api.Reply reply = op("POST", "m-1", "/school-transfer", agent, "{'school_urn':'100002','start_date':'2026-10-01',"
                + "'training':'continue','reason':'" + REASON + "'}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject mo = participant("m-1");
        assertEquals(List.of("100002"), pools("m-1"));
        assertEquals("left", text(inductionRecord(mo, "ir-m1"), "induction_status"), "the date is today");
        assertEquals("lp-a", text(lastInductionRecord(mo), "lead_provider_id"), "continue keeps the provider");
        assertTrue(participant("e-1").get("mentor").isJsonNull(), "Oak's ECT lost the mentor");
        assertEquals(1, api.get("/schools/100002", viewer).attributes().get("mentor_pool_size").getAsInt());
        assertEquals(0, api.get("/schools/100001", viewer).attributes().get("mentor_pool_size").getAsInt());
        // the lead provider and, beyond, the mentor and the new school's induction tutor
        List<String> to = values(emails("?participant=m-1"), "to");
        assertTrue(to.containsAll(List.of("mo@oak.sch.uk", "lead_provider:lp-a", "lee@birch.sch.uk")), to.toString());

        StoreMarks before = marks();
        assertRefused(op("POST", "m-1", "/school-transfer", agent, "{'school_urn':'100002','start_date':'2026-10-02',"
                + "'training':'continue','reason':'" + REASON + "'}"), 422, "same_school", "OVR-TRANSFER");
        assertRefused(op("POST", "e-1", "/school-transfer", agent, "{'school_urn':'100002','start_date':'2026-08-01',"
                + "'training':'continue','reason':'" + REASON + "'}"), 422, "start_before_current", "OVR-TRANSFER");
        assertNothingWrittenSince(before);
    }

    @Test
    @DisplayName("OVR-TRANSFER, TMEN-4: a mentor moved from a future date stays in the old pool and paired until it, then not")
    void futureMentorTransferTakesEffectOnTheDate() {
        Api.Reply reply = op("POST", "m-1", "/school-transfer", agent, "{'school_urn':'100002','start_date':'2026-11-01',"
                + "'training':'continue','reason':'" + REASON + "'}");
        assertEquals(200, reply.status(), reply.body());

        JsonObject mo = participant("m-1");
        assertEquals("100001", text(mo, "school_urn"), "at Oak until the date");
        assertEquals("leaving", text(inductionRecord(mo, "ir-m1"), "induction_status"));
        assertTrue(pools("m-1").contains("100001"), "still in Oak's pool until the date");
        assertEquals(List.of("e-1"), mentees("m-1"), "still paired at Oak until the date");
        assertEquals("m-1", text(participant("e-1").getAsJsonObject("mentor"), "id"));

        moveClockTo("2026-11-01T08:00:00Z");

        mo = participant("m-1");
        assertEquals("100002", text(mo, "school_urn"));
        assertEquals("left", text(inductionRecord(mo, "ir-m1"), "induction_status"));
        assertEquals(List.of("100002"), pools("m-1"));
        assertEquals(List.of(), mentees("m-1"));
        assertTrue(participant("e-1").get("mentor").isJsonNull(), "TMEN-4: Oak's ECT lost the mentor on the date");
        assertEquals(0, api.get("/schools/100001", viewer).attributes().get("mentor_pool_size").getAsInt());
        assertEquals(1, api.get("/schools/100002", viewer).attributes().get("mentor_pool_size").getAsInt());
    }

    @Test
    @DisplayName("OVR-STATUS, OECT-3, OECT-4: support corrects a leaving date, reinstates, and records completion")
    void status() {
        sql("UPDATE induction_records SET induction_status = 'leaving', end_date = ? WHERE id = 'ir-e1'",
                LocalDate.of(2026, 12, 1));
        sql("UPDATE participants SET status = 'leaving' WHERE id = 'e-1'");

        // rule: OECT-3: the school cannot change the date; support can
        Api.Reply corrected = op("POST", "e-1", "/status", agent,
                "{'action':'leaving_date','date':'2026-11-15','reason':'" + REASON + "'}");
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("2026-11-15", text(inductionRecord(participant("e-1"), "ir-e1"), "end_date"));
        assertEquals("2026-12-01", text(change(event(corrected, "e-1"), "end_date"), "before"));
        assertEquals("leaving", text(participant("e-1"), "status"), "the corrected date has not come yet");
        moveClockTo("2026-11-15T09:00:00Z");
        assertEquals("left", text(participant("e-1"), "status"), "left from the corrected date");
        assertEquals("left", text(inductionRecord(participant("e-1"), "ir-e1"), "induction_status"));

        // rule: OECT-4: the school cannot re-add them; support reinstates
        Api.Reply reinstated = op("POST", "e-1", "/status", agent, "{'action':'reinstate','reason':'" + REASON + "'}");
        assertEquals(200, reinstated.status(), reinstated.body());
        JsonObject jane = participant("e-1");
        assertEquals("active", text(jane, "status"));
        assertNull(text(inductionRecord(jane, "ir-e1"), "end_date"));
        assertEquals("active", text(inductionRecord(jane, "ir-e1"), "induction_status"));
        assertEquals(List.of("e-1"), mentees("m-1"), "back with Oak's mentor");
        StoreMarks before = marks();
        assertRefused(op("POST", "e-1", "/status", agent, "{'action':'reinstate','reason':'" + REASON + "'}"),
                409, "not_leaving", "OVR-STATUS");
        assertNothingWrittenSince(before);

        Api.Reply completed = op("POST", "e-1", "/status", agent,
                "{'action':'complete','date':'2026-09-30','reason':'" + REASON + "'}");
        assertEquals(200, completed.status(), completed.body());
        assertEquals("completed", text(participant("e-1"), "status"));
        assertFalse(mentees("m-1").contains("e-1"), "completion ends the mentor pairing");
        assertEquals("2026-09-30", text(change(event(completed, "e-1"), "mentor_pairing_ended_on"), "after"));

        assertRefused(op("POST", "m-1", "/status", agent, "{'action':'complete','date':'2026-09-30','reason':'"
                + REASON + "'}"), 422, "not_an_ect", "OVR-STATUS");
        assertRefused(op("POST", "e-1", "/status", agent, "{'action':'retire','reason':'" + REASON + "'}"),
                422, "invalid_value", null);
    }

    @Test
    @DisplayName("OVR-COHORT: moves the ECT to a cohort the school set up, on its default programme; declared training blocks it")
    void cohort() {
        assertRefused(op("PUT", "e-1", "/cohort", agent, "{'cohort':2027,'reason':'" + REASON + "'}"),
                422, "cohort_not_set_up", "OVR-COHORT");
        Api.Reply reply = op("PUT", "e-1", "/cohort", agent, "{'cohort':2025,'reason':'" + REASON + "'}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject jane = participant("e-1");
        assertEquals(2025, jane.get("cohort").getAsInt());
        JsonObject record = inductionRecord(jane, "ir-e1");
        assertEquals("core_induction_programme", text(record, "programme"));
        assertNull(text(record, "lead_provider_id"), "CIP has no lead provider");
        JsonObject event = event(reply, "e-1");
        assertEquals("2026", text(change(event, "cohort"), "before"));
        assertEquals("2025", text(change(event, "cohort"), "after"));

        sql("UPDATE induction_records SET training_declared = TRUE WHERE id = 'ir-e1'");
        long before = version("/participants/e-1");
        assertRefused(op("PUT", "e-1", "/cohort", agent, "{'cohort':2026,'reason':'" + REASON + "'}"),
                409, "declarations_exist", "OVR-COHORT");
        assertEquals(before, version("/participants/e-1"));
    }

    @Test
    @DisplayName("OVR-INDUCTION-START: a January to May start puts the ECT in the previous year's cohort")
    void inductionStart() {
        Api.Reply reply = op("PUT", "e-1", "/induction-start-date", agent, "{'date':'2026-03-02','reason':'" + REASON + "'}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject jane = participant("e-1");
        assertEquals("2026-03-02", text(jane, "induction_start_date"));
        assertEquals(2025, jane.get("cohort").getAsInt());
        JsonObject event = event(reply, "e-1");
        assertEquals("OVR-INDUCTION-START", text(event, "operation"));
        assertEquals("2026-09-01", text(change(event, "induction_start_date"), "before"));
        assertEquals("2025", text(change(event, "cohort"), "after"));

        // a mentor's date changes nothing else
        Api.Reply mentor = op("PUT", "m-1", "/induction-start-date", agent, "{'date':'2026-03-02','reason':'" + REASON + "'}");
        assertEquals(200, mentor.status(), mentor.body());
        assertEquals(2026, participant("m-1").get("cohort").getAsInt());
        assertRefused(op("PUT", "e-1", "/induction-start-date", agent, "{'date':'2026-02-30','reason':'" + REASON + "'}"),
                422, "invalid_date", null);
    }
}
