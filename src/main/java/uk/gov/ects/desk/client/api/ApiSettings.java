package uk.gov.ects.desk.client.api;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the Support API is and how long to wait for it.
 *
 * @param baseUrl e.g. {@code http://127.0.0.1:7070/api/support/v1/} (a trailing slash is added if missing)
 * @param token   supplies the agent's bearer token for each request; never logged
 */
public record ApiSettings(String baseUrl, Supplier<String> token, Duration connectTimeout, Duration readTimeout,
        Duration writeTimeout, Duration callTimeout) {

    public ApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** Timeouts that suit a desktop app: fail fast on connect, allow a big sync page to arrive. */
    public static ApiSettings of(String baseUrl, Supplier<String> token) {
        return new ApiSettings(baseUrl, token, Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofSeconds(90));
    }

    public ApiSettings withTimeouts(Duration connect, Duration read, Duration write, Duration call) {
        return new ApiSettings(baseUrl, token, connect, read, write, call);
    }
}
