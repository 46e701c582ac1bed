package uk.gov.ects.desk.service.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

class NoteWritesTest extends WriteTestBase {

    @BeforeEach
    void data() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk");
    }

    @Test
    @DisplayName("OVR-NOTE: a note is stored, listed for its target, in the change feed and in the school's history")
    void addNote() {
        long seq = lastSeq();
        Api.Reply reply = post("/notes", json("{'target':'school:100001','body':'Called the head; will send the TRN.'}"));
        assertEquals(201, reply.status(), reply.body());
        assertEquals("note", reply.data().get("type").getAsString());
        assertEquals("Sam agent", reply.attributes().get("author").getAsString());
        String id = reply.data().get("id").getAsString();
        assertEquals(id, api.get("/notes?target=school:100001", viewer).json().getAsJsonArray("data").get(0)
                .getAsJsonObject().get("id").getAsString());
        assertEquals(seq + 1, lastSeq(), "one feed row: the note");
        JsonObject event = history("/schools/100001").get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("OVR-NOTE", event.get("operation").getAsString());
        assertEquals("Called the head; will send the TRN.", event.getAsJsonArray("changes").get(0).getAsJsonObject()
                .get("after").getAsString());
        assertEquals(1, version("/schools/100001"), "a note does not change the school");
    }

    @Test
    @DisplayName("OVR-NOTE: a note needs a known target and text")
    void refused() {
        assertError(post("/notes", json("{'target':'school:999999','body':'Hello there'}")), 422, "note_target_not_found");
        assertError(post("/notes", json("{'target':'teacher:1','body':'Hello there'}")), 422, "note_target_invalid");
        assertError(post("/notes", json("{'target':'school:100001','body':'  '}")), 422, "note_required");
        assertError(post("/notes", json("{'target':'school:100001','body':'" + "x".repeat(5001) + "'}")), 422,
                "note_too_long");
        assertEquals(0, count("notes"));
    }
}
