package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full UK postcodes ("LS1 4AP", "DE22 1AB", "sw1a1aa"), in one case throughout so that words and
 * ordinals in running text ("B12 3rd floor") are not taken for one. Normalised to capitals with
 * one space before the inward code.
 */
final class PostcodeFinder {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])([A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?)\\s?(\\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])");

    private PostcodeFinder() {
    }

    static List<Entity> find(TicketText ticket) {
        List<Entity> found = new ArrayList<>();
        Matcher matcher = POSTCODE.matcher(ticket.text());
        while (matcher.find()) {
            String letters = matcher.group().replaceAll("[^A-Za-z]", "");
            boolean oneCase = letters.equals(letters.toUpperCase(Locale.ROOT)) || letters.equals(letters.toLowerCase(Locale.ROOT));
            if (!oneCase) {
                continue;
            }
            String normalised = (matcher.group(1) + " " + matcher.group(2)).toUpperCase(Locale.ROOT);
            found.add(new Entity(EntityKind.POSTCODE, matcher.group(), normalised, matcher.start(), matcher.end()));
        }
        return found;
    }
}
