package uk.gov.ects.desk.service.http;

import io.javalin.http.Context;

/** Reads query parameters, turning bad values into 400 envelopes that name the parameter. */
public final class Params {

    private Params() {
    }

    /** The trimmed value, or null when absent or blank. */
    public static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static Integer integer(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid_parameter", "Parameter is not a number",
                    name + " must be a whole number.", "/" + name);
        }
    }

    public static int intParam(Context ctx, String name, int defaultValue) {
        Integer value = integer(ctx, name);
        return value == null ? defaultValue : value;
    }

    public static long longParam(Context ctx, String name, long defaultValue) {
        String value = text(ctx, name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid_parameter", "Parameter is not a number",
                    name + " must be a whole number.", "/" + name);
        }
    }

    public static String oneOf(Context ctx, String name, String... allowed) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw ApiError.badRequest("invalid_parameter", "Unknown value",
                name + " must be one of: " + String.join(", ", allowed) + ".", "/" + name);
    }
}
