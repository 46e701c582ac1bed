package uk.gov.ects.desk.gui.tickets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.model.tickets.TicketRules;

/** Category and priority names as agents say them; each category has its number key (1..9). */
public final class TicketCategories {

    private static final Map<String, String> NAMES = Map.of(
            "programme_change", "Programme change",
            "trn_dob_correction", "TRN or date of birth",
            "multi_school_mentor", "Mentor at two schools",
            "partnership_change", "Partnership change",
            "induction_tutor", "Induction tutor",
            "participant_details", "Participant details",
            "transfer", "Transfer",
            "duplicate", "Duplicate record",
            "other", "Other");

    private TicketCategories() {
    }

    public static List<String> codes() {
        return TicketRules.CATEGORIES;
    }

    public static List<String> priorities() {
        return TicketRules.PRIORITIES;
    }

    /** "Transfer"; "Not categorised" for none. */
    public static String name(String code) {
        if (code == null || code.isBlank()) {
            return "Not categorised";
        }
        return NAMES.getOrDefault(code, Wording.humanise(code));
    }

    /** The number key of a category, 1-based; 0 if it has none. */
    public static int number(String code) {
        return code == null ? 0 : codes().indexOf(code) + 1;
    }

    /** "7  Transfer": the number key shown beside the name. */
    public static String numbered(String code) {
        int number = number(code);
        return number > 0 && number <= 9 ? number + "  " + name(code) : name(code);
    }

    public static Optional<String> byNumber(int number) {
        return number >= 1 && number <= Math.min(9, codes().size()) ? Optional.of(codes().get(number - 1)) : Optional.empty();
    }

    public static String priorityName(String code) {
        return code == null ? "Normal" : Wording.humanise(code);
    }
}
