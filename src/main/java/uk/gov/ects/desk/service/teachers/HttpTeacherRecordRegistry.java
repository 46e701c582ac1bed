package uk.gov.ects.desk.service.teachers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.model.teachers.TeacherRecord;

/**
 * A real TRA endpoint shaped like DQT v1: {@code GET {base}/v1/teachers/{trn}?birthdate=YYYY-MM-DD[&nino=...]}
 * with the API key as a bearer token. Any answer other than 200 with a readable record counts as
 * "no record" (teacher-records.md). A TRA that does not answer at all (timeout, refused connection)
 * is not "no record": the request fails with {@link TeacherRecordRegistry#unavailable()}, so a
 * school is never told a real teacher does not exist because the TRA was down, and nothing is written.
 */
public final class HttpTeacherRecordRegistry implements TeacherRecordRegistry {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(HttpTeacherRecordRegistry.class);

    private final URI base;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;

    public HttpTeacherRecordRegistry(URI base, String apiKey) {
        this(base, apiKey, DEFAULT_TIMEOUT);
    }

    public HttpTeacherRecordRegistry(URI base, String apiKey, Duration timeout) {
        this.base = base;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Scheme, host and port of the endpoint (never user info or path), to say in the log which TRA is used. */
    public String where() {
        return base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
    }

    @Override
    public Optional<TeacherRecord> find(String trn, LocalDate dateOfBirth, String nino) {
        if (trn == null || dateOfBirth == null) {
            return Optional.empty();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(trn, dateOfBirth, nino))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET();
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.info("TRA lookup answered {}; treated as no record", response.statusCode());
                return Optional.empty();
            }
            return parse(response.body());
        } catch (IOException e) {
            // Includes HttpTimeoutException; the TRN itself is not logged as it identifies a person.
            LOG.warn("TRA at {} did not answer ({})", base.getHost(), e.getClass().getSimpleName());
            throw TeacherRecordRegistry.unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TeacherRecordRegistry.unavailable();
        }
    }

    private URI uri(String trn, LocalDate dateOfBirth, String nino) {
        String root = base.toString().replaceAll("/+$", "");
        StringBuilder uri = new StringBuilder(root).append("/v1/teachers/").append(encode(trn))
                .append("?birthdate=").append(dateOfBirth);
        if (nino != null && !nino.isBlank()) {
            uri.append("&nino=").append(encode(nino.replace(" ", "")));
        }
        return URI.create(uri.toString());
    }

    /**
     * Reads a DQT v1 record: {@code trn, name, dob, ni_number, state_name, active_alert,
     * qualified_teacher_status.qts_date, induction.{start_date, completion_date, status}}; dates may
     * carry a time part, which is dropped. A body that is not such a record counts as no record.
     */
    static Optional<TeacherRecord> parse(String body) {
        try {
            JsonElement element = JsonParser.parseString(body);
            if (!element.isJsonObject()) {
                return Optional.empty();
            }
            JsonObject json = element.getAsJsonObject();
            String trn = text(json, "trn");
            String name = text(json, "name");
            LocalDate dob = date(json, text(json, "dob") != null ? "dob" : "date_of_birth");
            if (trn == null || name == null || dob == null) {
                return Optional.empty();
            }
            JsonObject qts = object(json, "qualified_teacher_status");
            JsonObject induction = object(json, "induction");
            String state = text(json, "state_name");
            return Optional.of(new TeacherRecord(trn, name, dob, text(json, "ni_number"),
                    state == null ? text(json, "state") : state,
                    json.has("active_alert") && json.get("active_alert").isJsonPrimitive()
                            && json.get("active_alert").getAsBoolean(),
                    qts == null ? null : date(qts, "qts_date"),
                    induction == null ? null : date(induction, "start_date"),
                    induction == null ? null : date(induction, "completion_date"),
                    induction == null ? null : text(induction, "status")));
        } catch (RuntimeException e) {
            LOG.warn("TRA answered a record the service cannot read ({}); treated as no record",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static JsonObject object(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    private static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    private static LocalDate date(JsonObject json, String name) {
        String value = text(json, name);
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
