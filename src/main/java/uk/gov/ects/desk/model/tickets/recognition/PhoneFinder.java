package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK phone numbers (01/02/03/07/08 numbers, or +44 with an optional "(0)"), however they are
 * spaced. Found before TRNs and URNs so the digit groups of a signature's phone number are never
 * read as either. Normalised to digits from the leading 0.
 */
final class PhoneFinder {

    private static final Pattern START = Pattern.compile("(?<![\\w+/.-])(?:\\+44[\\s-]?(?:\\(0\\)[\\s-]?)?|\\(?0(?=[1237-9]))");
    private static final int MIN_NATIONAL_DIGITS = 9;
    private static final int MAX_NATIONAL_DIGITS = 10;

    private PhoneFinder() {
    }

    static List<Entity> find(TicketText ticket) {
        String text = ticket.text();
        List<Entity> found = new ArrayList<>();
        Matcher matcher = START.matcher(text);
        int searchFrom = 0;
        while (matcher.find(searchFrom)) {
            searchFrom = matcher.end();
            boolean international = matcher.group().startsWith("+");
            int position = international ? matcher.end() : text.indexOf('0', matcher.start()) + 1;
            StringBuilder national = new StringBuilder();
            int lastDigitEnd = position;
            while (position < text.length() && national.length() < MAX_NATIONAL_DIGITS) {
                char c = text.charAt(position);
                if (Character.isDigit(c)) {
                    national.append(c);
                    lastDigitEnd = ++position;
                } else if (isSeparator(c) && nextDigitWithin(text, position, 2) > 0) {
                    position = nextDigitWithin(text, position, 2);
                } else {
                    break;
                }
            }
            boolean runsOn = lastDigitEnd < text.length() && Character.isDigit(text.charAt(lastDigitEnd));
            if (national.length() >= MIN_NATIONAL_DIGITS && !runsOn) {
                found.add(new Entity(EntityKind.PHONE, text.substring(matcher.start(), lastDigitEnd), "0" + national,
                        matcher.start(), lastDigitEnd));
                searchFrom = lastDigitEnd;
            }
        }
        return found;
    }

    /** Where the next digit is if only separators ("(01632) 960") stand before it; -1 otherwise. */
    private static int nextDigitWithin(String text, int position, int maxSeparators) {
        for (int i = position; i < Math.min(text.length(), position + maxSeparators + 1); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return i;
            }
            if (!isSeparator(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == ')' || c == '(';
    }
}
