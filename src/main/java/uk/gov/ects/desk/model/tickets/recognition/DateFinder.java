package uk.gov.ects.desk.model.tickets.recognition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates with a day, month and year in the forms UK schools write them: 12/04/1995, 12.04.95,
 * 12-04-1995, 12 April 1995, 12th of April 1995, April 12th, 1995, 2026-09-01. Numeric dates are
 * read day first. A two-digit year below 50 is 20xx, otherwise 19xx (births and cohorts both fit).
 * A day and month without a year ("12th April") is not a date here: it cannot be normalised.
 */
final class DateFinder {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d|[/.-]\\d)");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<![\\d/.-])(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})(?!\\d|[/.-]\\d)");
    private static final Pattern DAY_IN_WORDS = Pattern.compile(
            "(?i)(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4}|'\\d{2})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)(?<![\\w])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final int TWO_DIGIT_YEAR_PIVOT = 50;

    private DateFinder() {
    }

    static List<Entity> find(TicketText ticket) {
        String text = ticket.text();
        List<Entity> found = new ArrayList<>();
        Matcher matcher = DAY_MONTH_YEAR.matcher(text);
        while (matcher.find()) {
            add(found, matcher, matcher.group(1), matcher.group(3), matcher.group(4));
        }
        matcher = YEAR_MONTH_DAY.matcher(text);
        while (matcher.find()) {
            add(found, matcher, matcher.group(4), matcher.group(3), matcher.group(1));
        }
        matcher = DAY_IN_WORDS.matcher(text);
        while (matcher.find()) {
            add(found, matcher, matcher.group(1), String.valueOf(monthNumber(matcher.group(2))), matcher.group(3));
        }
        matcher = MONTH_FIRST.matcher(text);
        while (matcher.find()) {
            add(found, matcher, matcher.group(2), String.valueOf(monthNumber(matcher.group(1))), matcher.group(3));
        }
        return found;
    }

    private static void add(List<Entity> found, Matcher matcher, String day, String month, String year) {
        try {
            LocalDate date = LocalDate.of(fullYear(year), Integer.parseInt(month), Integer.parseInt(day));
            found.add(new Entity(EntityKind.DATE, matcher.group(), date.toString(), matcher.start(), matcher.end()));
        } catch (DateTimeException notADate) {
            // 31/02/2026, 13/13/13 and the like: digits that only look like a date
        }
    }

    private static int fullYear(String year) {
        String digits = year.replace("'", "");
        int value = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return value;
        }
        return value < TWO_DIGIT_YEAR_PIVOT ? 2000 + value : 1900 + value;
    }

    private static int monthNumber(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(prefix) + 1;
    }
}
