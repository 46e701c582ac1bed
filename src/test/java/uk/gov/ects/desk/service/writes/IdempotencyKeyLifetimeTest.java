package uk.gov.ects.desk.service.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.testing.MovableClock;

/**
 * How long an {@code Idempotency-Key} lives (api.md "Writes": kept at least 7 days), and what a key
 * left {@code in_progress} by a crash does. Real time is a clock the test moves; the service clock
 * stays fixed, as in the demo, and does not count.
 */
class IdempotencyKeyLifetimeTest extends WriteTestBase {

    private static final String NOTE = json("{'target':'school:100001','body':'Rang the school about the tutor'}");
    private static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

    private final MovableClock realNow = new MovableClock(START);

    @BeforeEach
    void serviceOnAClockTheTestMoves() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z"))
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk");
        service.stop();
        service = new SupportService(db, new ServiceClock(db, realNow), "127.0.0.1", 0).start();
        api = new Api(service.port());
    }

    private Api.Reply addNote(String key) {
        return write("POST", "/notes", agent, NOTE, key, null);
    }

    private void advance(Duration by) {
        realNow.advance(by);
    }

    @Test
    @DisplayName("A used key is kept (and replays) for 7 days, then purged")
    void completedKeysArePurgedAfterSevenDays() {
        // op: OVR-NOTE
        String key = UUID.randomUUID().toString();
        assertEquals(201, addNote(key).status());

        advance(Duration.ofDays(6));
        assertEquals(0, service.idempotencyKeyPurge().purgeOnce(), "six days on: kept");
        Api.Reply replay = addNote(key);
        assertEquals("true", replay.header("Idempotent-Replayed"), "a retry six days later still changes nothing");
        assertEquals(1, count("notes"));

        advance(Duration.ofDays(1).plusMinutes(1));
        assertEquals(1, service.idempotencyKeyPurge().purgeOnce(), "past seven days: gone");
        assertEquals(0, count("idempotency_keys"));
        assertEquals(0, service.idempotencyKeyPurge().purgeOnce(), "nothing left to purge");
    }

    @Test
    @DisplayName("A key left in progress by a crash answers 409 for a few minutes, then the retry goes through once")
    void abandonedInProgressKeyIsTakenOver() {
        // op: OVR-NOTE
        String key = UUID.randomUUID().toString();
        leftInProgressByACrash(key);

        Api.Reply soon = addNote(key);
        assertError(soon, 409, "request_in_progress");

        advance(IdempotencyStore.ABANDONED_AFTER.plusSeconds(1));
        Api.Reply retried = addNote(key);
        assertEquals(201, retried.status(), retried.body());
        assertNull(retried.header("Idempotent-Replayed"), "run, not replayed: the crashed request changed nothing");
        assertEquals(1, count("notes"));

        Api.Reply again = addNote(key);
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(1, count("notes"), "the taken-over key now replays like any other");
    }

    @Test
    @DisplayName("An abandoned key sent with a different request is still refused as reused")
    void abandonedKeyKeepsItsRequest() {
        String key = UUID.randomUUID().toString();
        leftInProgressByACrash(key);
        advance(IdempotencyStore.ABANDONED_AFTER.plusSeconds(1));

        Api.Reply other = write("POST", "/notes", agent,
                json("{'target':'school:100001','body':'A different note altogether'}"), key, null);

        assertError(other, 422, "idempotency_key_reused");
    }

    /** What a crash between claiming the key and committing the write leaves: the claim, in progress. */
    private void leftInProgressByACrash(String key) {
        String agentId = db.read(c -> {
            try (var query = c.prepareStatement("SELECT id FROM agents WHERE role = 'agent'");
                 var rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        String hash = RequestHash.of("POST", SupportService.BASE_PATH + "/notes", null, NOTE);
        assertEquals(new IdempotencyStore.Claim.Claimed(), new IdempotencyStore(db).claim(agentId, key, hash, realNow.instant()));
    }
}
