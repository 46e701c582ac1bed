package uk.gov.ects.desk.client.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;

/** Faults the real service does not produce on demand: a 503, a connection dropped mid-answer, a 401. */
class OutboxFaultsTest {

    private static final String NOTE_CREATED = "{\"data\":{\"id\":\"note-1\",\"type\":\"note\",\"version\":1,"
            + "\"attributes\":{\"target\":\"school:100001\",\"body\":\"Rang the school\",\"author\":\"Sam\","
            + "\"created_at\":\"2026-10-01T09:00:00Z\"}},\"meta\":{\"audit_event_id\":\"ae-1\",\"preview\":false}}";

    @TempDir
    Path dir;

    private MockWebServer server;
    private LocalCache cache;
    private Outbox outbox;
    private SupportApiClient client;
    private OutboxSender sender;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        outbox = Outbox.open(cache, Clock.systemUTC());
        client = new SupportApiClient(ApiSettings.of(server.url("/api/support/v1/").toString(), () -> "tok-agent"));
        sender = new OutboxSender(outbox, client.writes(), OutboxTestSupport.QUICK, Duration.ofHours(1), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        sender.close();
        client.close();
        cache.close();
        server.shutdown();
    }

    @Test
    @DisplayName("503 then success: sent again after a backoff with the same Idempotency-Key, then applied")
    void serviceUnavailableThenApplied() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503).setBody("{\"errors\":[]}"));
        server.enqueue(created());
        OutboxEntry entry = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100001"), "Rang the school"));

        awaitState(entry, OutboxState.APPLIED);

        RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/api/support/v1/notes", first.getPath());
        assertEquals("POST", first.getMethod());
        assertEquals(entry.idempotencyKey(), first.getHeader("Idempotency-Key"));
        assertEquals(entry.idempotencyKey(), second.getHeader("Idempotency-Key"));
        assertEquals(null, first.getHeader("If-Match"), "a create-only write carries no If-Match");
        assertEquals("Bearer tok-agent", first.getHeader("Authorization"));
        assertEquals(2, outbox.entry(entry.id()).orElseThrow().attempts());
        assertEquals("note-1", cache.notes("school:100001").get(0).id(), "the created note is cached");
    }

    @Test
    @DisplayName("the connection drops while the answer arrives: resent with the same key, applied once")
    void droppedMidResponseThenApplied() throws Exception {
        server.enqueue(created().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(created().addHeader("Idempotent-Replayed", "true"));
        OutboxEntry entry = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100001"), "Rang the school"));

        awaitState(entry, OutboxState.APPLIED);

        assertEquals(2, server.getRequestCount());
        assertEquals(entry.idempotencyKey(), server.takeRequest().getHeader("Idempotency-Key"));
        assertEquals(entry.idempotencyKey(), server.takeRequest().getHeader("Idempotency-Key"));
    }

    @Test
    @DisplayName("5xx every time: bounded retries, then failed with a sentence saying what to do")
    void serverErrorsAreBounded() throws Exception {
        for (int i = 0; i < OutboxTestSupport.QUICK.serverErrorAttempts(); i++) {
            server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"errors\":[]}"));
        }
        OutboxEntry entry = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100001"), "Rang the school"));

        awaitState(entry, OutboxState.FAILED);

        assertEquals(OutboxTestSupport.QUICK.serverErrorAttempts(), server.getRequestCount());
        assertTrue(outbox.entry(entry.id()).orElseThrow().error().message().contains("Try again"));
        assertTrue(cache.notes("school:100001").isEmpty(), "the provisional note is gone");
    }

    @Test
    @DisplayName("401: the queue is kept and paused until the agent signs in again; then everything is sent")
    void unauthorisedPausesUntilResumed() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"errors\":[{\"status\":\"401\","
                + "\"code\":\"unauthorised\",\"title\":\"Sign in\",\"detail\":\"Token expired\",\"rule\":null,"
                + "\"source\":{\"pointer\":null}}]}"));
        OutboxEntry first = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100001"), "Rang the school"));
        awaitState(first, OutboxState.UNAUTHORISED);
        OutboxEntry second = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100002"), "Rang another school"));
        sender.sendNow().get(5, TimeUnit.SECONDS);

        assertEquals(1, server.getRequestCount(), "nothing else goes out while the sign-in is refused");
        assertEquals(OutboxState.QUEUED, outbox.entry(second.id()).orElseThrow().state());
        assertEquals(1, cache.notes("school:100001").size(), "the change still shows while paused");

        server.enqueue(created());
        server.enqueue(created());
        outbox.resume();
        awaitState(first, OutboxState.APPLIED);
        awaitState(second, OutboxState.APPLIED);
        assertEquals(3, server.getRequestCount());
    }

    @Test
    @DisplayName("closing the app while a change is being sent waits for its answer: applied, not failed or offline")
    void closingMidSendKeepsTheAnswer() throws Exception {
        server.enqueue(created().setHeadersDelay(1, TimeUnit.SECONDS));
        OutboxEntry entry = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100001"), "Rang the school"));
        assertEquals("/api/support/v1/notes", server.takeRequest(5, TimeUnit.SECONDS).getPath(), "the send is under way");

        sender.close();

        OutboxEntry after = outbox.entry(entry.id()).orElseThrow();
        assertEquals(OutboxState.APPLIED, after.state());
        assertEquals(null, after.error(), "nothing to tell the agent");
        assertEquals("note-1", cache.notes("school:100001").get(0).id(), "the cache still works after closing");
        assertEquals(0, sender.sendNow().get(1, TimeUnit.SECONDS), "a send asked for after closing is a quiet no-op");
    }

    @Test
    @DisplayName("an answer slower than closing waits for: the change is sent again next start with the same key")
    void closingCutsOffAVerySlowSendWithoutLosingIt() throws Exception {
        sender.close();
        OutboxSender impatient = new OutboxSender(outbox, client.writes(), OutboxTestSupport.QUICK, Duration.ofHours(1),
                Clock.systemUTC(), Duration.ofMillis(300));
        server.enqueue(created().setHeadersDelay(2, TimeUnit.SECONDS));
        OutboxEntry entry = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100001"), "Rang the school"));
        impatient.start();
        server.takeRequest(5, TimeUnit.SECONDS);

        impatient.close();
        assertEquals(OutboxState.SENDING, outbox.entry(entry.id()).orElseThrow().state(), "kept, not failed");
        assertEquals(null, outbox.entry(entry.id()).orElseThrow().error(), "and not shown as offline");

        server.enqueue(created().addHeader("Idempotent-Replayed", "true"));
        OutboxSender next = new OutboxSender(outbox, client.writes(), OutboxTestSupport.QUICK, Duration.ofHours(1),
                Clock.systemUTC());
        try {
            next.start();
            awaitState(entry, OutboxState.APPLIED);
        } finally {
            next.close();
        }
        assertEquals(entry.idempotencyKey(), server.takeRequest(5, TimeUnit.SECONDS).getHeader("Idempotency-Key"));
    }

    private static MockResponse created() {
        return new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json")
                .setBody(NOTE_CREATED);
    }

    private void awaitState(OutboxEntry entry, OutboxState state) throws InterruptedException {
        OutboxTestSupport.awaitTrue("entry " + entry.id() + " is " + state.code(), Duration.ofSeconds(20),
                () -> outbox.entry(entry.id()).orElseThrow().state() == state);
    }
}
