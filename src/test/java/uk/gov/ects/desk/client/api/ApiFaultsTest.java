package uk.gov.ects.desk.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults only (drops, errors, slow bodies): the happy path is tested against the real service. */
class ApiFaultsTest {

    private MockWebServer server;
    private SupportApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new SupportApiClient(ApiSettings.of(server.url("/api/support/v1").toString(), () -> "secret-token")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    @Test
    void aDroppedConnectionMeansOfflineAndKeepWorkingFromTheCache() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        ApiException failure = failureOf(() -> ApiCalls.execute(client.changes().changes(0, 10)));
        assertInstanceOf(ApiException.Offline.class, failure);
        assertTrue(failure.getMessage().contains("keep working from the cache"), failure.getMessage());
    }

    @Test
    void aConnectionTheServiceClosedWhileIdleIsReplacedNotReportedOffline() throws Exception {
        // The service's web server closes keep-alive connections left quiet; the sync asks once a
        // minute, so without a retry on a fresh connection a sync could report "Offline" while the
        // service was answering (seen against a standalone service).
        String page = "{\"data\": [], \"meta\": {\"last_seq\": 7, \"has_more\": false}}";
        server.enqueue(new MockResponse().setBody(page).setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
        server.enqueue(new MockResponse().setBody(page));

        ApiCalls.execute(client.changes().changes(0, 10));
        assertEquals(7, ApiCalls.execute(client.changes().changes(7, 10)).meta().lastSeq());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aServiceThatIsNotThereMeansOffline() throws IOException {
        String url = server.url("/api/support/v1/").toString();
        server.shutdown();
        try (SupportApiClient gone = new SupportApiClient(ApiSettings.of(url, () -> "t"))) {
            assertInstanceOf(ApiException.Offline.class, failureOf(() -> ApiCalls.execute(gone.me().me())));
        }
    }

    @Test
    void aBodyThatStopsArrivingTimesOutAsOffline() {
        server.enqueue(new MockResponse().setBody("{\"data\": [], \"meta\": {\"last_seq\": 0, \"has_more\": false}}")
                .throttleBody(5, 1, TimeUnit.SECONDS));
        long start = System.nanoTime();
        assertInstanceOf(ApiException.Offline.class,
                failureOf(() -> ApiCalls.execute(client.changes().changes(0, 10))));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 4, "the read timeout stops the wait");
    }

    @Test
    void serverErrorsSayTryAgainLater() {
        server.enqueue(new MockResponse().setResponseCode(500)
                .setBody("{\"errors\": [{\"status\": \"500\", \"code\": \"internal_error\", \"title\": \"Oops\"}]}"));
        ApiException failure = failureOf(() -> ApiCalls.execute(client.schools().school("100001")));
        assertEquals(500, assertInstanceOf(ApiException.ServerError.class, failure).status());
        assertTrue(failure.getMessage().contains("Try again"), failure.getMessage());
    }

    @Test
    void unauthorisedAndForbiddenAreTheirOwnOutcomes() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody(error(401, "unauthorised", null)));
        server.enqueue(new MockResponse().setResponseCode(403).setBody(error(403, "forbidden", null)));
        assertTrue(assertInstanceOf(ApiException.Unauthorised.class, failureOf(() -> ApiCalls.execute(client.me().me())))
                .getMessage().contains("sign in again"));
        assertTrue(assertInstanceOf(ApiException.Forbidden.class, failureOf(() -> ApiCalls.execute(client.me().me())))
                .getMessage().contains("lead"));
    }

    @Test
    void clientErrorsCarryTheServicesCodeRuleAndWords() {
        server.enqueue(new MockResponse().setResponseCode(410).setBody(error(410, "cursor_expired", null)));
        server.enqueue(new MockResponse().setResponseCode(409)
                .setBody(error(409, "programme_locked", "PROG-4")));
        ApiException.ClientError expired = assertInstanceOf(ApiException.ClientError.class,
                failureOf(() -> ApiCalls.execute(client.changes().changes(5, 10))));
        assertEquals(410, expired.status());
        assertTrue(expired.hasCode("cursor_expired"));
        ApiException.ClientError locked = assertInstanceOf(ApiException.ClientError.class,
                failureOf(() -> ApiCalls.execute(client.schools().school("100001"))));
        assertEquals("programme_locked", locked.code());
        assertEquals("PROG-4", locked.errors().get(0).rule());
        assertEquals("Detail for programme_locked", locked.getMessage());
    }

    @Test
    void aClientErrorWithoutAnEnvelopeStillSaysWhatToDo() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("<html>not found</html>"));
        ApiException.ClientError notFound = assertInstanceOf(ApiException.ClientError.class,
                failureOf(() -> ApiCalls.execute(client.schools().school("999999"))));
        assertEquals(null, notFound.code());
        assertTrue(notFound.getMessage().contains("search again"), notFound.getMessage());
    }

    @Test
    void anUnreadableAnswerIsUnexpected() {
        server.enqueue(new MockResponse().setBody("<html>proxy login</html>"));
        server.enqueue(new MockResponse().setBody("{\"data\": \"not an object\"}"));
        server.enqueue(new MockResponse().setResponseCode(302));
        assertInstanceOf(ApiException.Unexpected.class, failureOf(() -> ApiCalls.execute(client.me().me())));
        assertInstanceOf(ApiException.Unexpected.class, failureOf(() -> ApiCalls.execute(client.me().me())));
        assertInstanceOf(ApiException.Unexpected.class, failureOf(() -> ApiCalls.execute(client.me().me())));
    }

    @Test
    void everyRequestCarriesTheBearerTokenAndTheQuery() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"data\": [], \"meta\": {\"last_seq\": 0, \"has_more\": false}}"));
        ApiCalls.execute(client.changes().changes(42, 500));
        RecordedRequest request = server.takeRequest();
        assertEquals("Bearer secret-token", request.getHeader("Authorization"));
        assertEquals("/api/support/v1/changes?after=42&limit=500", request.getPath());
        assertFalse(client.toString().contains("secret-token"));
    }

    private static String error(int status, String code, String rule) {
        return "{\"errors\": [{\"status\": \"" + status + "\", \"code\": \"" + code + "\", \"title\": \"Title\", "
                + "\"detail\": \"Detail for " + code + "\", \"rule\": " + (rule == null ? "null" : "\"" + rule + "\"")
                + ", \"source\": {\"pointer\": null}}]}";
    }

    private static ApiException failureOf(ThrowingCall call) {
        return assertThrows(ApiException.class, call::run);
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws ApiException;
    }
}
