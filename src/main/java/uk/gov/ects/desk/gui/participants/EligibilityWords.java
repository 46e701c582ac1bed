package uk.gov.ects.desk.gui.participants;

import uk.gov.ects.desk.client.api.dto.EligibilityDto;
import uk.gov.ects.desk.gui.common.Wording;

/** Funding eligibility (teacher-records.md) in plain words. */
public final class EligibilityWords {

    private EligibilityWords() {
    }

    /** "Needs a manual check: no QTS yet (set by support)". */
    public static String of(EligibilityDto eligibility) {
        if (eligibility == null || eligibility.status() == null) {
            return "Not assessed yet";
        }
        String reason = reason(eligibility.reason());
        String words = status(eligibility.status()) + (reason.isEmpty() ? "" : ": " + reason);
        return Boolean.TRUE.equals(eligibility.manual()) ? words + " (set by support)" : words;
    }

    static String status(String code) {
        return switch (code) {
            case "eligible" -> "Eligible for funding";
            case "manual_check" -> "Needs a manual check";
            case "ineligible" -> "Not eligible for funding";
            default -> Wording.humanise(code);
        };
    }

    static String reason(String code) {
        if (code == null || code.isBlank() || code.equals("none")) {
            return "";
        }
        return switch (code) {
            case "active_flags" -> "the teacher record has an active alert";
            case "previous_participation" -> "took part in an earlier training programme";
            case "previous_induction" -> "has already had an induction";
            case "no_qts" -> "no QTS yet";
            case "different_trn" -> "already holds a different TRN";
            case "duplicate_profile" -> "this is a duplicate mentor profile";
            case "exempt_from_induction" -> "exempt from induction";
            case "no_induction" -> "no induction start date yet";
            default -> code.replace('_', ' ');
        };
    }
}
