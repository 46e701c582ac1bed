package uk.gov.ects.desk.service.tutors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

class InductionTutorWritesTest extends WriteTestBase {

    private static final String PATH = "/schools/100001/induction-tutor";

    @BeforeEach
    void schools() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .school("100047", "Little Acorns Children's Centre", 47, "201", "EC1A 2BB", "hello@acorns.org.uk");
    }

    private Api.Reply tutor(String urn, String mode, String name, String email, String extra) {
        return put("/schools/" + urn + "/induction-tutor", json("{'mode':'" + mode + "','full_name':'" + name
                + "','email':'" + email + "'" + extra + "}"), version("/schools/" + urn));
    }

    private JsonObject tutorOf(String urn) {
        return api.get("/schools/" + urn, viewer).attributes().getAsJsonObject("induction_tutor");
    }

    @Test
    @DisplayName("SIT-2, SIT-3, SIT-5: nominating records the tutor, emails sign-in instructions and is in the history")
    void nominate() {
        Api.Reply reply = tutor("100001", "nominate", "Pat Tutor", "pat@oak.sch.uk", "");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("Pat Tutor", tutorOf("100001").get("full_name").getAsString());
        JsonArray sent = emails("?to=pat@oak.sch.uk");
        assertEquals(1, sent.size()); // rule: SIT-5
        assertEquals("induction_tutor_nominated", sent.get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("template").getAsString());
        JsonObject event = history("/schools/100001").get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("SIT-2", event.get("operation").getAsString());
        assertEquals("pat@oak.sch.uk", event.getAsJsonArray("changes").get(1).getAsJsonObject().get("after").getAsString());
    }

    @Test
    @DisplayName("SIT-2: a school has one tutor; nominating a second is refused (409 induction_tutor_exists)")
    void oneTutorPerSchool() {
        fixture.inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk");
        StoreMarks before = marks();
        Api.Reply reply = tutor("100001", "nominate", "Sam Other", "sam@oak.sch.uk", "");
        assertRefusedBy(reply, 409, "induction_tutor_exists", "SIT-2");
        assertNothingWrittenSince(before);
        assertEquals("Pat Tutor", tutorOf("100001").get("full_name").getAsString());
    }

    @Test
    @DisplayName("SIT-3: name and a well-formed email are required")
    void nameAndEmailRequired() {
        StoreMarks before = marks();
        Api.Reply noEmail = put(PATH, json("{'mode':'nominate','full_name':'Pat Tutor'}"), 1L);
        assertError(noEmail, 422, "email_required");
        assertEquals("SIT-3", noEmail.firstError().get("rule").getAsString());
        assertError(tutor("100001", "nominate", "Pat Tutor", "pat@oak", ""), 422, "email_invalid");
        assertNothingWrittenSince(before);
        assertTrue(api.get("/schools/100001", viewer).attributes().get("induction_tutor").isJsonNull());
    }

    @Test
    @DisplayName("SIT-4: an email held by a teacher cannot be the tutor's")
    void emailUnique() {
        fixture.participant("pp-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 12), "100001", 2026,
                "jane@oak.sch.uk");
        StoreMarks before = marks();
        Api.Reply reply = tutor("100001", "nominate", "Jane Smith", "JANE@oak.sch.uk", "");
        assertRefusedBy(reply, 422, "email_in_use", "SIT-4");
        assertEquals("/email", reply.firstError().getAsJsonObject("source").get("pointer").getAsString());
        assertNothingWrittenSince(before);
        assertTrue(api.get("/schools/100001", viewer).attributes().get("induction_tutor").isJsonNull(), "no tutor recorded");
    }

    @Test
    @DisplayName("MSIT-1, MSIT-2: the same person (name and email match) is tutor at two schools, each managed on its own")
    void oneTutorTwoSchools() {
        fixture.inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk");
        Api.Reply reply = tutor("100002", "nominate", "pat tutor", "pat@oak.sch.uk", "");
        assertEquals(200, reply.status(), reply.body()); // rule: MSIT-1
        assertEquals("pat@oak.sch.uk", tutorOf("100002").get("email").getAsString());
        assertEquals(1, count("induction_tutors"), "one person, two schools");
        // rule: MSIT-2, CSIT-5: replacing the tutor at one school leaves the other school as it was
        assertEquals(200, tutor("100002", "replace", "Sam Other", "sam@birch.sch.uk", "").status());
        assertEquals("Pat Tutor", tutorOf("100001").get("full_name").getAsString());
        assertEquals("Sam Other", tutorOf("100002").get("full_name").getAsString());
    }

    @Test
    @DisplayName("CSIT-1, CSIT-5, CSIT-6: replacing the tutor links the new person, unlinks the old and emails the new one")
    void replace() {
        fixture.inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk");
        Api.Reply reply = tutor("100001", "replace", "Sam Other", "sam@oak.sch.uk", "");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("sam@oak.sch.uk", tutorOf("100001").get("email").getAsString());
        assertEquals(1, emails("?to=sam@oak.sch.uk").size()); // rule: CSIT-6
        assertEquals(0, emails("?to=pat@oak.sch.uk").size());
        assertEquals(0, number("SELECT COUNT(*) FROM school_induction_tutors WHERE tutor_id = 'sit-100001'")); // rule: CSIT-5
        assertEquals("CSIT-1", history("/schools/100001").get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("operation").getAsString());
    }

    @Test
    @DisplayName("CSIT-2: same name and a new email changes the tutor's address; CSIT-3: same email, new name is refused")
    void changeEmailNotName() {
        fixture.inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk");
        StoreMarks before = marks();
        Api.Reply renamed = tutor("100001", "replace", "Patricia Tutor", "pat@oak.sch.uk", "");
        assertRefusedBy(renamed, 422, "name_change_needs_support", "CSIT-3");
        assertNothingWrittenSince(before);
        assertEquals("Pat Tutor", tutorOf("100001").get("full_name").getAsString());

        Api.Reply reply = tutor("100001", "replace", "Pat Tutor", "pat.tutor@oak.sch.uk", "");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("pat.tutor@oak.sch.uk", tutorOf("100001").get("email").getAsString());
        assertEquals("induction_tutor_email_changed", emails("?to=pat.tutor@oak.sch.uk").get(0).getAsJsonObject()
                .getAsJsonObject("attributes").get("template").getAsString()); // rule: CSIT-2
        assertEquals(1, count("induction_tutors"), "the same person");
    }

    @Test
    @DisplayName("CSIT-4: the new tutor's email must not belong to someone else")
    void replaceEmailInUse() {
        fixture.inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk")
                .inductionTutor("100002", "Lee Birch", "lee@birch.sch.uk");
        StoreMarks before = marks();
        Api.Reply reply = tutor("100001", "replace", "Sam Other", "lee@birch.sch.uk", "");
        assertRefusedBy(reply, 422, "email_in_use", "CSIT-4");
        assertNothingWrittenSince(before);
        assertEquals("Pat Tutor", tutorOf("100001").get("full_name").getAsString(), "the tutor stays");
    }

    @Test
    @DisplayName("OVR-SIT: support corrects the tutor's name with a reason; a different first name is refused")
    void supportUpdate() {
        fixture.inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk");
        Api.Reply other = tutor("100001", "update", "Sam Tutor", "pat@oak.sch.uk",
                ",'reason':'School asked us to fix the name'");
        assertRefusedBy(other, 422, "looks_like_different_person", "OVR-SIT");
        assertEquals("Pat Tutor", tutorOf("100001").get("full_name").getAsString());
        Api.Reply reply = tutor("100001", "update", "Pat Tutor-Jones", "pat@oak.sch.uk",
                ",'reason':'School asked us to fix the name'");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("Pat Tutor-Jones", tutorOf("100001").get("full_name").getAsString());
        JsonObject event = history("/schools/100001").get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("OVR-SIT", event.get("operation").getAsString());
        assertEquals("School asked us to fix the name", event.get("reason").getAsString());
        assertEquals(1, event.getAsJsonArray("changes").size(), "only the name changed");
        assertEquals(0, reply.json().getAsJsonObject("meta").getAsJsonArray("emails").size());
    }

    @Test
    @DisplayName("SIT-5 for a children's centre: the tutor is recorded but no email is sent (receives_emails false)")
    void childrensCentreGetsNoEmail() {
        Api.Reply reply = tutor("100047", "nominate", "Kim Acorn", "kim@acorns.org.uk", "");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("Kim Acorn", tutorOf("100047").get("full_name").getAsString());
        assertEquals(0, emails("?school=100047").size());
    }
}
