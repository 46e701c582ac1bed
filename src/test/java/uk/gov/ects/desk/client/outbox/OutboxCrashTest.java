package uk.gov.ects.desk.client.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.sync.SyncEngine;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/** The app is killed while its sender is part-way through the outbox: nothing is lost and nothing applied twice. */
class OutboxCrashTest extends ServiceTestBase {

    private static final List<String> SCHOOLS = List.of("100001", "100002", "100003", "100004");
    private static final int NOTES_PER_SCHOOL = 10;
    private static final int PER_SCHOOL = NOTES_PER_SCHOOL + 1;

    @TempDir
    Path dir;

    @Test
    @DisplayName("a sender killed mid-queue (destroyForcibly): after a restart every change is applied exactly once")
    void killedMidQueue() throws Exception {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z")).cohort(2026);
        for (String urn : SCHOOLS) {
            fixture.school(urn, "School " + urn, 1, "201", "EC1A 1AA", "office@" + urn + ".sch.uk");
        }
        String agent = fixture.token(Role.AGENT);
        Path cacheFile = dir.resolve("cache");
        Path keyFile = dir.resolve("cache.key");
        try (LocalCache cache = LocalCache.open(cacheFile, CacheKey.fromKeyFile(keyFile));
             SupportApiClient client = new SupportApiClient(ApiSettings.of(service.baseUrl(), () -> agent))) {
            new SyncEngine(client.changes(), cache, 500).syncOnce((a, c) -> { });
            Outbox outbox = Outbox.open(cache, Clock.systemUTC());
            for (String urn : SCHOOLS) {
                outbox.enqueue(OutboxRequest.inductionTutor(urn, "nominate", "Pat " + urn, "pat@" + urn + ".sch.uk",
                        null, null));
                for (int i = 1; i <= NOTES_PER_SCHOOL; i++) {
                    outbox.enqueue(OutboxRequest.note(OutboxTarget.school(urn), "Call " + i + " with the school"));
                }
            }
        }
        int total = SCHOOLS.size() * PER_SCHOOL;

        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                OutboxChildProcess.class.getName(), cacheFile.toString(), keyFile.toString(), service.baseUrl(), agent,
                "25")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            OutboxTestSupport.awaitTrue("the child sends some of the queue", Duration.ofSeconds(60),
                    () -> auditEvents(null) >= 8 || !child.isAlive());
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        long beforeKill = auditEvents(null);
        assertTrue(beforeKill >= 8 && beforeKill < total,
                "killed part-way: " + beforeKill + " of " + total + "; child log:\n" + Files.readString(log));

        try (LocalCache cache = LocalCache.open(cacheFile, CacheKey.fromKeyFile(keyFile));
             SupportApiClient client = new SupportApiClient(ApiSettings.of(service.baseUrl(), () -> agent))) {
            Outbox outbox = Outbox.open(cache, Clock.systemUTC());
            try (OutboxSender sender = new OutboxSender(outbox, client.writes(), OutboxTestSupport.QUICK,
                    Duration.ofHours(1), Clock.systemUTC())) {
                sender.start();
                OutboxTestSupport.awaitTrue("the rest is sent", Duration.ofSeconds(60), () -> outbox.counts().isClear());
            }
            assertEquals(total, outbox.counts().applied());
            for (String urn : SCHOOLS) {
                assertEquals(PER_SCHOOL, auditEvents(urn), "school " + urn + ": each change once");
                assertEquals("Pat " + urn, cache.school(urn).orElseThrow().inductionTutor().fullName());
            }
        }
        assertEquals(total, auditEvents(null));
    }

    private long auditEvents(String urn) {
        String sql = urn == null ? "SELECT COUNT(*) FROM audit_events"
                : "SELECT COUNT(*) FROM audit_events WHERE target_type = 'school' AND target_id = '" + urn + "'";
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
