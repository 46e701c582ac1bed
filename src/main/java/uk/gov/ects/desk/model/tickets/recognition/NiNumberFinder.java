package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National Insurance numbers: two letters, six digits, a final A to D ("JT 47 21 93 B"). The
 * letters follow HMRC's prefix rules, which also keeps "TRN 1234567 A" and similar from matching;
 * spaced forms whose letters are an English word ("TO 12 34 56 A") need "NI" or "national
 * insurance" just before.
 */
final class NiNumberFinder {

    private static final Pattern SPACED = Pattern.compile(
            "(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])(\\s?)(\\d{2})\\s?(\\d{2})\\s?(\\d{2})\\s?([A-D])(?![A-Za-z0-9])");
    private static final Pattern COMPACT_LOWER = Pattern.compile(
            "(?<![A-Za-z0-9])([a-ceghj-pr-tw-z][a-ceghj-npr-tw-z])()(\\d{2})(\\d{2})(\\d{2})([a-d])(?![A-Za-z0-9])");
    private static final Set<String> NOT_ISSUED = Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");
    private static final Set<String> WORDS = Set.of("AN", "AS", "AT", "BE", "BY", "GO", "HE", "ME", "MY", "NO",
            "OF", "ON", "OR", "SO", "TO", "UP", "WE", "AM");
    private static final Pattern NI_CUE = Pattern.compile("(?i)\\b(?:NI|N\\.I\\.?|NINO|national insurance)\\b");

    private NiNumberFinder() {
    }

    static List<Entity> find(TicketText ticket) {
        List<Entity> found = new ArrayList<>();
        collect(ticket, SPACED, found);
        collect(ticket, COMPACT_LOWER, found);
        return found;
    }

    private static void collect(TicketText ticket, Pattern pattern, List<Entity> found) {
        Matcher matcher = pattern.matcher(ticket.text());
        while (matcher.find()) {
            String prefix = matcher.group(1).toUpperCase(Locale.ROOT);
            if (NOT_ISSUED.contains(prefix)) {
                continue;
            }
            boolean spacedWord = !matcher.group(2).isEmpty() && WORDS.contains(prefix);
            if (spacedWord && !NI_CUE.matcher(ticket.before(matcher.start(), 40)).find()) {
                continue;
            }
            String normalised = (prefix + matcher.group(3) + matcher.group(4) + matcher.group(5) + matcher.group(6))
                    .toUpperCase(Locale.ROOT);
            found.add(new Entity(EntityKind.NI_NUMBER, matcher.group(), normalised, matcher.start(), matcher.end()));
        }
    }
}
