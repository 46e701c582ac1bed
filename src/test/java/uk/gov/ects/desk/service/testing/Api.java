package uk.gov.ects.desk.service.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain java.net.http client for the service on loopback (not the project's client). */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;

    public Api(int port) {
        this.root = "http://127.0.0.1:" + port;
    }

    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonObject json() {
            JsonElement element = JsonParser.parseString(body);
            return element.getAsJsonObject();
        }

        public JsonObject data() {
            return json().getAsJsonObject("data");
        }

        public JsonObject attributes() {
            return data().getAsJsonObject("attributes");
        }

        public JsonObject firstError() {
            return json().getAsJsonArray("errors").get(0).getAsJsonObject();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** GET of a path under the API's base path, e.g. {@code /schools/100001}. */
    public Reply get(String path, String token) {
        return send("GET", "/api/support/v1" + path, token, null);
    }

    public Reply post(String path, String token, String json) {
        return send("POST", "/api/support/v1" + path, token, json);
    }

    public Reply send(String method, String absolutePath, String token, String json) {
        return send(method, absolutePath, token, json, java.util.Map.of());
    }

    /** A write: {@code headers} carry Idempotency-Key and If-Match. {@code path} is under the base path. */
    public Reply write(String method, String path, String token, String json, java.util.Map<String, String> headers) {
        return send(method, "/api/support/v1" + path, token, json, headers);
    }

    public Reply send(String method, String absolutePath, String token, String json,
            java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + absolutePath))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + method + " " + absolutePath, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
