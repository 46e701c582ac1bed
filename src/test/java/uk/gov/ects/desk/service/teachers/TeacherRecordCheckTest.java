package uk.gov.ects.desk.service.teachers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/** GET /teacher-records/check against the local registry: outcome and checks only. */
class TeacherRecordCheckTest extends ServiceTestBase {

    private String agent;

    @BeforeEach
    void records() {
        agent = fixture.token(Role.AGENT);
        fixture.teacherRecord("1234567", "Priya Raman", LocalDate.of(1994, 3, 17), "QQ123456C");
    }

    @Test // rule: ECT-2
    void aMatchingTeacherPassesThreeChecks() {
        Api.Reply reply = api.get("/teacher-records/check?trn=1234567&date_of_birth=1994-03-17&name=Priya%20Raman", agent);

        assertEquals(200, reply.status(), reply.body());
        JsonObject attributes = reply.attributes();
        assertEquals("match", attributes.get("outcome").getAsString());
        assertEquals(List.of("trn", "date_of_birth", "name"), strings(attributes.getAsJsonArray("passed")));
        assertEquals(List.of(), strings(attributes.getAsJsonArray("failed")));
        assertNothingLeaked(reply);
    }

    @Test // rule: ECT-3
    void anotherFirstNameIsANameMismatch() {
        Api.Reply reply = api.get("/teacher-records/check?trn=1234567&date_of_birth=1994-03-17&name=Mrs%20Jo%20Raman", agent);

        assertEquals(200, reply.status(), reply.body());
        assertEquals("name_mismatch", reply.attributes().get("outcome").getAsString());
        assertEquals(List.of("name"), strings(reply.attributes().getAsJsonArray("failed")));
        assertNothingLeaked(reply);
    }

    @Test // rule: ECT-4
    void aRandomTrnWithTheWrongBirthDateIsNoMatchAndNamesTheFailedChecksOnly() {
        Api.Reply reply = api.get("/teacher-records/check?trn=1234567&date_of_birth=1980-01-01&name=Sam%20Jones"
                + "&nino=AB999999A", agent);

        assertEquals(200, reply.status(), reply.body());
        JsonObject attributes = reply.attributes();
        assertEquals("no_match", attributes.get("outcome").getAsString());
        assertEquals(List.of("trn"), strings(attributes.getAsJsonArray("passed")));
        assertEquals(List.of("date_of_birth", "ni_number", "name"), strings(attributes.getAsJsonArray("failed")));
        assertNothingLeaked(reply);
    }

    @Test
    void anUnknownTrnIsNoMatch() {
        Api.Reply reply = api.get("/teacher-records/check?trn=7654321&date_of_birth=1994-03-17&name=Priya", agent);

        assertEquals("no_match", reply.attributes().get("outcome").getAsString());
    }

    @Test
    void aViewerMayNotCheckRecords() {
        assertError(api.get("/teacher-records/check?trn=1234567&date_of_birth=1994-03-17&name=Priya", viewer),
                403, "forbidden");
    }

    @Test
    void anImpossibleBirthDateIsRefusedNamingTheParameter() {
        Api.Reply reply = api.get("/teacher-records/check?trn=1234567&date_of_birth=1994-02-30&name=Priya", agent);

        assertError(reply, 400, "invalid_parameter");
        assertEquals("/date_of_birth", reply.firstError().getAsJsonObject("source").get("pointer").getAsString());
    }

    private static void assertNothingLeaked(Api.Reply reply) {
        assertFalse(reply.body().contains("Priya"), reply.body());
        assertFalse(reply.body().contains("Raman"), reply.body());
        assertFalse(reply.body().contains("1994"), reply.body());
        assertFalse(reply.body().contains("QQ123456C"), reply.body());
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.getAsString()));
        return values;
    }
}
