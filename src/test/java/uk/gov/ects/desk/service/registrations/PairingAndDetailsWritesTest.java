package uk.gov.ects.desk.service.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.Api;

/** Mentor pairing (LINK-*, OVR-MENTOR), details (CECT-*, CMEN-*, OVR-DETAILS), ECT body (CECT-5) and the ECT/mentor filters. */
class PairingAndDetailsWritesTest extends ParticipantOpsTestBase {

    private Api.Reply assignMentor(String ectId, String mentorId) {
        return put("/participants/" + ectId + "/mentor", mentorId == null ? "{\"mentor_id\":null}"
                : json("{'mentor_id':'" + mentorId + "'}"), version("/participants/" + ectId));
    }

    private Api.Reply patch(String id, String body) {
        return write("PATCH", "/participants/" + id, agent, body, version("/participants/" + id));
    }

    private String tomAtOak() {
        return created(addEct(OAK, person("1000002", LocalDate.of(1996, 1, 5), "Tom Baker", "tom@oak.sch.uk")));
    }

    private String maxAtBirch() {
        return created(addMentor(BIRCH, person("1000005", LocalDate.of(1982, 8, 8), "Max Second", "max@birch.sch.uk")));
    }

    /** Induction completed: support's OVR-STATUS does this; here the store is set directly. */
    private void complete(String participantId) {
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE induction_records SET induction_status = "
                    + "'completed', end_date = DATE '2026-09-30' WHERE participant_id = ?")) {
                update.setString(1, participantId);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Test
    @DisplayName("A mentor is assigned later, changed but not removed; one mentor per ECT, many ECTs per mentor")
    void assignAndChangeMentor() {
        // rule: LINK-1, LINK-3, LINK-4, LINK-5
        String mona = monaAtOak();
        String priya = priyaAtOak();
        String tom = tomAtOak();
        String max = created(addMentor(OAK, person("1000005", LocalDate.of(1982, 8, 8), "Max Second", "max@oak.sch.uk")));

        assertEquals(200, assignMentor(priya, mona).status());
        assertEquals(200, assignMentor(tom, mona).status());
        assertEquals(Set.of(priya, tom), Set.copyOf(strings(participant(mona).getAsJsonArray("mentees"))), "LINK-4");

        Api.Reply change = assignMentor(priya, max);
        assertEquals(200, change.status(), change.body());
        assertEquals(max, participant(priya).getAsJsonObject("mentor").get("id").getAsString());
        assertEquals(List.of(tom), strings(participant(mona).getAsJsonArray("mentees")), "LINK-3: one mentor at a time");
        assertEquals(List.of(priya), strings(participant(max).getAsJsonArray("mentees")));
        assertTrue(operations(history("/participants/" + priya)).contains("LINK-1"));

        StoreMarks before = marks();
        assertRefused(assignMentor(priya, null), 422, "mentor_cannot_be_removed", "LINK-5");
        assertRefused(assignMentor(priya, max), 422, "mentor_unchanged", "LINK-3");
        assertNothingWrittenSince(before);
        assertEquals(max, participant(priya).getAsJsonObject("mentor").get("id").getAsString());
    }

    @Test
    @DisplayName("The mentor must be in the ECT's school's pool, and neither may have left")
    void pairingRefusals() {
        // rule: LINK-2, LINK-6
        String priya = priyaAtOak();
        String max = maxAtBirch();
        assertRefused(assignMentor(priya, max), 422, "mentor_not_in_pool", "LINK-2");
        assertRefused(assignMentor(priya, "p-nobody"), 422, "mentor_not_found", "LINK-2");
        assertRefused(assignMentor(priya, priya), 422, "not_a_mentor", "LINK-2");

        String mona = monaAtOak();
        post("/participants/" + mona + "/leaving", json("{'school_urn':'" + OAK + "','leaving_date':'2026-10-01'}"),
                version("/participants/" + mona));
        assertRefused(assignMentor(priya, mona), 409, "mentor_left", "LINK-6");

        String tom = tomAtOak();
        complete(tom);
        String mo = created(addMentor(OAK, person("1000007", LocalDate.of(1985, 5, 5), "Kim Mentor", "kim@oak.sch.uk")));
        StoreMarks before = marks();
        assertRefused(assignMentor(tom, mo), 409, "ect_not_training", "LINK-6");
        assertNothingWrittenSince(before);
        assertTrue(participant(tom).get("mentor").isJsonNull());
        assertTrue(participant(priya).get("mentor").isJsonNull(), "LINK-2, LINK-6 refusals paired nobody");
    }

    @Test
    @DisplayName("Support pairs an ECT who completed, with override and a reason (OVR-MENTOR)")
    void supportPairsAFinishedEct() {
        // rule: OVR-MENTOR
        String tom = tomAtOak();
        String mona = monaAtOak();
        complete(tom);
        long v = version("/participants/" + tom);
        assertRefused(put("/participants/" + tom + "/mentor", json("{'mentor_id':'" + mona + "','override':true}"), v),
                422, "reason_required", "OVR-MENTOR");

        Api.Reply reply = put("/participants/" + tom + "/mentor", json("{'mentor_id':'" + mona
                + "','override':true,'reason':'Ticket 42: record the mentor Tom had all year'}"), v);

        assertEquals(200, reply.status(), reply.body());
        assertEquals(mona, participant(tom).getAsJsonObject("mentor").get("id").getAsString());
        assertTrue(operations(history("/participants/" + tom)).contains("OVR-MENTOR"));
    }

    @Test
    @DisplayName("Name change needs a genuine reason; the whole name may change; the history shows it")
    void nameChanges() {
        // rule: CECT-1, CECT-3
        String priya = priyaAtOak();
        StoreMarks before = marks();
        assertRefused(patch(priya, json("{'full_name':'Priya Shah'}")), 422, "name_change_reason_required", "CECT-1");
        assertRefused(patch(priya, json("{'full_name':'Someone Else','name_change_reason':'replace_with_different_person'}")),
                422, "name_change_refused", "CECT-1");
        assertRefused(patch(priya, json("{'full_name':'Someone Else','name_change_reason':'should_not_have_been_registered'}")),
                422, "name_change_refused", "CECT-1");
        assertNothingWrittenSince(before);
        assertEquals("Priya Raman", participant(priya).get("full_name").getAsString());

        Api.Reply reply = patch(priya, json("{'full_name':'Priya Shah-Raman','name_change_reason':'married_or_changed_name'}"));

        assertEquals(200, reply.status(), reply.body());
        assertEquals("Priya Shah-Raman", participant(priya).get("full_name").getAsString());
        assertEquals(List.of(priya), ids(api.get("/participants?q=shah", viewer)));
        assertTrue(operations(history("/participants/" + priya)).contains("CECT-3"));
    }

    @Test
    @DisplayName("A new email becomes primary and the old one stays; an address held by someone else is refused")
    void emailChanges() {
        // rule: CECT-4, CMEN-2
        String priya = priyaAtOak();
        String mona = monaAtOak();
        assertRefused(patch(priya, json("{'email':'mona@oak.sch.uk'}")), 422, "email_in_use", "CECT-4");
        assertRefused(patch(mona, json("{'email':'priya@oak.sch.uk'}")), 422, "email_in_use", "CMEN-2");
        assertEquals(List.of("mona@oak.sch.uk"), strings(participant(mona).getAsJsonArray("emails")));

        assertEquals(200, patch(priya, json("{'email':'priya.raman@oak.sch.uk'}")).status());
        assertEquals(List.of("priya.raman@oak.sch.uk", "priya@oak.sch.uk"), strings(participant(priya).getAsJsonArray("emails")));
        assertEquals(200, patch(mona, json("{'email':'mona.m@oak.sch.uk'}")).status());
        assertEquals("mona.m@oak.sch.uk", participant(mona).get("email").getAsString());
    }

    @Test
    @DisplayName("After leaving or completing only support changes details (OVR-DETAILS, reason needed; old email kept)")
    void detailsAfterLeaving() {
        // rule: CECT-2, CMEN-1, OVR-DETAILS
        String priya = priyaAtOak();
        complete(priya);
        assertRefused(patch(priya, json("{'email':'p@home.example'}")), 409, "participant_not_training", "CECT-2");
        assertRefused(patch(priya, json("{'email':'p@home.example','override':true}")), 422, "reason_required",
                "OVR-DETAILS");

        Api.Reply reply = patch(priya, json("{'email':'p@home.example','override':true,"
                + "'reason':'Ticket 7: she asked us to use her home address'}"));

        assertEquals(200, reply.status(), reply.body());
        assertEquals(List.of("p@home.example", "priya@oak.sch.uk"), strings(participant(priya).getAsJsonArray("emails")));
        assertTrue(operations(history("/participants/" + priya)).contains("OVR-DETAILS"));

        String mona = monaAtOak();
        post("/participants/" + mona + "/leaving", json("{'school_urn':'" + OAK + "','leaving_date':'2026-10-01'}"),
                version("/participants/" + mona));
        assertRefused(patch(mona, json("{'full_name':'Mona Smith','name_change_reason':'married_or_changed_name'}")),
                409, "participant_not_training", "CMEN-1");
        assertEquals("Mona Mentor", participant(mona).get("full_name").getAsString());
    }

    @Test
    @DisplayName("TRN, date of birth and provider are not changed here")
    void protectedFields() {
        // rule: CECT-6, CMEN-3, CMEN-1
        String priya = priyaAtOak();
        String mona = monaAtOak();
        assertRefused(patch(priya, json("{'trn':'1234567'}")), 422, "field_not_changeable", "CECT-6");
        assertRefused(patch(mona, json("{'date_of_birth':'1980-06-03'}")), 422, "field_not_changeable", "CMEN-3");
        assertEquals(200, patch(mona, json("{'full_name':'Mona Mentor-Hale','name_change_reason':'entered_incorrectly'}"))
                .status());
        assertEquals("Mona Mentor-Hale", participant(mona).get("full_name").getAsString(), "CMEN-1: while not left");
        assertEquals("1000001", participant(priya).get("trn").getAsString());
        assertEquals("1000003", participant(mona).get("trn").getAsString());
    }

    @Test
    @DisplayName("An ECT's own body may differ from the cohort default, among those the school may appoint")
    void ectAppropriateBody() {
        // rule: CECT-5, AB-3, AB-4, AB-5
        String priya = priyaAtOak();
        String path = "/participants/" + priya + "/appropriate-body";
        assertRefused(put(path, json("{'appropriate_body_id':'ab-istip'}"), version("/participants/" + priya)), 422,
                "appropriate_body_not_allowed", "AB-4");
        assertRefused(put(path, json("{'appropriate_body_id':'ab-esp'}"), version("/participants/" + priya)), 422,
                "appropriate_body_not_allowed", "AB-5");

        Api.Reply reply = put(path, json("{'appropriate_body_id':'ab-hub-2'}"), version("/participants/" + priya));

        assertEquals(200, reply.status(), reply.body());
        assertEquals("ab-hub-2", record(participant(priya), 0).get("appropriate_body_id").getAsString(), "AB-3");
        assertTrue(operations(history("/participants/" + priya)).contains("CECT-5"));
        String mona = monaAtOak();
        assertRefused(put("/participants/" + mona + "/appropriate-body", json("{'appropriate_body_id':'ab-hub'}"),
                version("/participants/" + mona)), 422, "not_an_ect", "CECT-5");
    }

    @Test
    @DisplayName("ECTs filter as training, completed or left; the induction start date shows; mentors as mentoring or not")
    void filters() {
        // rule: VECT-1, VECT-2, VMEN-1
        String priya = priyaAtOak();
        String tom = tomAtOak();
        String ada = created(addEct(OAK, person("1000006", LocalDate.of(1997, 12, 10), "Ada Lovelace", "ada@oak.sch.uk")));
        String mona = monaAtOak();
        String max = created(addMentor(OAK, person("1000005", LocalDate.of(1982, 8, 8), "Max Second", "max@oak.sch.uk")));
        complete(tom);
        post("/participants/" + ada + "/leaving", json("{'school_urn':'" + OAK + "','leaving_date':'2026-10-01'}"),
                version("/participants/" + ada));
        assignMentor(priya, mona);

        assertEquals(List.of(priya), ids(api.get("/participants?school=" + OAK + "&type=ect&status=training", viewer)));
        assertEquals(List.of(tom), ids(api.get("/participants?school=" + OAK + "&status=completed", viewer)));
        assertEquals(List.of(ada), ids(api.get("/participants?school=" + OAK + "&type=ect&status=left", viewer)));
        assertEquals(List.of(mona), ids(api.get("/participants?school=" + OAK + "&status=mentoring", viewer)));
        assertEquals(List.of(max), ids(api.get("/participants?school=" + OAK + "&status=not_mentoring", viewer)));
        assertEquals("2026-09-01", participant(priya).get("induction_start_date").getAsString(), "VECT-2");
        assertEquals(2026, participant(priya).get("cohort").getAsInt(), "support sees the cohort too");
    }

    @Test
    @DisplayName("Two agents change one participant from the same version: exactly one succeeds, the other gets 412")
    void concurrentChanges() throws Exception {
        String priya = priyaAtOak();
        long v = version("/participants/" + priya);
        String otherAgent = fixture.token(Role.AGENT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Api.Reply> first = () -> write("PATCH", "/participants/" + priya, agent,
                    json("{'email':'first@oak.sch.uk'}"), v);
            Callable<Api.Reply> second = () -> write("PATCH", "/participants/" + priya, otherAgent,
                    json("{'email':'second@oak.sch.uk'}"), v);
            Future<Api.Reply> a = pool.submit(first);
            Future<Api.Reply> b = pool.submit(second);
            List<Api.Reply> replies = List.of(a.get(), b.get());

            List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
            assertEquals(List.of(200, 412), statuses, replies.toString());
            Api.Reply loser = replies.stream().filter(r -> r.status() == 412).findFirst().orElseThrow();
            assertError(loser, 412, "version_conflict");
            JsonObject current = loser.json().getAsJsonObject("meta").getAsJsonObject("current");
            assertEquals(v + 1, current.get("version").getAsLong());
            String winnerEmail = participant(priya).get("email").getAsString();
            assertEquals(winnerEmail, current.getAsJsonObject("attributes").get("email").getAsString());
            assertEquals(2, participant(priya).getAsJsonArray("emails").size(), "one change only: the new primary and the old");
        } finally {
            pool.shutdownNow();
        }
    }
}
