package uk.gov.ects.desk.model.appropriatebodies;

import java.util.Arrays;
import java.util.Optional;

public enum AppropriateBodyType {
    TEACHING_SCHOOL_HUB("teaching_school_hub"),
    LOCAL_AUTHORITY("local_authority"),
    NATIONAL("national");

    private final String code;

    AppropriateBodyType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AppropriateBodyType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
