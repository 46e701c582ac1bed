package uk.gov.ects.desk.model.rules;

/**
 * Short factories for {@link RuleViolation}, so each decision class reads as its rules do.
 * 422: the request breaks a rule by a value it carries. 409: the request is fine but the current
 * state of the records does not allow it (locked, already done, claimed, window closed).
 */
public final class Refusal {

    private Refusal() {
    }

    public static RuleViolation rule(String code, String rule, String title, String detail, String pointer) {
        return new RuleViolation(422, code, rule, title, detail, pointer);
    }

    public static RuleViolation conflict(String code, String rule, String title, String detail, String pointer) {
        return new RuleViolation(409, code, rule, title, detail, pointer);
    }

    public static RuleViolation forbidden(String rule, String title, String detail) {
        return new RuleViolation(403, "forbidden", rule, title, detail, null);
    }
}
