package uk.gov.ects.desk.service.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

class ChangeFeedTest extends ServiceTestBase {

    @BeforeEach
    void resources() {
        fixture.cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "jane.doe@school.org.uk")
                .school("100002", "Birch Academy", 28, "202", "M1 2AB", null)
                .note("n-1", "school:100001", "Rang the school", Instant.parse("2026-09-01T10:00:00Z"));
    }

    private static List<String> keys(Api.Reply reply) {
        List<String> keys = new ArrayList<>();
        for (JsonElement row : reply.json().getAsJsonArray("data")) {
            JsonObject change = row.getAsJsonObject();
            keys.add(change.get("op").getAsString() + ":" + change.get("type").getAsString() + ":"
                    + change.get("id").getAsString());
        }
        return keys;
    }

    private static long lastSeq(Api.Reply reply) {
        return reply.json().getAsJsonObject("meta").get("last_seq").getAsLong();
    }

    @Test
    @DisplayName("after=0 is a snapshot: every current resource once, in seq order, rendered as GET returns it")
    void snapshot() {
        Api.Reply reply = api.get("/changes?after=0", viewer);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(List.of("upsert:cohort:2026", "upsert:school:100001", "upsert:school:100002", "upsert:note:n-1"),
                keys(reply));
        JsonArray data = reply.json().getAsJsonArray("data");
        long previous = 0;
        for (JsonElement row : data) {
            long seq = row.getAsJsonObject().get("seq").getAsLong();
            assertTrue(seq > previous, "seq grows strictly");
            previous = seq;
        }
        JsonObject school = data.get(1).getAsJsonObject();
        assertEquals(1, school.get("version").getAsLong());
        assertEquals(api.get("/schools/100001", viewer).attributes(), school.getAsJsonObject("attributes"));
        assertEquals("j****e@school.org.uk", school.getAsJsonObject("attributes").get("gias_email").getAsString()); // rule: ACC-3
        assertEquals(previous, lastSeq(reply));
        assertFalse(reply.json().getAsJsonObject("meta").get("has_more").getAsBoolean());
    }

    @Test
    @DisplayName("Paging by limit and resuming from meta.last_seq reads every row once, then nothing")
    void resumeFromCursor() {
        Api.Reply first = api.get("/changes?after=0&limit=3", viewer);
        assertEquals(3, first.json().getAsJsonArray("data").size());
        assertTrue(first.json().getAsJsonObject("meta").get("has_more").getAsBoolean());
        Api.Reply second = api.get("/changes?after=" + lastSeq(first) + "&limit=3", viewer);
        assertEquals(List.of("upsert:note:n-1"), keys(second));
        assertFalse(second.json().getAsJsonObject("meta").get("has_more").getAsBoolean());
        Api.Reply caughtUp = api.get("/changes?after=" + lastSeq(second), viewer);
        assertEquals(List.of(), keys(caughtUp));
        assertEquals(lastSeq(second), lastSeq(caughtUp), "an empty page keeps the reader's cursor");
        assertError(api.get("/changes?limit=5001", viewer), 400, "invalid_limit");
    }

    @Test
    @DisplayName("A change moves the resource to the end of the feed with its new version; it is not repeated")
    void changeMovesToTheEnd() {
        long caughtUp = lastSeq(api.get("/changes?after=0", viewer));
        fixture.touch("schools", "urn", "school", "100001");
        Api.Reply sinceThen = api.get("/changes?after=" + caughtUp, viewer);
        assertEquals(List.of("upsert:school:100001"), keys(sinceThen));
        assertEquals(2, sinceThen.json().getAsJsonArray("data").get(0).getAsJsonObject().get("version").getAsLong());
        assertEquals(List.of("upsert:cohort:2026", "upsert:school:100002", "upsert:note:n-1", "upsert:school:100001"),
                keys(api.get("/changes?after=0", viewer)), "one row per resource, at its latest seq");
    }

    @Test
    @DisplayName("A delete is a tombstone without attributes")
    void deleteTombstone() {
        long caughtUp = lastSeq(api.get("/changes?after=0", viewer));
        fixture.deleteNote("n-1");
        Api.Reply reply = api.get("/changes?after=" + caughtUp, viewer);
        assertEquals(List.of("delete:note:n-1"), keys(reply));
        JsonObject tombstone = reply.json().getAsJsonArray("data").get(0).getAsJsonObject();
        assertTrue(tombstone.get("attributes") == null || tombstone.get("attributes").isJsonNull());
    }

    @Test
    @DisplayName("After old tombstones are purged, an older cursor gets 410 cursor_expired; after=0 still works")
    void expiredCursor() {
        long beforeDelete = lastSeq(api.get("/changes?after=0", viewer));
        fixture.deleteNote("n-1");
        long afterDelete = lastSeq(api.get("/changes?after=" + beforeDelete, viewer));
        db.inTransaction(c -> {
            ServiceClock.fix(c, Instant.parse("2026-12-01T00:00:00Z"));
            return null;
        });
        int purged = new FeedCompaction(db, new ServiceClock(db)).purgeTombstonesOlderThan(Duration.ofDays(30));
        assertEquals(1, purged);

        assertError(api.get("/changes?after=" + beforeDelete, viewer), 410, "cursor_expired");
        assertEquals(200, api.get("/changes?after=" + afterDelete, viewer).status());
        assertEquals(200, api.get("/changes?after=" + beforeDelete + "&snapshot=true", viewer).status(),
                "a reader filling an empty cache from after=0 may go on past a purge");
        Api.Reply snapshot = api.get("/changes?after=0", viewer);
        assertEquals(200, snapshot.status());
        assertFalse(keys(snapshot).contains("delete:note:n-1"));
    }

    @Test
    @DisplayName("Tombstones younger than the retention period are kept, and cursors stay valid")
    void youngTombstonesKept() {
        long beforeDelete = lastSeq(api.get("/changes?after=0", viewer));
        fixture.at(Instant.now()).deleteNote("n-1");
        assertEquals(0, new FeedCompaction(db, new ServiceClock(db)).purgeTombstonesOlderThan(Duration.ofDays(30)));
        assertEquals(List.of("delete:note:n-1"), keys(api.get("/changes?after=" + beforeDelete, viewer)));
    }
}
