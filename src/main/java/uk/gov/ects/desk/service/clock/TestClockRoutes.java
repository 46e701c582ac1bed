package uk.gov.ects.desk.service.clock;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.http.Json;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.Responses;

/**
 * {@code POST /test-clock {"now"}}: moves a fixed clock (dataset.md), lead only. A service on the
 * real clock refuses, so this can never move time in production.
 */
public final class TestClockRoutes {

    private final ServiceClock clock;
    private final Runnable afterMove;

    /** {@code afterMove} runs once the clock has moved, before the answer (work that follows the clock). */
    public TestClockRoutes(ServiceClock clock, Runnable afterMove) {
        this.clock = clock;
        this.afterMove = afterMove;
    }

    public void register(RoutesConfig routes) {
        routes.post(SupportService.BASE_PATH + "/test-clock", this::move, Access.LEAD);
        routes.get(SupportService.BASE_PATH + "/test-clock", ctx -> Responses.one(ctx, resource()), Access.READ);
    }

    private void move(Context ctx) {
        if (!clock.isFixed()) {
            throw new ApiError(409, "clock_not_fixed", "The clock is real",
                    "This service runs on the real clock, so it cannot be moved. Only a service started from a "
                            + "dataset with a fixed clock accepts this.", null, null);
        }
        clock.setFixed(readNow(ctx));
        afterMove.run();
        Responses.one(ctx, resource());
    }

    /** Read like every write's body (malformed 400, wrong type 400, missing or not a time 422), always naming /now. */
    private static Instant readNow(Context ctx) {
        JsonObject body = Json.requestObject(ctx.body());
        JsonElement now = body.get("now");
        if (now == null || now.isJsonNull()) {
            throw invalidNow();
        }
        if (!now.isJsonPrimitive() || !now.getAsJsonPrimitive().isString()) {
            throw ApiError.badRequest("wrong_type", "A field has the wrong type",
                    "now must be text: an RFC 3339 UTC instant such as \"2026-09-01T08:30:00Z\".", "/now");
        }
        try {
            return Instant.parse(now.getAsString());
        } catch (DateTimeParseException e) {
            throw invalidNow();
        }
    }

    private static ApiError invalidNow() {
        return new ApiError(422, "invalid_now", "Time not understood",
                "Send {\"now\": \"2026-09-01T08:30:00Z\"}: an RFC 3339 UTC instant.", null, "/now");
    }

    private Resource resource() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("now", clock.now());
        attributes.put("fixed", clock.isFixed());
        return new Resource("clock", "clock", clock.now().getEpochSecond(), attributes);
    }
}
