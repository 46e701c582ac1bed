package uk.gov.ects.desk.model.programmes;

import java.util.Arrays;
import java.util.Optional;

/** A school's choice for a cohort, with the API's codes (rules.md, "Programme choices"). */
public enum ProgrammeChoice {
    FULL_INDUCTION_PROGRAMME("full_induction_programme", "Provider-led training (FIP)"),
    CORE_INDUCTION_PROGRAMME("core_induction_programme", "DfE materials (CIP)"),
    DESIGN_OUR_OWN("design_our_own", "School's own programme (DIY)"),
    SCHOOL_FUNDED_FIP("school_funded_fip", "School-funded provider-led training"),
    NO_EARLY_CAREER_TEACHERS("no_early_career_teachers", "No early career teachers this year"),
    NOT_YET_KNOWN("not_yet_known", "Not yet known");

    private final String code;
    private final String label;

    ProgrammeChoice(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** ECT-1, PROG-10: only real programmes give new participants a default to start on. */
    public boolean isProgramme() {
        return this != NO_EARLY_CAREER_TEACHERS && this != NOT_YET_KNOWN;
    }

    public static Optional<ProgrammeChoice> fromCode(String code) {
        return Arrays.stream(values()).filter(choice -> choice.code.equals(code)).findFirst();
    }
}
