package uk.gov.ects.desk.client.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.ApiJson;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.cache.CacheFixtures;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.cache.SchoolRow;

/** The sync engine under faults the real service cannot be made to show on demand. */
class SyncEngineFaultsTest {

    @TempDir
    Path dir;

    private MockWebServer server;
    private SupportApiClient client;
    private LocalCache cache;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new SupportApiClient(ApiSettings.of(server.url("/api/support/v1/").toString(), () -> "t")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10)));
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("key")));
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        cache.close();
        server.shutdown();
    }

    @Test
    void aServerErrorOnTheSecondPageKeepsTheFirstPageAndItsCursor() {
        server.enqueue(page(true, CacheFixtures.school(1, "100001", "Oak Primary", "EC1A 1AA", null)));
        server.enqueue(new MockResponse().setResponseCode(500));

        assertInstanceOf(ApiException.ServerError.class, assertThrows(ApiException.class, this::sync));

        assertEquals(1, cache.cursor());
        assertEquals(List.of("100001"), urns());
    }

    @Test
    void aDropMidSyncLeavesTheCursorWithTheDataThenTheNextSyncCarriesOn() throws Exception {
        server.enqueue(page(true, CacheFixtures.school(1, "100001", "Oak Primary", "EC1A 1AA", null)));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        assertInstanceOf(ApiException.Offline.class, assertThrows(ApiException.class, this::sync));
        assertEquals(1, cache.cursor());

        server.enqueue(page(false, CacheFixtures.school(2, "100002", "Birch Academy", "M1 2AB", null)));
        sync();
        assertEquals(2, cache.cursor());
        assertEquals(List.of("100002", "100001"), urns());
        server.takeRequest();
        server.takeRequest();
        assertTrue(server.takeRequest().getPath().contains("after=1"), "resumed after the last committed page");
    }

    @Test
    void cursorExpiredRebuildsFromASnapshotWithoutTheOldRows() throws Exception {
        cache.applyPage(List.of(CacheFixtures.school(5, "100009", "Deleted Long Ago", "X1 1XX", null)), 5);
        server.enqueue(new MockResponse().setResponseCode(410).setBody(expired()));
        server.enqueue(page(false, CacheFixtures.school(40, "100001", "Oak Primary", "EC1A 1AA", null)));

        SyncEngine.Result result = sync();

        assertTrue(result.rebootstrapped());
        assertEquals(List.of("100001"), urns());
        assertEquals(40, cache.cursor());
        server.takeRequest();
        String rebuild = server.takeRequest().getPath();
        assertTrue(rebuild.contains("snapshot=true") && rebuild.contains("after=0"), rebuild);
    }

    @Test
    void aSecondCursorExpiredInOneSyncStopsInsteadOfLooping() {
        cache.applyPage(List.of(CacheFixtures.school(5, "100009", "Old School", "X1 1XX", null)), 5);
        server.enqueue(new MockResponse().setResponseCode(410).setBody(expired()));
        server.enqueue(page(true, CacheFixtures.school(40, "100001", "Oak Primary", "EC1A 1AA", null)));
        server.enqueue(new MockResponse().setResponseCode(410).setBody(expired()));

        ApiException.ClientError failure = assertInstanceOf(ApiException.ClientError.class,
                assertThrows(ApiException.class, this::sync));

        assertTrue(failure.hasCode("cursor_expired"));
        assertEquals(3, server.getRequestCount());
        assertEquals(List.of("100001"), urns(), "the snapshot's first page committed");
    }

    @Test
    void cancellingStopsTheSyncAndKeepsWhatCommitted() throws Exception {
        server.enqueue(page(true, CacheFixtures.school(1, "100001", "Oak Primary", "EC1A 1AA", null)));
        server.enqueue(page(false, CacheFixtures.school(2, "100002", "Birch Academy", "M1 2AB", null))
                .setHeadersDelay(5, TimeUnit.SECONDS));
        SyncEngine engine = new SyncEngine(client.changes(), cache, 1);
        try (SyncScheduler scheduler = new SyncScheduler(engine, cache, Duration.ofHours(1), Clock.systemUTC())) {
            CompletableFuture<SyncStatus> running = scheduler.syncNow();
            server.takeRequest(5, TimeUnit.SECONDS);
            server.takeRequest(5, TimeUnit.SECONDS); // the slow second page is in flight
            long start = System.nanoTime();
            scheduler.cancel();
            SyncStatus status = running.get(5, TimeUnit.SECONDS);

            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000, "cancel does not wait for the page");
            assertFalse(status.running());
            assertEquals(null, status.problem());
            assertEquals(1, cache.cursor());
            assertEquals(List.of("100001"), urns());
        }
    }

    @Test
    void requestsWhileASyncIsQueuedJoinIt() throws Exception {
        server.enqueue(page(false, CacheFixtures.school(1, "100001", "Oak Primary", "EC1A 1AA", null))
                .setHeadersDelay(300, TimeUnit.MILLISECONDS));
        server.enqueue(page(false));
        SyncEngine engine = new SyncEngine(client.changes(), cache, 10);
        try (SyncScheduler scheduler = new SyncScheduler(engine, cache, Duration.ofHours(1), Clock.systemUTC())) {
            CompletableFuture<SyncStatus> first = scheduler.syncNow();
            server.takeRequest(5, TimeUnit.SECONDS);
            CompletableFuture<SyncStatus> second = scheduler.syncNow();
            CompletableFuture<SyncStatus> third = scheduler.syncNow();
            assertTrue(second == third, "one queued sync, not one per click");
            first.get(5, TimeUnit.SECONDS);
            third.get(5, TimeUnit.SECONDS);
            assertEquals(2, server.getRequestCount());
        }
    }

    private SyncEngine.Result sync() throws ApiException {
        return new SyncEngine(client.changes(), cache, 1).syncOnce((applied, cursor) -> { });
    }

    private List<String> urns() {
        return cache.searchSchools("", 0, 50).stream().map(SchoolRow::urn).toList();
    }

    private static MockResponse page(boolean hasMore, ChangeDto... changes) {
        JsonArray data = new JsonArray();
        long last = 0;
        for (ChangeDto change : changes) {
            data.add(ApiJson.gson().toJsonTree(change));
            last = change.seq();
        }
        JsonObject meta = new JsonObject();
        meta.addProperty("last_seq", last);
        meta.addProperty("has_more", hasMore);
        JsonObject body = new JsonObject();
        body.add("data", data);
        body.add("meta", meta);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body.toString());
    }

    private static String expired() {
        return "{\"errors\": [{\"status\": \"410\", \"code\": \"cursor_expired\", \"title\": \"Changes no longer available\", "
                + "\"detail\": \"Sync again from after=0.\", \"rule\": null, \"source\": {\"pointer\": \"/after\"}}]}";
    }
}
