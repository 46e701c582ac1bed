package uk.gov.ects.desk.model.participants;

import java.util.Arrays;
import java.util.Optional;

/** CECT-1: why a participant's name is changing. Only the first two are genuine name changes. */
public enum NameChangeReason {
    MARRIED_OR_CHANGED_NAME("married_or_changed_name", true),
    ENTERED_INCORRECTLY("entered_incorrectly", true),
    SHOULD_NOT_HAVE_BEEN_REGISTERED("should_not_have_been_registered", false),
    REPLACE_WITH_DIFFERENT_PERSON("replace_with_different_person", false);

    private final String code;
    private final boolean allowed;

    NameChangeReason(String code, boolean allowed) {
        this.code = code;
        this.allowed = allowed;
    }

    public String code() {
        return code;
    }

    public boolean allowed() {
        return allowed;
    }

    public static Optional<NameChangeReason> fromCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
