package uk.gov.ects.desk.model.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts a decision was refused with the code, rule and status the API will show. */
public final class Refused {

    private Refused() {
    }

    public static RuleViolation with(int status, String code, String rule, Executable decision) {
        RuleViolation violation = assertThrows(RuleViolation.class, decision);
        assertAll(
                () -> assertEquals(code, violation.code(), "code"),
                () -> assertEquals(rule, violation.rule(), "rule"),
                () -> assertEquals(status, violation.httpStatus(), "status"),
                () -> assertFalse(violation.title().isBlank(), "title"),
                () -> assertFalse(violation.detail().isBlank(), "detail"));
        return violation;
    }
}
