package uk.gov.ects.desk.service.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * List paging: {@code limit} and an opaque {@code cursor} that holds the sort key of the last row
 * served (keyset paging, so a page never skips or repeats rows when others are added).
 */
public record Paging(int limit, List<String> after) {

    private static final String SEPARATOR = "\u001f";
    private static final String PREFIX = "c1" + SEPARATOR;

    public static Paging from(Context ctx, int defaultLimit, int maxLimit) {
        int limit = Params.intParam(ctx, "limit", defaultLimit);
        if (limit < 1 || limit > maxLimit) {
            throw ApiError.badRequest("invalid_limit", "Limit out of range",
                    "limit must be between 1 and " + maxLimit + ".", "/limit");
        }
        String cursor = ctx.queryParam("cursor");
        return new Paging(limit, cursor == null || cursor.isBlank() ? List.of() : decode(cursor));
    }

    public static Paging from(Context ctx) {
        return from(ctx, 50, 500);
    }

    public boolean hasCursor() {
        return !after.isEmpty();
    }

    public String after(int index) {
        if (index >= after.size()) {
            throw invalidCursor();
        }
        return after.get(index);
    }

    public static String encode(String... sortKey) {
        String raw = PREFIX + String.join(SEPARATOR, sortKey);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw invalidCursor();
            }
            return Arrays.asList(raw.substring(PREFIX.length()).split(SEPARATOR, -1));
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
    }

    private static ApiError invalidCursor() {
        return ApiError.badRequest("invalid_cursor", "Cursor not recognised",
                "The cursor is not one this service gave out. Start the list again without a cursor.", "/cursor");
    }
}
