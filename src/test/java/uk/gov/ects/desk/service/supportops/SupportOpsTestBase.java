package uk.gov.ects.desk.service.supportops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

/**
 * Two schools with FIP for 2026 and a partnership each; at Oak a mentor (m-1, in Oak's pool) and
 * an ECT (e-1) paired with them. The clock is fixed at 2026-10-01.
 */
abstract class SupportOpsTestBase extends WriteTestBase {

    static final String REASON = "School emailed support, see the ticket";
    static final String AGENT_NAME = "Sam agent";
    static final String LEAD_NAME = "Sam lead";

    @BeforeEach
    void data() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2025).cohort(2026).cohort(2027)
                .leadProvider("lp-a", "Ambition Institute").leadProvider("lp-b", "Best Practice Network")
                .deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2026, "lp-a", "dp-n").pairing(2026, "lp-b", "dp-n")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk")
                .inductionTutor("100002", "Lee Birch", "lee@birch.sch.uk")
                .schoolCohort("100001", 2025, "core_induction_programme", null)
                .schoolCohort("100001", 2026, "full_induction_programme", null)
                .schoolCohort("100002", 2026, "full_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .partnership("p-2", "100002", 2026, "lp-b", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .participant("m-1", "mentor", "Mo Mentor", "2222222", LocalDate.of(1980, 1, 2), "100001", 2026,
                        "mo@oak.sch.uk")
                .inductionRecord("ir-m1", "m-1", "100001", 2026, "lp-a", "dp-n", null, null, LocalDate.of(2026, 9, 1), null)
                .mentorPool("m-1", "100001")
                .participant("e-1", "ect", "Jane Smith", "7654321", LocalDate.of(1995, 4, 21), "100001", 2026,
                        "jane@oak.sch.uk")
                .inductionRecord("ir-e1", "e-1", "100001", 2026, "lp-a", "dp-n", null, "m-1", LocalDate.of(2026, 9, 1),
                        null);
    }

    /** A support operation on a participant, with its current version as If-Match. */
    Api.Reply op(String method, String participantId, String subPath, String token, String body) {
        return write(method, "/participants/" + participantId + subPath, token, json(body),
                version("/participants/" + participantId));
    }

    JsonObject participant(String id) {
        Api.Reply reply = api.get("/participants/" + id, viewer);
        assertEquals(200, reply.status(), reply.body());
        return reply.attributes();
    }

    /**
     * The event a write recorded on this participant, found in the participant's history by the
     * write's {@code meta.audit_event_ids} (with a fixed clock several events share one time).
     */
    JsonObject event(Api.Reply reply, String participantId) {
        return event(reply, "/participants/" + participantId, participantId);
    }

    JsonObject event(Api.Reply reply, String historyPath, String targetId) {
        List<String> written = new ArrayList<>();
        reply.json().getAsJsonObject("meta").getAsJsonArray("audit_event_ids").forEach(id -> written.add(id.getAsString()));
        for (JsonElement element : history(historyPath)) {
            JsonObject event = element.getAsJsonObject();
            JsonObject attributes = event.getAsJsonObject("attributes");
            if (written.contains(event.get("id").getAsString()) && targetId.equals(text(attributes, "target_id"))) {
                return attributes;
            }
        }
        throw new AssertionError("no event of this write on " + targetId + " in " + historyPath);
    }

    /** The {before, after} of one field in an audit event. */
    static JsonObject change(JsonObject event, String field) {
        for (JsonElement element : event.getAsJsonArray("changes")) {
            if (field.equals(element.getAsJsonObject().get("field").getAsString())) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no change of " + field + " in " + event);
    }

    static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    static List<String> values(JsonArray array, String field) {
        List<String> values = new ArrayList<>();
        for (JsonElement element : array) {
            JsonObject object = element.getAsJsonObject();
            if (object.has("attributes")) {
                object = object.getAsJsonObject("attributes");
            }
            values.add(text(object, field));
        }
        return values;
    }

    /** The record with this id among the participant's induction records. */
    static JsonObject inductionRecord(JsonObject participant, String id) {
        for (JsonElement element : participant.getAsJsonArray("induction_records")) {
            if (id.equals(element.getAsJsonObject().get("id").getAsString())) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no induction record " + id);
    }

    static JsonObject lastInductionRecord(JsonObject participant) {
        JsonArray records = participant.getAsJsonArray("induction_records");
        return records.get(records.size() - 1).getAsJsonObject();
    }

    /** Moves the service clock over the API, as a lead would on a fixed-clock service. */
    void moveClockTo(String instant) {
        Api.Reply reply = api.post("/test-clock", lead, "{\"now\":\"" + instant + "\"}");
        assertEquals(200, reply.status(), reply.body());
    }

    void sql(String statement, Object... values) {
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(statement)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.executeUpdate();
            }
            return null;
        });
    }

    static void assertRefused(Api.Reply reply, int status, String code, String rule) {
        assertError(reply, status, code);
        assertEquals(rule, text(reply.firstError(), "rule"), reply.body());
    }
}
