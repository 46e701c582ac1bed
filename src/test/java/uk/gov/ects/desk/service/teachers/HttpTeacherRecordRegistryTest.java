package uk.gov.ects.desk.service.teachers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.teachers.MatchOutcome;
import uk.gov.ects.desk.model.teachers.MatchRequest;
import uk.gov.ects.desk.model.teachers.TeacherRecord;
import uk.gov.ects.desk.service.http.ApiError;

/** The DQT-shaped HTTP registry against a tiny TRA on loopback. */
class HttpTeacherRecordRegistryTest {

    private static final String RECORD = """
            {"trn":"1234567","ni_number":"QQ123456C","name":"Priya Raman","dob":"1994-03-17T00:00:00",
             "active_alert":true,"state":0,"state_name":"Active",
             "qualified_teacher_status":{"name":"Qualified teacher (trained)","qts_date":"2026-07-01T00:00:00"},
             "induction":{"start_date":"2026-09-01T00:00:00","completion_date":null,"status":"InProgress"}}
            """;

    private HttpServer tra;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorisations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = RECORD;
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hang;

    @BeforeEach
    void startTra() throws IOException {
        tra = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        tra.createContext("/v1/teachers/", this::answer);
        tra.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        tra.start();
    }

    @AfterEach
    void stopTra() {
        release.countDown();
        tra.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().toString());
        authorisations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        if (hang) {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private HttpTeacherRecordRegistry registry(Duration timeout) {
        URI base = URI.create("http://127.0.0.1:" + tra.getAddress().getPort() + "/");
        return new HttpTeacherRecordRegistry(base, "secret-key", timeout);
    }

    @Test
    void readsADqtRecordAndSendsTheKeyTheBirthDateAndTheNiNumber() {
        Optional<TeacherRecord> found = registry(Duration.ofSeconds(5))
                .find("1234567", LocalDate.of(1994, 3, 17), "QQ 12 34 56 C");

        assertTrue(found.isPresent());
        TeacherRecord record = found.get();
        assertEquals("1234567", record.trn());
        assertEquals("Priya Raman", record.name());
        assertEquals(LocalDate.of(1994, 3, 17), record.dateOfBirth());
        assertEquals("QQ123456C", record.niNumber());
        assertTrue(record.isActive());
        assertTrue(record.activeAlert());
        assertEquals(LocalDate.of(2026, 7, 1), record.qtsDate());
        assertEquals(LocalDate.of(2026, 9, 1), record.inductionStartDate());
        assertEquals(null, record.inductionCompletionDate());
        assertEquals("InProgress", record.inductionStatus());
        assertEquals(List.of("/v1/teachers/1234567?birthdate=1994-03-17&nino=QQ123456C"), requests);
        assertEquals(List.of("Bearer secret-key"), authorisations);
    }

    @Test // rule: ECT-2
    void theMatcherMatchesThroughTheHttpRegistry() {
        assertEquals(MatchOutcome.MATCH, registry(Duration.ofSeconds(5))
                .match(new MatchRequest("1234567", LocalDate.of(1994, 3, 17), null, "Priya Raman", null)).outcome());
    }

    @Test
    void aLookupByNiNumberSendsThePlaceholderTrn() {
        registry(Duration.ofSeconds(5)).match(new MatchRequest(null, LocalDate.of(1994, 3, 17), "QQ123456C",
                "Priya Raman", null));

        assertEquals(List.of("/v1/teachers/0000001?birthdate=1994-03-17&nino=QQ123456C"), requests);
    }

    @Test
    void anyStatusOtherThan200IsNoRecord() {
        for (int answer : new int[] {404, 400, 401, 500, 204}) {
            status = answer;
            assertFalse(registry(Duration.ofSeconds(5)).find("1234567", LocalDate.of(1994, 3, 17), null).isPresent(),
                    "status " + answer);
        }
    }

    @Test
    void anUnreadableBodyIsNoRecord() {
        body = "<html>maintenance</html>";
        assertFalse(registry(Duration.ofSeconds(5)).find("1234567", LocalDate.of(1994, 3, 17), null).isPresent());
        body = "{\"trn\":\"1234567\"}";
        assertFalse(registry(Duration.ofSeconds(5)).find("1234567", LocalDate.of(1994, 3, 17), null).isPresent());
    }

    @Test
    void aSlowTraTimesOutAsUnavailableNotAsNoRecord() {
        hang = true;
        long started = System.nanoTime();

        ApiError error = assertThrows(ApiError.class,
                () -> registry(Duration.ofMillis(300)).find("1234567", LocalDate.of(1994, 3, 17), null));

        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, error.status());
        assertEquals("teacher_records_unavailable", error.code());
        assertTrue(tookMillis < 4_000, "gave up after " + tookMillis + " ms");
    }

    @Test
    void noTraListeningIsUnavailableNotNoRecord() {
        int port = tra.getAddress().getPort();
        tra.stop(0);
        HttpTeacherRecordRegistry registry = new HttpTeacherRecordRegistry(URI.create("http://127.0.0.1:" + port),
                "k", Duration.ofSeconds(2));

        ApiError error = assertThrows(ApiError.class, () -> registry.find("1234567", LocalDate.of(1994, 3, 17), null));
        assertEquals("teacher_records_unavailable", error.code());
    }

    @Test
    void theDefaultTimeoutIsTwentySeconds() {
        assertEquals(Duration.ofSeconds(20), HttpTeacherRecordRegistry.DEFAULT_TIMEOUT);
    }
}
