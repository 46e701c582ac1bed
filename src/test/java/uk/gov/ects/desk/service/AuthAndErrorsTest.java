package uk.gov.ects.desk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

class AuthAndErrorsTest extends ServiceTestBase {

    @Test
    @DisplayName("No token, an unknown token or an expired token gets 401 unauthorised as an error envelope")
    void unauthorised() {
        fixture.school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk");
        assertError(api.get("/schools/100001", null), 401, "unauthorised");
        assertError(api.get("/schools/100001", "not-a-token"), 401, "unauthorised");
        String expired = fixture.token(Role.AGENT, Instant.now().minusSeconds(60));
        Api.Reply reply = api.get("/schools/100001", expired);
        assertError(reply, 401, "unauthorised");
        assertEquals(true, reply.firstError().get("detail").getAsString().contains("expired"));
    }

    @Test
    @DisplayName("GET /me names the agent and role; every role may ask, intake included")
    void me() {
        Api.Reply reply = api.get("/me", fixture.token(Role.LEAD));
        assertEquals(200, reply.status());
        assertEquals("agent", reply.data().get("type").getAsString());
        assertEquals("lead", reply.attributes().get("role").getAsString());
        assertEquals("Sam lead", reply.attributes().get("name").getAsString());
        assertEquals("intake", api.get("/me", fixture.token(Role.INTAKE)).attributes().get("role").getAsString());
    }

    @Test
    @DisplayName("The intake token (contact form) cannot read: 403 forbidden")
    void intakeCannotRead() {
        fixture.school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk");
        String intake = fixture.token(Role.INTAKE);
        assertError(api.get("/schools/100001", intake), 403, "forbidden");
        assertError(api.get("/changes?after=0", intake), 403, "forbidden");
        assertEquals(200, api.get("/schools/100001", viewer).status());
    }

    @Test
    @DisplayName("Unknown routes, unknown schools and wrong methods answer with the JSON envelope, never HTML")
    void notFoundAndWrongMethod() {
        assertError(api.get("/no-such-thing", viewer), 404, "not_found");
        assertError(api.send("GET", "/elsewhere", null, null), 404, "not_found");
        Api.Reply unknownSchool = api.get("/schools/999999", viewer);
        assertError(unknownSchool, 404, "not_found");
        assertEquals(true, unknownSchool.firstError().get("detail").getAsString().contains("999999"));
        Api.Reply wrongMethod = api.send("DELETE", "/api/support/v1/schools", viewer, null);
        assertError(wrongMethod, 405, "method_not_allowed");
        assertFalse(wrongMethod.body().contains("<html"));
    }

    @Test
    @DisplayName("Bad paging parameters get 400 with a pointer to the parameter")
    void badParameters() {
        Api.Reply reply = api.get("/schools?limit=501", viewer);
        assertError(reply, 400, "invalid_limit");
        assertEquals("/limit", reply.firstError().getAsJsonObject("source").get("pointer").getAsString());
        assertError(api.get("/schools?cursor=rubbish!", viewer), 400, "invalid_cursor");
        assertError(api.get("/schools?type=primary", viewer), 400, "invalid_parameter");
    }

    @Test
    @DisplayName("POST /test-clock: lead only, only on a fixed clock, and the new time persists")
    void testClock() {
        String lead = fixture.token(Role.LEAD);
        assertError(api.post("/test-clock", lead, "{\"now\":\"2026-11-01T10:00:00Z\"}"), 409, "clock_not_fixed");

        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z"));
        assertError(api.post("/test-clock", fixture.token(Role.AGENT), "{\"now\":\"2026-11-01T10:00:00Z\"}"),
                403, "forbidden");
        assertError(api.post("/test-clock", lead, "{\"now\":\"yesterday\"}"), 422, "invalid_now");

        Api.Reply moved = api.post("/test-clock", lead, "{\"now\":\"2026-11-01T10:00:00Z\"}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals("2026-11-01T10:00:00Z", moved.attributes().get("now").getAsString());
        // Persisted in the store: a clock built afresh over the same store sees it.
        assertEquals(Instant.parse("2026-11-01T10:00:00Z"), new uk.gov.ects.desk.service.clock.ServiceClock(db).now());
    }

    @Test
    @DisplayName("A token that expires by the service clock is refused once the fixed clock passes it")
    void expiryFollowsTheServiceClock() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z"));
        String token = fixture.token(Role.VIEWER, Instant.parse("2026-10-02T09:00:00Z"));
        assertEquals(200, api.get("/me", token).status());
        api.post("/test-clock", fixture.token(Role.LEAD), "{\"now\":\"2026-10-03T09:00:00Z\"}");
        assertError(api.get("/me", token), 401, "unauthorised");
    }

    @Test
    @DisplayName("An unexpected failure (the store gone) answers 500 internal_error as an envelope, no stack trace")
    void internalError() {
        db.close();
        Api.Reply reply = api.get("/me", viewer);
        assertError(reply, 500, "internal_error");
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("at uk.gov"), reply.body());
    }
}
