package uk.gov.ects.desk.model.appropriatebodies;

import java.util.Arrays;
import java.util.Locale;

/** An appropriate body from the reference list (gias.md); {@code disabledFromYear} null = never disabled. */
public record AppropriateBody(String id, String name, AppropriateBodyType type, Integer disabledFromYear) {

    /** AB-2: not offered for the year it was disabled from, nor later. */
    public boolean enabledFor(int cohortYear) {
        return disabledFromYear == null || cohortYear < disabledFromYear;
    }

    /** AB-4: the Independent Schools Teacher Induction Panel, known by its name or its acronym. */
    public boolean isIstip() {
        return type == AppropriateBodyType.NATIONAL
                && (mentions("istip") || name.toLowerCase(Locale.ROOT).contains("independent schools teacher induction panel"));
    }

    /** AB-5: Educational Success Partners. */
    public boolean isEsp() {
        return type == AppropriateBodyType.NATIONAL
                && (mentions("esp") || name.toLowerCase(Locale.ROOT).contains("educational success partners"));
    }

    /** A whole word of the id or name, so "esp" does not match "respect". */
    private boolean mentions(String word) {
        return hasWord(id, word) || hasWord(name, word);
    }

    private static boolean hasWord(String text, String word) {
        return text != null && Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .anyMatch(word::equals);
    }
}
