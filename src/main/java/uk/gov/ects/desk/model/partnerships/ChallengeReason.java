package uk.gov.ects.desk.model.partnerships;

import java.util.Arrays;
import java.util.Optional;

/** PART-3: why a school challenges a partnership. */
public enum ChallengeReason {
    ANOTHER_PROVIDER("another_provider", "The school is working with another provider"),
    NOT_CONFIRMED("not_confirmed", "The school has not confirmed this partnership"),
    DO_NOT_RECOGNISE("do_not_recognise", "The school does not recognise this provider"),
    NO_ECTS("no_ects", "The school has no ECTs this year"),
    MISTAKE("mistake", "Reported by mistake");

    private final String code;
    private final String label;

    ChallengeReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ChallengeReason> fromCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
