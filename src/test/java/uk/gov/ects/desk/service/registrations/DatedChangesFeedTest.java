package uk.gov.ects.desk.service.registrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;

/**
 * Dated changes reach the change feed on their day (EffectiveDatesJob): a cache synced from the feed
 * sees a leaver become {@code left} without anyone touching the participant again. Today is 2026-10-01.
 */
class DatedChangesFeedTest extends ParticipantOpsTestBase {

    private Api.Reply leaving(String participantId, String urn, String date) {
        return post("/participants/" + participantId + "/leaving",
                json("{'school_urn':'" + urn + "','leaving_date':'" + date + "'}"), version("/participants/" + participantId));
    }

    private long cursor() {
        return api.get("/changes?after=0&limit=5000", viewer).json().getAsJsonObject("meta").get("last_seq").getAsLong();
    }

    private JsonArray changesAfter(long cursor) {
        return api.get("/changes?after=" + cursor, viewer).json().getAsJsonArray("data");
    }

    private static List<String> keys(JsonArray changes) {
        List<String> keys = new ArrayList<>();
        for (JsonElement change : changes) {
            JsonObject row = change.getAsJsonObject();
            keys.add(row.get("type").getAsString() + ":" + row.get("id").getAsString());
        }
        return keys;
    }

    private static JsonObject row(JsonArray changes, String id) {
        for (JsonElement change : changes) {
            if (change.getAsJsonObject().get("id").getAsString().equals(id)) {
                return change.getAsJsonObject();
            }
        }
        throw new AssertionError(id + " not in " + changes);
    }

    @Test
    @DisplayName("An ECT reported leaving 3 days ahead: nothing in the feed until the date, then left, once")
    void leavingDateReachesTheFeedOnce() {
        // rule: OECT-2, OECT-3
        String priya = priyaAtOak();
        assertEquals(200, leaving(priya, OAK, "2026-10-04").status());
        long versionWhenReported = version("/participants/" + priya);
        long cursor = cursor();

        assertEquals(0, service.effectiveDatesJob().runOnce().size(), "the same day: nothing has taken effect");
        moveClockTo("2026-10-03T09:00:00Z");
        assertEquals(List.of(), keys(changesAfter(cursor)), "still leaving the day before");
        assertEquals("leaving", participant(priya).get("status").getAsString());

        moveClockTo("2026-10-05T09:00:00Z");
        JsonArray changes = changesAfter(cursor);
        assertEquals(List.of("participant:" + priya), keys(changes), "the leaver, and nothing else");
        JsonObject row = row(changes, priya);
        assertEquals("upsert", row.get("op").getAsString());
        assertEquals("left", row.getAsJsonObject("attributes").get("status").getAsString());
        assertEquals(versionWhenReported + 1, row.get("version").getAsLong(), "what GET shows changed, so the version grows");

        assertEquals(0, service.effectiveDatesJob().runOnce().size(), "told once");
        moveClockTo("2026-10-05T17:00:00Z");
        assertEquals(1, changesAfter(cursor).size(), "still one row for her after later runs the same day");

        // A client that still holds the version it saw while she was leaving is told the state moved on.
        Api.Reply stale = write("PATCH", "/participants/" + priya, agent,
                json("{'full_name':'Priya Raman-Shah','name_change_reason':'marriage'}"), versionWhenReported);
        assertError(stale, 412, "version_conflict");
    }

    @Test
    @DisplayName("A mentor leaving on a date: the mentor, the ECT losing them and the school's pool size reach the feed")
    void mentorLeavingMovesMentorMenteeAndSchool() {
        // rule: OMEN-2
        String mona = monaAtOak();
        String priya = created(addEct(OAK, with(person("1000001", PRIYA_DOB, "Priya Raman", "priya@oak.sch.uk"),
                "mentor_id", mona)));
        assertEquals(200, leaving(mona, OAK, "2026-10-20").status());
        long cursor = cursor();

        moveClockTo("2026-10-21T09:00:00Z");

        JsonArray changes = changesAfter(cursor);
        assertEquals(List.of("participant:" + mona, "participant:" + priya, "school:" + OAK).stream().sorted().toList(),
                keys(changes).stream().sorted().toList());
        JsonObject monaNow = row(changes, mona).getAsJsonObject("attributes");
        assertEquals("left", monaNow.get("status").getAsString());
        assertEquals(0, monaNow.getAsJsonArray("mentor_pools").size());
        assertEquals(0, monaNow.getAsJsonArray("mentees").size());
        assertTrue(row(changes, priya).getAsJsonObject("attributes").get("mentor").isJsonNull(), "pairing ended");
        assertEquals(0, row(changes, OAK).getAsJsonObject("attributes").get("mentor_pool_size").getAsInt());
    }

    @Test
    @DisplayName("A test clock moved back before the date puts the leaver back to leaving in the feed")
    void clockMovedBackIsToldToo() {
        // rule: OECT-3
        String priya = priyaAtOak();
        assertEquals(200, leaving(priya, OAK, "2026-10-04").status());
        moveClockTo("2026-10-05T09:00:00Z");
        long cursor = cursor();

        moveClockTo("2026-10-02T09:00:00Z");

        JsonArray changes = changesAfter(cursor);
        assertEquals(List.of("participant:" + priya), keys(changes));
        assertEquals("leaving", row(changes, priya).getAsJsonObject("attributes").get("status").getAsString());
    }
}
