package uk.gov.ects.desk.service.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.ects.desk.model.rules.RuleViolation;

/** Writes the API's error envelope, {@code {"errors": [{status, code, title, detail, rule, source}]}}. */
public final class ErrorEnvelope {

    /** Set on a context whose error body is already written, so status-code error handlers leave it. */
    static final String WRITTEN = "ects.error-written";

    private ErrorEnvelope() {
    }

    public static void write(Context ctx, ApiError error) {
        write(ctx, error.status(), error.code(), error.title(), error.detail(), error.rule(), error.pointer(),
                error.meta());
    }

    public static void write(Context ctx, RuleViolation violation) {
        write(ctx, violation.httpStatus(), violation.code(), violation.title(), violation.detail(),
                violation.rule(), violation.pointer());
    }

    public static void write(Context ctx, int status, String code, String title, String detail, String rule,
            String pointer) {
        write(ctx, status, code, title, detail, rule, pointer, null);
    }

    /** As above, with a top-level {@code meta} object beside {@code errors} when {@code meta} is not null. */
    public static void write(Context ctx, int status, String code, String title, String detail, String rule,
            String pointer, Map<String, Object> meta) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", String.valueOf(status));
        error.put("code", code);
        error.put("title", title);
        error.put("detail", detail);
        error.put("rule", rule);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("pointer", pointer);
        error.put("source", source);
        ctx.attribute(WRITTEN, Boolean.TRUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(error));
        if (meta != null) {
            body.put("meta", meta);
        }
        ctx.status(status).json(body);
    }

    static boolean alreadyWritten(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(WRITTEN));
    }
}
