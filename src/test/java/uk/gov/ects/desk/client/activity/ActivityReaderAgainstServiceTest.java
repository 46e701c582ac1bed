package uk.gov.ects.desk.client.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.outbox.Backoff;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxSender;
import uk.gov.ects.desk.client.sync.SyncEngine;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/** ActivityReader against the real Support API on loopback, with a real encrypted cache and outbox. */
class ActivityReaderAgainstServiceTest extends ServiceTestBase {

    private static final Instant LONG_AGO = Instant.parse("2020-01-06T10:00:00Z");

    @TempDir
    Path dir;

    private LocalCache cache;
    private SupportApiClient client;
    private Outbox outbox;
    private OutboxSender sender;
    private ActivityReader reader;

    @BeforeEach
    void dataCacheAndReader() throws Exception {
        fixture.cohort(2026)
                .leadProvider("lp-1", "Ambition Institute")
                .deliveryPartner("dp-1", "North Hub")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "jane.doe@school.org.uk")
                .partnership("pa-1", "100001", 2026, "lp-1", "dp-1", "active", LONG_AGO)
                .participant("p-1", "ect", "Jane Smith", "1234567", LocalDate.of(1990, 1, 2), "100001", 2026,
                        "jane.smith@example.com")
                .audit("a-old", LONG_AGO, "school", "100001", "SIT-2")
                .note("n-old", "school:100001", "Rang the school", LONG_AGO)
                .email("e-old", LONG_AGO, "jane.smith@example.com", "100001", "p-1");
        String agent = fixture.token(Role.AGENT);
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        client = new SupportApiClient(ApiSettings.of(service.baseUrl(), () -> agent));
        outbox = Outbox.open(cache, Clock.systemUTC());
        sender = new OutboxSender(outbox, client.writes(), new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 3),
                Duration.ofHours(1), Clock.systemUTC());
        reader = new ActivityReader(client, cache);
        sync();
    }

    @AfterEach
    void closeAll() {
        sender.close();
        client.close();
        cache.close();
    }

    @Test
    @DisplayName("OVR-NOTE, OVR-ACCESS: after the agent's writes reach the service, the history shows them newest first with who, what, why")
    void historyAfterAWrite() throws Exception {
        outbox.enqueue(ActivityRequests.note("school:100001", "Head teacher rang about the access link"));
        sendAll(1);
        outbox.enqueue(ActivityRequests.resendAccessLink("100001", "The head teacher lost the first email"));
        sendAll(2);

        List<AuditEvent> history = reader.history("school", "100001");

        assertEquals(List.of("OVR-ACCESS", "OVR-NOTE", "SIT-2"), history.stream().map(AuditEvent::operation).toList(),
                "newest first");
        AuditEvent resend = history.get(0);
        assertEquals("The head teacher lost the first email", resend.reason());
        assertEquals("agent", resend.actorKind());
        assertNotNull(resend.actorName());
        assertNotNull(resend.occurredAt());
        AuditEvent.FieldChange sentTo = resend.changes().get(0);
        assertEquals("access_link_sent_to", sentTo.field());
        assertEquals(null, sentTo.before());
        assertTrue(sentTo.after().contains("*"), "the GIAS email is redacted (ACC-3): " + sentTo.after());
        AuditEvent.FieldChange note = history.get(1).changes().get(0);
        assertEquals(new AuditEvent.FieldChange("note", null, "Head teacher rang about the access link"), note);
        AuditEvent old = history.get(2);
        assertEquals(LONG_AGO, old.occurredAt());
        assertEquals(List.of(new AuditEvent.FieldChange("name", "A", "B")), old.changes());
        assertEquals("School asked by email", old.reason());
    }

    @Test
    @DisplayName("X-NOTIFY: emails and notes come from the cache once synced, newest first, for the school and the person")
    void emailsAndNotesFromTheCache() throws Exception {
        outbox.enqueue(ActivityRequests.note("school:100001", "Sent the link again"));
        outbox.enqueue(ActivityRequests.resendAccessLink("100001", "Link expired"));
        sendAll(2);
        sync();

        List<SentEmail> schoolEmails = reader.emails("school", "100001");
        assertEquals(List.of("access_link", "ect_registered"), schoolEmails.stream().map(SentEmail::template).toList());
        assertTrue(schoolEmails.get(0).to().contains("*"), "redacted: " + schoolEmails.get(0).to());
        assertEquals(List.of("e-old"), reader.emails("participant", "p-1").stream().map(SentEmail::id).toList());
        assertEquals(List.of(), reader.emails("partnership", "pa-1"), "no partnership emails were sent");

        List<RecordNote> notes = reader.notes("school:100001");
        assertEquals(List.of("Sent the link again", "Rang the school"), notes.stream().map(RecordNote::body).toList());
        assertEquals("Sam Agent", notes.get(1).author());
    }

    @Test
    @DisplayName("offline: history says the service cannot be reached; emails and notes still read from the cache")
    void offline() {
        service.stop();

        ApiException problem = assertThrows(ApiException.class, () -> reader.history("school", "100001"));

        assertInstanceOf(ApiException.Offline.class, problem);
        assertEquals(1, reader.emails("school", "100001").size());
        assertEquals(List.of("Rang the school"), reader.notes("school:100001").stream().map(RecordNote::body).toList());
    }

    /** The outbox sends as soon as something is queued; wait until {@code applied} entries are applied. */
    private void sendAll(int applied) throws Exception {
        sender.sendNow().get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (outbox.counts().applied() < applied || !outbox.counts().isClear()) {
            assertTrue(System.nanoTime() < deadline, "the outbox did not send everything: " + outbox.counts());
            Thread.sleep(20);
        }
    }

    private void sync() throws Exception {
        new SyncEngine(client.changes(), cache, 500).syncOnce((applied, cursor) -> { });
    }
}
