package uk.gov.ects.desk.client.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.api.dto.ResourceDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.sync.SyncEngine;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/** The outbox against the real Support API on loopback (in-memory H2), with a real encrypted cache. */
class OutboxAgainstServiceTest extends ServiceTestBase {

    static final List<String> SCHOOLS = List.of("100001", "100002", "100003", "100004", "100005");

    @TempDir
    Path dir;

    private String agent;
    private String otherAgent;
    private LocalCache cache;
    private Outbox outbox;
    private SupportApiClient client;
    private OutboxSender sender;
    private final List<AutoCloseable> closeLater = new ArrayList<>();

    @BeforeEach
    void dataCacheAndOutbox() throws Exception {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2026);
        for (String urn : SCHOOLS) {
            fixture.school(urn, "School " + urn, 1, "201", "EC1A 1AA", "office@" + urn + ".sch.uk");
        }
        agent = fixture.token(Role.AGENT);
        otherAgent = fixture.token(Role.AGENT);
        openCacheAndOutbox();
        client = clientFor(service.baseUrl());
        new SyncEngine(client.changes(), cache, 500).syncOnce((a, c) -> { });
    }

    @AfterEach
    void closeAll() throws Exception {
        if (sender != null) {
            sender.close();
        }
        for (AutoCloseable closeable : closeLater) {
            closeable.close();
        }
        cache.close();
    }

    @Test
    @DisplayName("SIT-2, OVR-NOTE: a queued change shows in the cache at once, and after sending the cache shows the service's result")
    void appliedEndToEnd() throws Exception {
        OutboxEntry tutor = outbox.enqueue(OutboxRequest.inductionTutor("100001", "nominate", "Pat Tutor",
                "pat@100001.sch.uk", null, null));
        OutboxEntry note = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100001"), "Rang the school about the tutor"));

        assertEquals("Pat Tutor", school("100001").inductionTutor().fullName(), "shown before it is sent");
        assertEquals(1L, tutor.baseVersion(), "made on the version the agent saw");
        assertTrue(outbox.isPending(OutboxTarget.school("100001")));
        assertEquals(List.of(Outbox.PROVISIONAL_AUTHOR), noteAuthors("school:100001"));
        assertEquals(2, outbox.counts().waiting());

        sender = newSender();
        assertEquals(2, sender.sendNow().get(30, TimeUnit.SECONDS));

        assertEquals(OutboxState.APPLIED, outbox.entry(tutor.id()).orElseThrow().state());
        assertEquals(OutboxState.APPLIED, outbox.entry(note.id()).orElseThrow().state());
        assertFalse(outbox.isPending(OutboxTarget.school("100001")));
        SchoolDto school = school("100001");
        assertEquals("Pat Tutor", school.inductionTutor().fullName());
        assertEquals("pat@100001.sch.uk", school.inductionTutor().email());
        assertEquals(2L, cachedVersion("school", "100001"), "the cache has the service's new version");
        assertEquals(List.of("Sam agent"), noteAuthors("school:100001"), "the real note replaced the provisional one");
        assertEquals(2, auditEvents("100001"), "the tutor change and the note are in the school's history");
        assertNotNull(outbox.entry(tutor.id()).orElseThrow().response().getAsJsonObject("data"));
        assertTrue(outbox.counts().isClear());
    }

    @Test
    @DisplayName("offline: 20 changes queued while the service is down survive an app restart and are applied exactly once")
    void twentyQueuedOfflineAppliedOnceAfterRestart() throws Exception {
        int port = service.port();
        service.stop();
        sender = newSender();
        for (String urn : SCHOOLS) {
            outbox.enqueue(OutboxRequest.inductionTutor(urn, "nominate", "Pat " + urn, "pat@" + urn + ".sch.uk", null, null));
            outbox.enqueue(OutboxRequest.note(OutboxTarget.school(urn), "Tutor nominated by phone"));
            // OVR-SIT made on top of the waiting nomination: sent with the version the nomination produces.
            outbox.enqueue(OutboxRequest.inductionTutor(urn, "update", "Pat " + urn, "pat.tutor@" + urn + ".sch.uk",
                    "The school sent the tutor's new address by email", null));
            outbox.enqueue(OutboxRequest.note(OutboxTarget.school(urn), "Email corrected"));
        }
        assertEquals(20, outbox.counts().waiting());
        assertEquals(0, sender.sendNow().get(30, TimeUnit.SECONDS), "nothing can be sent while the service is down");
        OutboxEntry first = outbox.entries().get(0);
        assertEquals("offline", first.error().code());
        assertTrue(first.error().message().contains("keep working from the cache"), first.error().message());
        assertEquals("pat.tutor@100003.sch.uk", school("100003").inductionTutor().email(), "both changes shown offline");
        Set<String> keys = keys();

        // The app closes and starts again; then the service comes back on the same port with the same store.
        sender.close();
        cache.close();
        openCacheAndOutbox();
        sender = newSender();
        SupportService restarted = new SupportService(db, "127.0.0.1", port).start();
        closeLater.add(restarted::stop);
        assertEquals(keys, keys(), "each entry keeps the key it was given when queued");

        sender.statusChanged(new SyncStatus(true, Instant.now(), false, 0, 0, 0, null));
        OutboxTestSupport.awaitTrue("the outbox empties", Duration.ofSeconds(30), () -> outbox.counts().isClear());

        assertEquals(20, outbox.counts().applied());
        assertEquals(20, totalAuditEvents(), "20 changes, 20 audit events: none lost, none twice");
        for (String urn : SCHOOLS) {
            assertEquals(4, auditEvents(urn), "school " + urn);
            assertEquals("pat.tutor@" + urn + ".sch.uk", school(urn).inductionTutor().email());
            assertFalse(outbox.isPending(OutboxTarget.school(urn)));
        }
        new SyncEngine(client.changes(), cache, 500).syncOnce((a, c) -> { });
        assertEquals("pat.tutor@100005.sch.uk", school("100005").inductionTutor().email(), "a sync agrees");
    }

    @Test
    @DisplayName("412: a change another agent made first is kept as a conflict, not overwritten; reapplying on the current version succeeds")
    void conflictThenReapply() throws Exception {
        sender = newSender();
        outbox.enqueue(OutboxRequest.inductionTutor("100002", "nominate", "Pat Tutor", "pat@100002.sch.uk", null, null));
        sender.sendNow().get(30, TimeUnit.SECONDS);
        long seen = cachedVersion("school", "100002");

        // Another agent corrects the same tutor first; this agent's cache has not caught up.
        var reply = api.write("PUT", "/schools/100002/induction-tutor", otherAgent, "{\"mode\":\"update\","
                + "\"full_name\":\"Pat Tutor-Jones\",\"email\":\"pat@100002.sch.uk\",\"reason\":\"Surname changed on marriage\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "If-Match", "\"" + seen + "\""));
        assertEquals(200, reply.status(), reply.body());
        OutboxEntry mine = outbox.enqueue(OutboxRequest.inductionTutor("100002", "update", "Pat Tutor",
                "pat.new@100002.sch.uk", "The tutor asked for their new address", null));

        OutboxTestSupport.awaitTrue("the conflict is recorded", Duration.ofSeconds(30),
                () -> outbox.entry(mine.id()).orElseThrow().state() == OutboxState.CONFLICT);
        OutboxEntry conflict = outbox.entry(mine.id()).orElseThrow();
        assertEquals(OutboxState.CONFLICT, conflict.state());
        assertEquals("version_conflict", conflict.error().code());
        assertEquals(seen, conflict.baseVersion(), "the version the agent saw");
        assertEquals(seen + 1, conflict.currentVersion());
        assertEquals("Pat Tutor-Jones", conflict.current().getAsJsonObject("attributes")
                .getAsJsonObject("induction_tutor").get("full_name").getAsString(), "the other agent's change");
        assertEquals("pat.new@100002.sch.uk", conflict.body().get("email").getAsString(), "the agent's change is kept");
        assertEquals("Pat Tutor-Jones", school("100002").inductionTutor().fullName(), "the cache shows the service's record");
        assertEquals(2, auditEvents("100002"), "nothing overwritten");

        // Both versions are kept in the cache for the side-by-side: the record as the agent saw it, and the service's now.
        assertNotNull(conflict.seen(), "the record as the agent saw it when they queued the change");
        assertEquals(seen, conflict.seen().get("version").getAsLong());
        JsonObject seenTutor = conflict.seen().getAsJsonObject("attributes").getAsJsonObject("induction_tutor");
        assertEquals("Pat Tutor", seenTutor.get("full_name").getAsString());
        assertEquals("pat@100002.sch.uk", seenTutor.get("email").getAsString(), "not the agent's own change");
        assertNotEquals(conflict.seen().get("attributes"), conflict.current().get("attributes"));

        outbox.reapplyOnCurrent(mine.id());
        assertEquals(conflict.current(), outbox.entry(mine.id()).orElseThrow().seen(),
                "re-applied on the current version, which is now the one the change is based on");
        OutboxTestSupport.awaitTrue("the reapplied change is applied", Duration.ofSeconds(30),
                () -> outbox.entry(mine.id()).orElseThrow().state() == OutboxState.APPLIED);

        assertEquals(OutboxState.APPLIED, outbox.entry(mine.id()).orElseThrow().state());
        assertEquals("pat.new@100002.sch.uk", school("100002").inductionTutor().email());
        assertEquals(3, auditEvents("100002"));
    }

    @Test
    @DisplayName("SIT-4 (422 email_in_use): the rejection keeps the rule's message and rolls the cached change back; edit and resend applies")
    void rejectionRollsBack() throws Exception {
        fixture.participant("p-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 12), "100003", 2026,
                "jane@100003.sch.uk");
        OutboxEntry entry = outbox.enqueue(OutboxRequest.inductionTutor("100003", "nominate", "Jane Smith",
                "JANE@100003.sch.uk", null, null));
        assertEquals("Jane Smith", school("100003").inductionTutor().fullName());

        sender = newSender();
        sender.sendNow().get(30, TimeUnit.SECONDS);

        OutboxEntry rejected = outbox.entry(entry.id()).orElseThrow();
        assertEquals(OutboxState.REJECTED, rejected.state());
        assertEquals("email_in_use", rejected.error().code());
        assertEquals("SIT-4", rejected.error().rule());
        assertEquals("/email", rejected.error().pointer());
        assertFalse(rejected.error().message().isBlank());
        assertEquals(null, school("100003").inductionTutor(), "the optimistic change is rolled back");
        assertEquals(1, outbox.counts().needingAttention());
        assertTrue(outbox.isPending(OutboxTarget.school("100003")), "still the agent's business until resolved");

        JsonObject corrected = rejected.body().deepCopy();
        corrected.addProperty("email", "jane.tutor@100003.sch.uk");
        outbox.edit(entry.id(), corrected);
        assertEquals("jane.tutor@100003.sch.uk", school("100003").inductionTutor().email(), "shown again, corrected");
        OutboxTestSupport.awaitTrue("the corrected change is applied", Duration.ofSeconds(30),
                () -> outbox.entry(entry.id()).orElseThrow().state() == OutboxState.APPLIED);

        OutboxEntry applied = outbox.entry(entry.id()).orElseThrow();
        assertEquals(OutboxState.APPLIED, applied.state());
        assertEquals(entry.idempotencyKey(), applied.idempotencyKey(), "one key for the entry, even after an edit");
        assertEquals("jane.tutor@100003.sch.uk", school("100003").inductionTutor().email());
        assertEquals(1, auditEvents("100003"));
    }

    @Test
    @DisplayName("a crash after sending but before recording the answer: the resend with the same key is replayed, applied once")
    void sameEntrySentTwiceAppliesOnce() throws Exception {
        OutboxEntry entry = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100004"), "Called the head teacher"));
        sender = newSender();
        sender.sendNow().get(30, TimeUnit.SECONDS);
        String firstNoteId = noteId(outbox.entry(entry.id()).orElseThrow());

        // As if the app died after the service answered and before the answer was recorded.
        cache.inTransaction(tx -> {
            try (PreparedStatement reset = tx.prepareStatement("UPDATE outbox SET state = 'sending' WHERE id = ?")) {
                reset.setLong(1, entry.id());
                return reset.executeUpdate();
            }
        });
        sender.close();
        sender = newSender();
        sender.sendNow().get(30, TimeUnit.SECONDS);

        OutboxEntry resent = outbox.entry(entry.id()).orElseThrow();
        assertEquals(OutboxState.APPLIED, resent.state());
        assertEquals(2, resent.attempts());
        assertEquals(firstNoteId, noteId(resent), "the service answered from its record of the first send");
        assertEquals(1, auditEvents("100004"));
        assertEquals(1, serviceCount("SELECT COUNT(*) FROM notes"));
    }

    @Test
    @DisplayName("a later change on the same record waits for the earlier one; other records are not held up")
    void orderPerTarget() throws Exception {
        fixture.participant("p-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 12), "100005", 2026,
                "jane@100005.sch.uk");
        OutboxEntry refused = outbox.enqueue(OutboxRequest.inductionTutor("100005", "nominate", "Jane Smith",
                "jane@100005.sch.uk", null, null));
        OutboxEntry behind = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100005"), "Asked for a tutor"));
        OutboxEntry elsewhere = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100001"), "Unrelated call"));

        sender = newSender();
        sender.sendNow().get(30, TimeUnit.SECONDS);

        assertEquals(OutboxState.REJECTED, outbox.entry(refused.id()).orElseThrow().state());
        assertEquals(OutboxState.QUEUED, outbox.entry(behind.id()).orElseThrow().state(), "waits for the earlier change");
        assertEquals(OutboxState.APPLIED, outbox.entry(elsewhere.id()).orElseThrow().state());

        outbox.discard(refused.id());
        OutboxTestSupport.awaitTrue("the waiting note is sent once the earlier change is discarded",
                Duration.ofSeconds(30), () -> outbox.entry(behind.id()).orElseThrow().state() == OutboxState.APPLIED);
        assertEquals(1, auditEvents("100005"));
        assertNotEquals(null, school("100005"));
    }

    @Test
    @DisplayName("a sync that brings a newer version of the record keeps the waiting change on top; discarding it shows the service's record")
    void waitingChangeSurvivesASync() throws Exception {
        OutboxEntry entry = outbox.enqueue(OutboxRequest.inductionTutor("100004", "nominate", "Pat Tutor",
                "pat@100004.sch.uk", null, null));
        fixture.touch("schools", "urn", "school", "100004");

        new SyncEngine(client.changes(), cache, 500).syncOnce((a, c) -> { });

        assertEquals(2L, cachedVersion("school", "100004"), "the service's new version arrived");
        assertEquals("Pat Tutor", school("100004").inductionTutor().fullName(), "the waiting change still shows");
        assertEquals(List.of("100004"), cache.searchSchools("100004", 0, 10).stream().map(r -> r.urn()).toList());

        outbox.discard(entry.id());

        assertEquals(null, school("100004").inductionTutor(), "back to the service's record");
        assertEquals(2L, cachedVersion("school", "100004"));
        assertFalse(outbox.isPending(OutboxTarget.school("100004")));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private void openCacheAndOutbox() {
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        outbox = Outbox.open(cache, Clock.systemUTC());
    }

    private OutboxSender newSender() {
        return new OutboxSender(outbox, client.writes(), OutboxTestSupport.QUICK, Duration.ofHours(1), Clock.systemUTC());
    }

    private SupportApiClient clientFor(String baseUrl) {
        SupportApiClient created = new SupportApiClient(ApiSettings.of(baseUrl, () -> agent));
        closeLater.add(created);
        return created;
    }

    private SchoolDto school(String urn) {
        return cache.school(urn).orElseThrow();
    }

    private long cachedVersion(String type, String id) {
        return cache.read(c -> uk.gov.ects.desk.client.cache.CachedResources.find(c, type, id)
                .map(ResourceDto::version).orElseThrow());
    }

    private List<String> noteAuthors(String target) {
        return cache.notes(target).stream().map(n -> n.attributes().get("author").getAsString()).toList();
    }

    private static String noteId(OutboxEntry entry) {
        return entry.response().getAsJsonObject("data").get("id").getAsString();
    }

    private Set<String> keys() {
        Set<String> keys = new HashSet<>();
        outbox.entries().forEach(e -> keys.add(e.idempotencyKey()));
        return keys;
    }

    private long auditEvents(String urn) {
        return serviceCount("SELECT COUNT(*) FROM audit_events WHERE target_type = 'school' AND target_id = '" + urn + "'");
    }

    private long totalAuditEvents() {
        return serviceCount("SELECT COUNT(*) FROM audit_events");
    }

    private long serviceCount(String sql) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
