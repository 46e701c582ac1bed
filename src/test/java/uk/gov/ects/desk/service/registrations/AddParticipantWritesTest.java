package uk.gov.ects.desk.service.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;

/** POST /schools/{urn}/ects and /mentors over HTTP: ECT-1..ECT-11, MEN-1..MEN-9, LINK-1, X-PII. */
class AddParticipantWritesTest extends ParticipantOpsTestBase {

    @Test
    @DisplayName("An ECT matching the TRA record is registered with QTS and induction start from the record, and emailed")
    void addsAnEct() {
        // rule: ECT-2, ECT-8, ECT-9, ECT-6
        Api.Reply reply = addEct(OAK, person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk"));

        String id = created(reply);
        JsonObject priya = participant(id);
        assertEquals("Priya Raman", priya.get("full_name").getAsString());
        assertEquals("ect", priya.get("type").getAsString());
        assertEquals("1000001", priya.get("trn").getAsString());
        assertEquals(OAK, priya.get("school_urn").getAsString());
        assertEquals(2026, priya.get("cohort").getAsInt());
        assertEquals("active", priya.get("status").getAsString());
        assertEquals("2026-07-01", priya.get("qts_date").getAsString(), "ECT-9: from the TRA record");
        assertEquals("2026-09-01", priya.get("induction_start_date").getAsString(), "ECT-9: from the TRA record");
        assertEquals("validated", priya.getAsJsonObject("validation").get("status").getAsString());
        assertEquals("eligible", priya.getAsJsonObject("eligibility").get("status").getAsString());
        JsonObject record = record(priya, 0);
        assertEquals("full_induction_programme", record.get("programme").getAsString());
        assertEquals("lp-1", record.get("lead_provider_id").getAsString());
        assertEquals("ab-hub", record.get("appropriate_body_id").getAsString(), "ECT-6: the cohort's default body");
        assertEquals(List.of("ect_registered->priya@oak.sch.uk"), emailsAbout(id));
        assertEquals(List.of("ECT-2"), operations(history("/participants/" + id)));
    }

    @Test
    @DisplayName("With no match by TRN, the lookup is retried by NI number and date of birth")
    void retriesWithTheNiNumber() {
        // rule: ECT-2
        JsonObject body = with(person("7777777", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk"), "nino", "QQ 12 34 56 C");

        String id = created(addEct(OAK, body));

        assertEquals("1000001", participant(id).get("trn").getAsString(), "the record's TRN is kept");
    }

    @Test
    @DisplayName("A different first name is refused as name_mismatch asking for known_as, then accepted with it")
    void nameMismatchAsksForKnownAs() {
        // rule: ECT-3
        JsonObject body = person("1000001", PRIYA_DOB, "Jo Raman", "priya@oak.sch.uk");
        long participants = count("participants");

        Api.Reply refused = addEct(OAK, body);

        assertRefused(refused, 422, "name_mismatch", "ECT-3");
        assertEquals("/known_as", pointer(refused));
        assertFalse(refused.body().contains("Priya"), "the record's name is not leaked");
        assertEquals(participants, count("participants"));
        String id = created(addEct(OAK, with(body, "known_as", "Priya")));
        assertEquals("Jo Raman", participant(id).get("full_name").getAsString());
    }

    @Test
    @DisplayName("A teacher not in the TRA record is not added; the error names failed checks, not the record")
    void noMatchIsRefused() {
        // rule: ECT-4
        Api.Reply reply = addEct(OAK, person("1000001", LocalDate.of(1990, 1, 1), "Sam Jones", "sam@oak.sch.uk"));

        assertRefused(reply, 422, "no_match", "ECT-4");
        assertTrue(reply.firstError().get("detail").getAsString().contains("date of birth"), reply.body());
        assertFalse(reply.body().contains("Priya") || reply.body().contains("1994"), reply.body());
        assertEquals(0, count("participants"));
        assertEquals(0, count("emails"));
    }

    @Test
    @DisplayName("Email is required and must not belong to anyone else")
    void emailRequiredAndUnique() {
        // rule: ECT-5
        JsonObject noEmail = person("1000001", PRIYA_DOB, "Priya Raman", "x@y.uk");
        noEmail.remove("email");
        assertRefused(addEct(OAK, noEmail), 422, "email_required", "ECT-5");
        assertRefused(addEct(OAK, person("1000001", PRIYA_DOB, "Priya Raman", "PAT@oak.sch.uk")), 422,
                "email_in_use", "ECT-5");
        assertEquals(0, count("participants"));
    }

    @Test
    @DisplayName("The school may pick another allowed body for the ECT; ISTIP is refused for a non-independent school")
    void appropriateBodyOnAdd() {
        // rule: ECT-6, AB-4
        JsonObject body = person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk");
        assertRefused(addEct(OAK, with(body, "appropriate_body_id", "ab-istip")), 422, "appropriate_body_not_allowed",
                "AB-4");
        String id = created(addEct(OAK, with(body, "appropriate_body_id", "ab-hub-2")));
        assertEquals("ab-hub-2", record(participant(id), 0).get("appropriate_body_id").getAsString());
    }

    @Test
    @DisplayName("A cohort needs its default programme, and registration must have opened")
    void programmeAndRegistrationWindow() {
        // rule: ECT-1, ECT-7
        assertRefused(addEct(ELM, person("1000001", PRIYA_DOB, "Priya Raman", "priya@elm.sch.uk")), 422,
                "no_default_programme", "ECT-1");
        JsonObject nextYear = person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk");
        nextYear.addProperty("cohort", 2027);
        assertRefused(addEct(OAK, nextYear), 422, "registration_not_open", "ECT-7");
        assertEquals(0, count("participants"));
        moveClockTo("2027-04-02T09:00:00Z");
        assertEquals(2027, participant(created(addEct(OAK, nextYear))).get("cohort").getAsInt());
    }

    @Test
    @DisplayName("An ECT without QTS is added but needs a manual check for funding")
    void noQts() {
        // rule: ECT-10
        String id = created(addEct(OAK, person("1000002", LocalDate.of(1996, 1, 5), "Tom Baker", "tom@oak.sch.uk")));

        JsonObject eligibility = participant(id).getAsJsonObject("eligibility");
        assertEquals("manual_check", eligibility.get("status").getAsString());
        assertEquals("no_qts", eligibility.get("reason").getAsString());
        assertTrue(participant(id).get("qts_date").isJsonNull());
    }

    @Test
    @DisplayName("A teacher registered as a mentor cannot be added as an ECT; an ECT again gets already_registered")
    void registeredTeachers() {
        // rule: ECT-11, TECT-2
        monaAtOak();
        assertRefused(addEct(OAK, person("1000003", MONA_DOB, "Mona Mentor", "mona2@oak.sch.uk")), 422,
                "registered_as_mentor", "ECT-11");
        String priya = priyaAtOak();
        Api.Reply again = addEct(BIRCH, person("1000001", PRIYA_DOB, "Priya Raman", "priya@birch.sch.uk"));
        assertRefused(again, 409, "already_registered", "TECT-2");
        assertTrue(again.firstError().get("detail").getAsString().contains(priya), "names the participant id");
    }

    @Test
    @DisplayName("The NI number is used for the lookup only: never stored, shown, logged in history or emailed")
    void niNumberNeverKept() {
        // rule: X-PII
        String id = created(addEct(OAK, with(person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk"),
                "nino", "QQ123456C")));

        for (Api.Reply reply : List.of(api.get("/participants/" + id, viewer), api.get("/changes?after=0", viewer),
                api.get("/participants/" + id + "/history", viewer), api.get("/emails", viewer))) {
            assertFalse(reply.body().contains("QQ123456C"), reply.body());
            assertFalse(reply.body().contains(PRIYA_DOB.toString()), reply.body());
        }
        assertEquals(0, number("SELECT COUNT(*) FROM participants WHERE full_name LIKE '%QQ%'"));
    }

    @Test
    @DisplayName("A mentor can be assigned while adding an ECT, from the school's pool")
    void mentorOnAdd() {
        // rule: LINK-1, LINK-2
        String mona = monaAtOak();
        JsonObject body = person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk");

        String priya = created(addEct(OAK, with(body, "mentor_id", mona)));

        assertEquals(mona, participant(priya).getAsJsonObject("mentor").get("id").getAsString());
        assertEquals(List.of(priya), strings(participant(mona).getAsJsonArray("mentees")));
        assertEquals(java.util.Set.of("LINK-1", "MEN-2"), java.util.Set.copyOf(operations(history("/participants/" + mona))));
    }

    @Test
    @DisplayName("A mentor matching the TRA record joins the school's pool with the school's provider and is emailed")
    void addsAMentor() {
        // rule: MEN-2, MEN-6, MEN-8
        long schoolVersion = version("/schools/" + OAK);

        String mona = monaAtOak();

        JsonObject attributes = participant(mona);
        assertEquals("mentor", attributes.get("type").getAsString());
        assertEquals(List.of(OAK), strings(attributes.getAsJsonArray("mentor_pools")));
        assertEquals("lp-1", record(attributes, 0).get("lead_provider_id").getAsString(), "MEN-6");
        assertEquals(List.of("mentor_registered->mona@oak.sch.uk"), emailsAbout(mona));
        assertEquals(schoolVersion + 1, version("/schools/" + OAK), "the pool size changed");
        assertEquals(1, api.get("/schools/" + OAK, viewer).attributes().get("mentor_pool_size").getAsInt());
    }

    @Test
    @DisplayName("Mentor: programme needed, TRA match needed, name mismatch as ECT-3, email unique, window open")
    void mentorRefusals() {
        // rule: MEN-1, MEN-2, MEN-3, MEN-4, MEN-7
        assertRefused(addMentor(ELM, person("1000003", MONA_DOB, "Mona Mentor", "mona@elm.sch.uk")), 422,
                "no_default_programme", "MEN-1");
        assertRefused(addMentor(OAK, person("1000003", LocalDate.of(1970, 1, 1), "Ann Other", "mona@oak.sch.uk")),
                422, "no_match", "MEN-2");
        assertRefused(addMentor(OAK, person("1000003", MONA_DOB, "Ramona Mentor", "mona@oak.sch.uk")), 422,
                "name_mismatch", "MEN-3");
        assertRefused(addMentor(OAK, person("1000003", MONA_DOB, "Mona Mentor", "bea@birch.sch.uk")), 422,
                "email_in_use", "MEN-4");
        JsonObject nextYear = person("1000003", MONA_DOB, "Mona Mentor", "mona@oak.sch.uk");
        nextYear.addProperty("cohort", 2027);
        assertRefused(addMentor(OAK, nextYear), 422, "registration_not_open", "MEN-7");
        assertEquals(0, count("participants"));
        assertEquals(0, count("emails"));
    }

    @Test
    @DisplayName("A SIT may add themselves as a mentor with their own address; no mentor email is sent to them")
    void sitAddsThemselves() {
        // rule: MEN-5, MEN-8
        String pat = created(addMentor(OAK, person("1000004", LocalDate.of(1975, 2, 2), "Pat Tutor", "pat@oak.sch.uk")));

        assertEquals(List.of(OAK), strings(participant(pat).getAsJsonArray("mentor_pools")));
        assertEquals(List.of(), emailsAbout(pat));
    }

    @Test
    @DisplayName("Mentor training is optional: a mentor at a school with no provider has none")
    void mentorTrainingOptional() {
        // rule: MEN-9
        String max = created(addMentor(BIRCH, person("1000005", LocalDate.of(1982, 8, 8), "Max Second",
                "max@birch.sch.uk")));

        assertTrue(record(participant(max), 0).get("lead_provider_id").isJsonNull());
        assertEquals("core_induction_programme", record(participant(max), 0).get("programme").getAsString());
    }

    @Test
    @DisplayName("?preview=true for an add answers the would-be ECT and emails, and writes nothing")
    void previewWritesNothing() {
        long seq = lastSeq();
        long audits = count("audit_events");

        Api.Reply preview = post("/schools/" + OAK + "/ects?preview=true",
                person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk").toString());

        assertTrue(preview.status() == 200 || preview.status() == 201, preview.body());
        assertEquals("Priya Raman", preview.attributes().get("full_name").getAsString());
        JsonObject meta = preview.json().getAsJsonObject("meta");
        assertTrue(meta.get("preview").getAsBoolean());
        assertEquals("ect_registered", meta.getAsJsonArray("emails").get(0).getAsJsonObject().get("template").getAsString());
        assertEquals(seq, lastSeq(), "feed unchanged");
        assertEquals(audits, count("audit_events"), "audit unchanged");
        assertEquals(0, count("emails"), "nothing sent");
        assertEquals(0, count("participants"));
        assertEquals(0, emails("").size());
    }

    @Test
    @DisplayName("Bad bodies name the field and store nothing")
    void badBodies() {
        JsonObject good = person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk");
        JsonObject noTrn = good.deepCopy();
        noTrn.remove("trn");
        Api.Reply missing = addEct(OAK, noTrn);
        assertError(missing, 422, "field_required");
        assertEquals("/trn", pointer(missing));

        JsonObject numberTrn = good.deepCopy();
        numberTrn.addProperty("trn", 1000001);
        Api.Reply wrongType = addEct(OAK, numberTrn);
        assertError(wrongType, 400, "wrong_type");
        assertEquals("/trn", pointer(wrongType));

        Api.Reply impossible = addEct(OAK, with(good, "date_of_birth", "2026-02-30"));
        assertError(impossible, 422, "invalid_date");
        assertEquals("/date_of_birth", pointer(impossible));

        Api.Reply longName = addEct(OAK, with(good, "full_name", "P".repeat(5000)));
        assertEquals(422, longName.status(), longName.body());
        assertEquals("/full_name", pointer(longName));

        Api.Reply textCohort = addEct(OAK, with(good, "cohort", "2026"));
        assertError(textCohort, 400, "wrong_type");
        assertEquals("/cohort", pointer(textCohort));

        assertEquals(0, count("participants"));
        assertEquals(0, count("induction_records"));
        assertEquals(0, count("audit_events"));
    }
}
