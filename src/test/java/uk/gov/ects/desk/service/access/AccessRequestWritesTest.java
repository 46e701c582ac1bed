package uk.gov.ects.desk.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

class AccessRequestWritesTest extends WriteTestBase {

    @BeforeEach
    void data() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "jane.doe@school.org.uk")
                .school("100047", "Little Acorns Children's Centre", 47, "201", "EC1A 2BB", "hello@acorns.org.uk")
                .school("100024", "Secure Unit", 24, "201", "EC1A 3CC", "office@secure.gov.uk");
    }

    @Test
    @DisplayName("ACC-5, ACC-3: the access link is emailed to the GIAS email; the answer and the log show it redacted")
    void accessLink() {
        Api.Reply reply = post("/access-requests", json("{'urn':'100001'}"));
        assertEquals(200, reply.status(), reply.body());
        JsonObject sent = reply.json().getAsJsonObject("meta").getAsJsonArray("emails").get(0).getAsJsonObject();
        assertEquals("j****e@school.org.uk", sent.get("to").getAsString()); // rule: ACC-3
        assertEquals("access_link", sent.get("template").getAsString());
        assertFalse(reply.body().contains("jane.doe"));
        JsonArray log = emails("?school=100001");
        assertEquals(1, log.size()); // rule: ACC-5
        assertEquals("j****e@school.org.uk", log.get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("to").getAsString());
        assertEquals("ACC-5", history("/schools/100001").get(0).getAsJsonObject().getAsJsonObject("attributes")
                .get("operation").getAsString());
    }

    @Test
    @DisplayName("ACC-2: the school found by local authority and name, and the answer to the request, show its URN and address")
    void urnAndAddressConfirmTheSchool() {
        JsonObject found = api.get("/schools?la=201&q=Oak", viewer).json().getAsJsonArray("data").get(0)
                .getAsJsonObject().getAsJsonObject("attributes");
        assertSchoolShown(found); // rule: ACC-1, ACC-2

        Api.Reply reply = post("/access-requests", json("{'urn':'100001'}"));
        assertEquals(200, reply.status(), reply.body());
        JsonObject answered = reply.attributes();
        assertSchoolShown(answered); // rule: ACC-2
        assertEquals("j****e@school.org.uk", answered.get("gias_email").getAsString()); // rule: ACC-3
        assertFalse(reply.body().contains("jane.doe"));
    }

    private static void assertSchoolShown(JsonObject school) {
        assertEquals("100001", school.get("urn").getAsString());
        assertEquals("Oak Primary", school.get("name").getAsString());
        assertEquals("1 High Street", school.get("address_line1").getAsString());
        assertEquals("EC1A 1AA", school.get("postcode").getAsString());
    }

    @Test
    @DisplayName("ACC-6, ACC-7: the link may be requested any number of times, with or without an induction tutor")
    void anyNumberOfTimes() {
        assertEquals(200, post("/access-requests", json("{'urn':'100001'}")).status());
        assertEquals(200, post("/access-requests", json("{'urn':'100001'}")).status()); // rule: ACC-6
        fixture.inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk");
        assertEquals(200, post("/access-requests", json("{'urn':'100001'}")).status()); // rule: ACC-7
        assertEquals(3, emails("?school=100001").size());
        assertEquals("Pat Tutor", api.get("/schools/100001", viewer).attributes().getAsJsonObject("induction_tutor")
                .get("full_name").getAsString());
    }

    @Test
    @DisplayName("ACC-1: an unknown or ineligible school gets no link; ACC-4: the GIAS email is not changed by the request")
    void unknownOrIneligible() {
        Api.Reply unknown = post("/access-requests", json("{'urn':'999999'}"));
        assertError(unknown, 422, "school_not_found");
        assertEquals("ACC-1", unknown.firstError().get("rule").getAsString());
        assertError(post("/access-requests", json("{'urn':'100024'}")), 422, "school_not_found");
        assertError(post("/access-requests", json("{}")), 422, "field_required");
        assertEquals(0, count("emails"));
        // rule: ACC-4
        assertEquals("j****e@school.org.uk", api.get("/schools/100001", viewer).attributes().get("gias_email").getAsString());
    }

    @Test
    @DisplayName("A children's centre receives no emails: the link request is refused (409 no_gias_email) and nothing is sent")
    void childrensCentre() {
        Api.Reply reply = post("/access-requests", json("{'urn':'100047'}"));
        assertError(reply, 409, "no_gias_email");
        assertEquals(0, count("emails"));
    }

    @Test
    @DisplayName("OVR-ACCESS: support resends the link with a reason")
    void resend() {
        assertError(post("/access-requests/100001/resend", json("{}")), 422, "reason_required");
        Api.Reply reply = post("/access-requests/100001/resend", json("{'reason':'Head teacher did not get the link'}"));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, emails("?school=100001").size());
        JsonObject event = history("/schools/100001").get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("OVR-ACCESS", event.get("operation").getAsString());
        assertEquals("Head teacher did not get the link", event.get("reason").getAsString());
    }
}
