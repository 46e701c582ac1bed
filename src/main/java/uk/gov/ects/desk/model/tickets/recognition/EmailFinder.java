package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Email addresses, in headers, signatures and running text; normalised to lower case. */
final class EmailFinder {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])");

    private EmailFinder() {
    }

    static List<Entity> find(TicketText ticket) {
        List<Entity> found = new ArrayList<>();
        Matcher matcher = EMAIL.matcher(ticket.text());
        while (matcher.find()) {
            found.add(new Entity(EntityKind.EMAIL, matcher.group(), matcher.group().toLowerCase(Locale.ROOT),
                    matcher.start(), matcher.end()));
        }
        return found;
    }
}
