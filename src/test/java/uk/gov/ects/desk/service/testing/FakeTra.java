package uk.gov.ects.desk.service.testing;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small TRA on loopback speaking the DQT v1 call of teacher-records.md:
 * {@code GET /v1/teachers/{trn}?birthdate=YYYY-MM-DD[&nino=...]} with a bearer key, answering the
 * record with that TRN or, failing that, the one with that NI number and date of birth; 404 when
 * there is none, 401 without the key (a null key accepts any caller). {@link #hang()} makes it stop answering (until
 * {@link #recover()}), as a TRA under load would.
 */
public final class FakeTra implements AutoCloseable {

    /** A record as the TRA holds it. */
    public record Teacher(String trn, String name, LocalDate dateOfBirth, String niNumber, boolean active,
            LocalDate qtsDate, LocalDate inductionStart, String inductionStatus) {
    }

    private final String apiKey;
    private final HttpServer server;
    private final Map<String, Teacher> byTrn = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch hanging;
    private boolean closed;

    public FakeTra(String apiKey) {
        this.apiKey = apiKey;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/teachers/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public FakeTra add(Teacher teacher) {
        byTrn.put(teacher.trn(), teacher);
        return this;
    }

    /** An active teacher with QTS and an induction in progress. */
    public FakeTra add(String trn, String name, LocalDate dateOfBirth, String niNumber) {
        return add(new Teacher(trn, name, dateOfBirth, niNumber, true, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 1), "InProgress"));
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Paths and queries asked, in order, e.g. {@code /v1/teachers/1000001?birthdate=1994-03-17}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void hang() {
        hanging = new CountDownLatch(1);
    }

    public void recover() {
        CountDownLatch latch = hanging;
        hanging = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    @Override
    public synchronized void close() {
        recover();
        if (!closed) {
            closed = true;
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        CountDownLatch latch = hanging;
        if (latch != null) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        requests.add(exchange.getRequestURI().toString());
        if (apiKey != null && !("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, "{\"title\":\"Unauthorized\"}");
            return;
        }
        String trn = exchange.getRequestURI().getPath().substring("/v1/teachers/".length());
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        Optional<Teacher> found = find(trn, query.get("birthdate"), query.get("nino"));
        if (found.isEmpty()) {
            reply(exchange, 404, "{\"title\":\"Not found\"}");
            return;
        }
        reply(exchange, 200, dqt(found.get()).toString());
    }

    private Optional<Teacher> find(String trn, String birthdate, String nino) {
        Teacher teacher = byTrn.get(trn);
        if (teacher != null || nino == null || birthdate == null) {
            return Optional.ofNullable(teacher);
        }
        String wanted = nino.replace(" ", "").toUpperCase(Locale.ROOT);
        return byTrn.values().stream()
                .filter(t -> t.niNumber() != null && t.niNumber().replace(" ", "").equalsIgnoreCase(wanted))
                .filter(t -> t.dateOfBirth().toString().equals(birthdate))
                .findFirst();
    }

    private static JsonObject dqt(Teacher teacher) {
        JsonObject json = new JsonObject();
        json.addProperty("trn", teacher.trn());
        json.addProperty("ni_number", teacher.niNumber());
        json.addProperty("name", teacher.name());
        json.addProperty("dob", teacher.dateOfBirth() + "T00:00:00");
        json.addProperty("active_alert", false);
        json.addProperty("state", teacher.active() ? 0 : 1);
        json.addProperty("state_name", teacher.active() ? "Active" : "Inactive");
        JsonObject qts = new JsonObject();
        qts.addProperty("name", "Qualified teacher (trained)");
        qts.addProperty("qts_date", teacher.qtsDate() == null ? null : teacher.qtsDate() + "T00:00:00");
        json.add("qualified_teacher_status", qts);
        JsonObject induction = new JsonObject();
        induction.addProperty("start_date", teacher.inductionStart() == null ? null : teacher.inductionStart() + "T00:00:00");
        induction.add("completion_date", null);
        induction.addProperty("status", teacher.inductionStatus());
        json.add("induction", induction);
        return json;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new ConcurrentHashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals),
                        java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
