package uk.gov.ects.desk.gui.schools;

import uk.gov.ects.desk.model.programmes.ProgrammeChoice;

/**
 * Programme choice codes (rules.md) in words: the model's labels, so a form's choices, the detail
 * panes, previews and the outbox all name a programme the same way.
 */
public final class ProgrammeNames {

    private ProgrammeNames() {
    }

    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return "Not chosen yet";
        }
        return ProgrammeChoice.fromCode(code).map(ProgrammeChoice::label).orElse(code.replace('_', ' '));
    }
}
