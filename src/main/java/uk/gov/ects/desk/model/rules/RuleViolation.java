package uk.gov.ects.desk.model.rules;

/**
 * A request a rule refuses. The service turns it into the API's error envelope; the client shows
 * {@code title} and {@code detail} to the agent before queueing.
 *
 * See api.md, "Errors".
 */
public final class RuleViolation extends RuntimeException {

    private final int httpStatus;
    private final String code;
    private final String rule;
    private final String title;
    private final String pointer;

    public RuleViolation(int httpStatus, String code, String rule, String title, String detail, String pointer) {
        super(detail);
        this.httpStatus = httpStatus;
        this.code = code;
        this.rule = rule;
        this.title = title;
        this.pointer = pointer;
    }

    /** The usual case: 422, a rule broken by a field's value. */
    public static RuleViolation unprocessable(String code, String rule, String title, String detail, String pointer) {
        return new RuleViolation(422, code, rule, title, detail, pointer);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public String rule() {
        return rule;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public String pointer() {
        return pointer;
    }
}
