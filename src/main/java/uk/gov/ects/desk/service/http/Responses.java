package uk.gov.ects.desk.service.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON:API-style success envelopes. */
public final class Responses {

    private Responses() {
    }

    /** One resource, with its version also in the {@code ETag} header. */
    public static void one(Context ctx, Resource resource) {
        ctx.header("ETag", "\"" + resource.version() + "\"");
        ctx.json(Map.of("data", resource));
    }

    public static void list(Context ctx, List<?> data, String nextCursor) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("next_cursor", nextCursor);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("meta", meta);
        ctx.json(body);
    }
}
