package uk.gov.ects.desk.service.http;

/**
 * An error the API answers with its error envelope: anything that is not a broken business rule
 * (those are {@link uk.gov.ects.desk.model.rules.RuleViolation}).
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final String rule;
    private final String pointer;
    private final transient java.util.Map<String, Object> meta;

    public ApiError(int status, String code, String title, String detail, String rule, String pointer) {
        this(status, code, title, detail, rule, pointer, null);
    }

    private ApiError(int status, String code, String title, String detail, String rule, String pointer,
            java.util.Map<String, Object> meta) {
        super(code + ": " + detail);
        this.meta = meta == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.rule = rule;
        this.pointer = pointer;
    }

    /** The same error with a top-level {@code meta} object (e.g. who holds a claim), for clients to act on. */
    public ApiError withMeta(java.util.Map<String, Object> meta) {
        return new ApiError(status, code, title, detail, rule, pointer, meta);
    }

    public static ApiError badRequest(String code, String title, String detail, String pointer) {
        return new ApiError(400, code, title, detail, null, pointer);
    }

    public static ApiError notFound(String what, String id) {
        return new ApiError(404, "not_found", "Not found",
                "There is no " + what + " with id " + id + ". Check the id and search again.", null, null);
    }

    public static ApiError unauthorised(String detail) {
        return new ApiError(401, "unauthorised", "Not signed in", detail, null, null);
    }

    public static ApiError forbidden(String detail) {
        return new ApiError(403, "forbidden", "Not allowed for your role", detail, null, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String rule() {
        return rule;
    }

    public String pointer() {
        return pointer;
    }

    /** Extra facts for the error body's {@code meta}, or null. */
    public java.util.Map<String, Object> meta() {
        return meta;
    }
}
