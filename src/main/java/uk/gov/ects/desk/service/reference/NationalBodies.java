package uk.gov.ects.desk.service.reference;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the two national appropriate bodies apart (gias.md). The dataset gives no separate flag,
 * so a {@code national} body is ISTIP when its id or name says "istip" (or spells out Independent
 * Schools Teacher Induction Panel), and ESP when its id or name has the word "esp" (or spells out
 * Educational Success Partners). Documented in docs/api-resources.md.
 */
final class NationalBodies {

    private static final Pattern ESP_WORD = Pattern.compile("(^|[^a-z])esp([^a-z]|$)");

    private NationalBodies() {
    }

    static boolean isIstip(String id, String name) {
        String text = (id + " " + name).toLowerCase(Locale.ROOT);
        return text.contains("istip") || text.contains("independent schools teacher induction panel");
    }

    static boolean isEsp(String id, String name) {
        String text = (id + " " + name).toLowerCase(Locale.ROOT);
        return ESP_WORD.matcher(text).find() || text.contains("educational success partners");
    }
}
