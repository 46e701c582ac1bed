package uk.gov.ects.desk.service.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

class CohortAppropriateBodyWritesTest extends WriteTestBase {

    @BeforeEach
    void data() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2026)
                .appropriateBody("ab-tsh-1", "Alpha Teaching School Hub", "teaching_school_hub", null)
                .appropriateBody("ab-tsh-2", "Beta Teaching School Hub", "teaching_school_hub", null)
                .appropriateBody("ab-la-old", "Old Borough Council", "local_authority", 2026)
                .appropriateBody("istip", "Independent Schools Teacher Induction Panel", "national", null)
                .appropriateBody("esp", "Educational Success Partners", "national", null)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .school("100011", "Cedar Independent", 11, "201", "EC2B 3CD", null)
                .school("100037", "British School of Lisbon", 37, "201", "EC3C 4DD", null);
    }

    private Api.Reply set(String urn, String body) {
        return put("/schools/" + urn + "/cohorts/2026/appropriate-body", json(body), version("/schools/" + urn));
    }

    private String body(String urn) {
        JsonObject cohort = api.get("/schools/" + urn, viewer).attributes().getAsJsonArray("cohorts").get(0)
                .getAsJsonObject();
        return cohort.get("appropriate_body_id").isJsonNull() ? null : cohort.get("appropriate_body_id").getAsString();
    }

    @Test
    @DisplayName("AB-1, AB-3: any school may report a teaching school hub for a cohort, before choosing its programme")
    void teachingSchoolHub() {
        Api.Reply reply = set("100001", "{'appropriate_body_id':'ab-tsh-1'}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("ab-tsh-1", body("100001"));
        assertEquals("AB-1", history("/schools/100001").get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("operation").getAsString());
        assertError(set("100001", "{'appropriate_body_id':'ab-nope'}"), 422, "appropriate_body_not_found");
    }

    @Test
    @DisplayName("AB-2: a body disabled from 2026 cannot be appointed for 2026")
    void disabledBody() {
        StoreMarks before = marks();
        Api.Reply reply = set("100001", "{'appropriate_body_id':'ab-la-old'}");
        assertRefusedBy(reply, 422, "appropriate_body_not_available", "AB-2");
        assertNothingWrittenSince(before);
        assertEquals(0, api.get("/schools/100001", viewer).attributes().getAsJsonArray("cohorts").size(),
                "no cohort row was made for the refused body");
    }

    @Test
    @DisplayName("AB-4: only independent schools may appoint ISTIP; AB-5: only British schools overseas may appoint ESP")
    void nationalBodies() {
        StoreMarks before = marks();
        Api.Reply istip = set("100001", "{'appropriate_body_id':'istip'}");
        assertError(istip, 422, "appropriate_body_not_allowed");
        assertEquals("AB-4", istip.firstError().get("rule").getAsString());
        Api.Reply esp = set("100011", "{'appropriate_body_id':'esp'}");
        assertError(esp, 422, "appropriate_body_not_allowed");
        assertEquals("AB-5", esp.firstError().get("rule").getAsString());
        assertNothingWrittenSince(before);

        assertEquals(200, set("100011", "{'appropriate_body_id':'istip'}").status());
        assertEquals(200, set("100037", "{'appropriate_body_id':'esp'}").status());
        assertEquals("istip", body("100011"));
        assertEquals("esp", body("100037"));
    }

    @Test
    @DisplayName("OVR-AB: apply_to_current_ects moves ECTs who had the old default; an ECT with their own body keeps it")
    void applyToCurrentEcts() {
        fixture.schoolCohort("100001", 2026, "full_induction_programme", "ab-tsh-1")
                .participant("pp-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 12), "100001", 2026, null)
                .inductionRecord("ir-1", "pp-1", "100001", 2026, null, null, "ab-tsh-1", null, LocalDate.of(2026, 9, 1), null)
                .participant("pp-2", "ect", "Ravi Patel", "2345678", LocalDate.of(1994, 2, 1), "100001", 2026, null)
                .inductionRecord("ir-2", "pp-2", "100001", 2026, null, null, "ab-tsh-2", null, LocalDate.of(2026, 9, 1), null);
        Api.Reply reply = set("100001", "{'appropriate_body_id':'ab-tsh-2','apply_to_current_ects':true}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("ab-tsh-2", body("100001"));
        assertEquals("ab-tsh-2", api.get("/participants/pp-1", viewer).attributes().getAsJsonArray("induction_records")
                .get(0).getAsJsonObject().get("appropriate_body_id").getAsString());
        assertEquals("OVR-AB", history("/participants/pp-1").get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("operation").getAsString());
        assertEquals(0, history("/participants/pp-2").size(), "pp-2 already had a body of their own");
        assertEquals(2, reply.json().getAsJsonObject("meta").getAsJsonArray("audit_event_ids").size());

        Api.Reply unchanged = set("100001", "{'appropriate_body_id':'ab-tsh-2'}");
        assertRefusedBy(unchanged, 422, "appropriate_body_unchanged", "OVR-AB");
    }
}
