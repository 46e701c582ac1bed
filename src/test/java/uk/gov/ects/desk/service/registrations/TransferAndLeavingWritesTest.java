package uk.gov.ects.desk.service.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;

/** Transfers in (TECT-*, TMEN-*) and reported leavers (OECT-*, OMEN-*) over HTTP, with dates taking effect when they arrive. */
class TransferAndLeavingWritesTest extends ParticipantOpsTestBase {

    private Api.Reply transferIn(String urn, String participantId, String joiningDate, String training, String email) {
        JsonObject body = new JsonObject();
        body.addProperty("participant_id", participantId);
        body.addProperty("joining_date", joiningDate);
        body.addProperty("training", training);
        if (email != null) {
            body.addProperty("email", email);
        }
        return post("/schools/" + urn + "/transfers-in", body.toString(), version("/participants/" + participantId));
    }

    private Api.Reply leaving(String participantId, String urn, String date) {
        return post("/participants/" + participantId + "/leaving",
                json("{'school_urn':'" + urn + "','leaving_date':'" + date + "'}"), version("/participants/" + participantId));
    }

    private String pairedPriya(String mona) {
        return created(addEct(OAK, with(person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk"), "mentor_id", mona)));
    }

    @Test
    @DisplayName("A future transfer: leaving at the old school until the date, then left there and at the new school")
    void futureTransferTakesEffectOnTheDate() {
        // rule: TECT-2, TECT-3, TECT-8, TECT-9, TECT-4
        String mona = monaAtOak();
        String priya = pairedPriya(mona);

        Api.Reply reply = transferIn(BIRCH, priya, "2026-11-01", "continue", null);

        assertEquals(200, reply.status(), reply.body());
        assertEquals(priya, reply.data().get("id").getAsString(), "the same participant, history kept");
        JsonObject before = participant(priya);
        assertEquals(OAK, before.get("school_urn").getAsString(), "still at Oak until the date");
        assertEquals("leaving", before.get("status").getAsString());
        assertEquals("leaving", record(before, 0).get("induction_status").getAsString());
        assertEquals("2026-11-01", record(before, 0).get("end_date").getAsString());
        assertEquals(mona, before.getAsJsonObject("mentor").get("id").getAsString(), "paired until the date");
        assertEquals(List.of(priya), strings(participant(mona).getAsJsonArray("mentees")));
        assertEquals(List.of(priya), ids(api.get("/participants?school=" + OAK + "&status=leaving", viewer)));
        // rule: TECT-7: the ECT and the provider are told when the transfer is recorded
        List<String> sent = emailsAbout(priya);
        assertTrue(sent.contains("participant_transferred->priya@oak.sch.uk"), sent.toString());
        assertTrue(sent.contains("provider_transfer_notice->lead_provider:lp-1"), sent.toString());

        moveClockTo("2026-11-01T08:00:00Z");

        JsonObject after = participant(priya);
        assertEquals(BIRCH, after.get("school_urn").getAsString());
        assertEquals("Birch Academy", after.get("school_name").getAsString());
        assertEquals("active", after.get("status").getAsString());
        assertEquals("left", record(after, 0).get("induction_status").getAsString(), "TECT-8: left at Oak");
        assertEquals("active", record(after, 1).get("induction_status").getAsString());
        assertEquals("2026-11-01", record(after, 1).get("start_date").getAsString());
        assertEquals("lp-1", record(after, 1).get("lead_provider_id").getAsString(), "TECT-4: training continues");
        assertEquals("full_induction_programme", record(after, 1).get("programme").getAsString());
        assertTrue(after.get("mentor").isJsonNull(), "TECT-9: no longer paired with Oak's mentor");
        assertEquals(List.of(), strings(participant(mona).getAsJsonArray("mentees")));
        assertEquals(List.of(priya), ids(api.get("/participants?school=" + BIRCH, viewer)));
        assertEquals(List.of(), ids(api.get("/participants?school=" + OAK + "&type=ect", viewer)));
        assertTrue(operations(history("/participants/" + mona)).contains("TECT-9"));
    }

    @Test
    @DisplayName("A past joining date: left at once; school default training; new email kept as a second address; emails")
    void pastTransferWithSchoolDefaultAndNewEmail() {
        // rule: TECT-3, TECT-4, TECT-5, TECT-7
        String priya = priyaAtOak();
        moveClockTo("2026-11-15T09:00:00Z");

        Api.Reply reply = transferIn(BIRCH, priya, "2026-11-01", "school_default", "priya@birch.sch.uk");

        assertEquals(200, reply.status(), reply.body());
        JsonObject after = participant(priya);
        assertEquals(BIRCH, after.get("school_urn").getAsString());
        assertEquals("left", record(after, 0).get("induction_status").getAsString());
        assertEquals("core_induction_programme", record(after, 1).get("programme").getAsString(), "TECT-4");
        assertTrue(record(after, 1).get("lead_provider_id").isJsonNull());
        assertEquals("priya@oak.sch.uk", after.get("email").getAsString(), "TECT-5: the old address stays primary");
        assertEquals(List.of("priya@oak.sch.uk", "priya@birch.sch.uk"), strings(after.getAsJsonArray("emails")));
        List<String> sent = emailsAbout(priya);
        assertTrue(sent.contains("participant_transferred->priya@oak.sch.uk"), sent.toString());
        assertTrue(sent.contains("provider_transfer_notice->lead_provider:lp-1"), "TECT-7: the previous LP is told");
        assertEquals(List.of("TECT-2", "ECT-2"), operations(history("/participants/" + priya)));
    }

    @Test
    @DisplayName("Transfer refusals: no programme at the new school, a mentor as an ECT, an ECT as a mentor, a stale version")
    void transferRefusals() {
        // rule: TECT-1, TECT-6, TMEN-1, TMEN-2
        String priya = priyaAtOak();
        String mona = monaAtOak();
        StoreMarks before = marks();
        assertRefused(transferIn(ELM, priya, "2026-11-01", "continue", null), 422, "no_default_programme", "TECT-1");
        assertRefused(transferIn(ELM, mona, "2026-11-01", "continue", null), 422, "no_default_programme", "TMEN-1");
        JsonObject asEct = new JsonObject();
        asEct.addProperty("participant_id", mona);
        asEct.addProperty("joining_date", "2026-11-01");
        asEct.addProperty("training", "continue");
        asEct.addProperty("type", "ect");
        assertRefused(post("/schools/" + BIRCH + "/transfers-in", asEct.toString(), version("/participants/" + mona)),
                422, "registered_as_mentor", "TECT-6");
        JsonObject asMentor = asEct.deepCopy();
        asMentor.addProperty("participant_id", priya);
        asMentor.addProperty("type", "mentor");
        assertRefused(post("/schools/" + BIRCH + "/transfers-in", asMentor.toString(), version("/participants/" + priya)),
                422, "registered_as_ect", "TMEN-2");
        JsonObject stale = asMentor.deepCopy();
        stale.remove("type");
        assertError(post("/schools/" + BIRCH + "/transfers-in", stale.toString(), 99L), 412, "version_conflict");
        JsonObject sideways = stale.deepCopy();
        sideways.addProperty("training", "sideways");
        Api.Reply unknown = post("/schools/" + BIRCH + "/transfers-in", sideways.toString(), version("/participants/" + priya));
        assertError(unknown, 422, "invalid_value");
        assertEquals("/training", pointer(unknown));
        assertEquals(1, participant(priya).getAsJsonArray("induction_records").size(), "nothing moved");
        assertNothingWrittenSince(before);
    }

    @Test
    @DisplayName("A mentor transferring in: leaves Oak's pool and pairings on the date, joins Birch's, keeps both emails")
    void mentorTransfer() {
        // rule: TMEN-2, TMEN-3, TMEN-4, TMEN-6, TMEN-7, TMEN-8
        String mona = monaAtOak();
        String priya = pairedPriya(mona);

        Api.Reply reply = transferIn(BIRCH, mona, "2026-12-01", "continue", "mona@birch.sch.uk");

        assertEquals(200, reply.status(), reply.body());
        JsonObject before = participant(mona);
        assertEquals(List.of(OAK, BIRCH), strings(before.getAsJsonArray("mentor_pools")), "in Oak's pool until the date");
        assertEquals(List.of(priya), strings(before.getAsJsonArray("mentees")));
        assertEquals(mona, participant(priya).getAsJsonObject("mentor").get("id").getAsString());
        assertEquals(List.of("mona@oak.sch.uk", "mona@birch.sch.uk"), strings(before.getAsJsonArray("emails")));
        assertTrue(emailsAbout(mona).contains("participant_transferred->mona@oak.sch.uk"), "TMEN-8");

        moveClockTo("2026-12-01T08:00:00Z");

        JsonObject after = participant(mona);
        assertEquals(List.of(BIRCH), strings(after.getAsJsonArray("mentor_pools")));
        assertEquals(List.of(), strings(after.getAsJsonArray("mentees")));
        assertEquals(BIRCH, after.get("school_urn").getAsString());
        assertEquals("lp-1", record(after, 1).get("lead_provider_id").getAsString(), "TMEN-6: training continues");
        JsonObject priyaNow = participant(priya);
        assertTrue(priyaNow.get("mentor").isJsonNull(), "TMEN-4: pairing at Oak ended");
        assertEquals("active", priyaNow.get("status").getAsString(), "Priya herself stays at Oak");
        assertEquals(OAK, priyaNow.get("school_urn").getAsString());
        assertTrue(operations(history("/participants/" + priya)).contains("TMEN-4"));
    }

    @Test
    @DisplayName("Reporting an ECT leaving: leaving until the date, left from it, not re-added, date not changeable")
    void ectLeaving() {
        // rule: OECT-1, OECT-2, OECT-3, OECT-4
        String priya = priyaAtOak();
        assertRefused(leaving(priya, BIRCH, "2026-12-31"), 422, "not_at_school", "OECT-1");

        Api.Reply reply = leaving(priya, OAK, "2026-12-31");

        assertEquals(200, reply.status(), reply.body());
        assertEquals("leaving", participant(priya).get("status").getAsString());
        assertEquals(List.of(priya), ids(api.get("/participants?status=training", viewer)));
        StoreMarks before = marks();
        assertRefused(leaving(priya, OAK, "2026-11-30"), 409, "leaving_already_reported", "OECT-3");
        assertRefused(addEct(OAK, person("1000001", PRIYA_DOB, "Priya Raman", "priya2@oak.sch.uk")), 409,
                "reported_leaving", "OECT-4");
        assertNothingWrittenSince(before);
        assertEquals("2026-12-31", record(participant(priya), 0).get("end_date").getAsString(), "OECT-3: date kept");
        assertEquals(java.util.Set.of("OECT-1", "ECT-2"), java.util.Set.copyOf(operations(history("/participants/" + priya))));

        moveClockTo("2027-01-01T09:00:00Z");
        assertEquals("left", participant(priya).get("status").getAsString());
        assertEquals(List.of(priya), ids(api.get("/participants?status=left", viewer)));
        assertEquals(List.of(), ids(api.get("/participants?status=training", viewer)));
    }

    @Test
    @DisplayName("A past leaving date shows left at once; only a move to another school can be reported")
    void pastLeavingAndReasons() {
        // rule: OECT-2, OECT-5, OMEN-4
        String priya = priyaAtOak();
        String mona = monaAtOak();
        StoreMarks before = marks();
        JsonObject other = new JsonObject();
        other.addProperty("school_urn", OAK);
        other.addProperty("leaving_date", "2026-12-31");
        other.addProperty("leaving_reason", "retired");
        assertRefused(post("/participants/" + priya + "/leaving", other.toString(), version("/participants/" + priya)),
                422, "leaving_reason_not_supported", "OECT-5");
        assertRefused(post("/participants/" + mona + "/leaving", other.toString(), version("/participants/" + mona)),
                422, "leaving_reason_not_supported", "OMEN-4");
        assertNothingWrittenSince(before);
        assertEquals("active", participant(mona).get("status").getAsString());

        assertEquals(200, leaving(priya, OAK, "2026-10-01").status());
        assertEquals("left", participant(priya).get("status").getAsString());
        assertEquals("2026-10-01", record(participant(priya), 0).get("end_date").getAsString());
        assertEquals(List.of(priya), ids(api.get("/participants?school=" + OAK + "&status=left", viewer)));
    }

    @Test
    @DisplayName("A mentor reported leaving stays in the pool and paired until the date, then leaves both")
    void mentorLeaving() {
        // rule: OMEN-1, OMEN-2, OMEN-3
        String mona = monaAtOak();
        String priya = pairedPriya(mona);

        Api.Reply reply = leaving(mona, OAK, "2026-10-20");

        assertEquals(200, reply.status(), reply.body());
        assertEquals("leaving", participant(mona).get("status").getAsString());
        assertEquals(List.of(OAK), strings(participant(mona).getAsJsonArray("mentor_pools")));
        assertEquals(1, api.get("/schools/" + OAK, viewer).attributes().get("mentor_pool_size").getAsInt());
        assertEquals(List.of(mona), ids(api.get("/participants?status=mentoring", viewer)));
        StoreMarks before = marks();
        assertRefused(leaving(mona, OAK, "2026-10-25"), 409, "leaving_already_reported", "OMEN-3");
        assertRefused(addMentor(OAK, person("1000003", MONA_DOB, "Mona Mentor", "mona2@oak.sch.uk")), 409,
                "reported_leaving", "OMEN-3");
        assertNothingWrittenSince(before);

        moveClockTo("2026-10-20T09:00:00Z");

        assertEquals("left", participant(mona).get("status").getAsString());
        assertEquals(List.of(), strings(participant(mona).getAsJsonArray("mentor_pools")));
        assertEquals(0, api.get("/schools/" + OAK, viewer).attributes().get("mentor_pool_size").getAsInt());
        assertTrue(participant(priya).get("mentor").isJsonNull(), "OMEN-2: pairing ended");
        assertEquals(List.of(mona), ids(api.get("/participants?status=not_mentoring", viewer)));
        assertTrue(operations(history("/participants/" + priya)).contains("OMEN-2"));
    }
}
