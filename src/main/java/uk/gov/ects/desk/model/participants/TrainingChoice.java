package uk.gov.ects.desk.model.participants;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** On a transfer: keep the previous LP/DP, or take the new school's default (TECT-4, TMEN-6). */
public enum TrainingChoice {
    CONTINUE,
    SCHOOL_DEFAULT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TrainingChoice> fromCode(String code) {
        return Arrays.stream(values()).filter(choice -> choice.code().equals(code)).findFirst();
    }
}
