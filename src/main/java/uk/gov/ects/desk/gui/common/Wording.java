package uk.gov.ects.desk.gui.common;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Plain-English words for numbers, dates and times, shared by all screens. */
public final class Wording {

    /** Support agents work in UK time; dates read "3 Oct 2026". */
    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final String NOT_RECORDED = "Not recorded";

    // Fixed three-letter months ("Sep", not the JDK's UK "Sept"), whatever the locale data says.
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Wording() {
    }

    public static String count(long number, String singular, String plural) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(number) + " " + (number == 1 ? singular : plural);
    }

    public static String date(LocalDate date) {
        return date == null ? NOT_RECORDED
                : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    public static String dateTime(Instant instant) {
        if (instant == null) {
            return NOT_RECORDED;
        }
        ZonedDateTime local = instant.atZone(UK);
        return date(local.toLocalDate()) + ", " + TIME.format(local);
    }

    public static String orNotRecorded(Object value) {
        return value == null || value.toString().isBlank() ? NOT_RECORDED : value.toString();
    }

    public static String yesNo(Boolean value) {
        return value == null ? NOT_RECORDED : value ? "Yes" : "No";
    }

    /** "just now", "2 minutes ago", "3 hours ago", "5 days ago". */
    public static String ago(Instant then, Instant now) {
        Duration gap = Duration.between(then, now);
        if (gap.isNegative() || gap.toSeconds() < 60) {
            return "just now";
        }
        if (gap.toMinutes() < 60) {
            return plural(gap.toMinutes(), "minute") + " ago";
        }
        if (gap.toHours() < 24) {
            return plural(gap.toHours(), "hour") + " ago";
        }
        return plural(gap.toDays(), "day") + " ago";
    }

    /** "12.3 MB": decimal units, as file managers show them. */
    public static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes / 1000.0;
        int unit = 0;
        // Decide on the figure as shown (one decimal): 999,950 bytes is "1.0 MB", never "1000.0 kB".
        while (Math.round(value * 10) >= 10_000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.UK, "%.1f %s", value, units[unit]);
    }

    public static String plural(long number, String singular) {
        return number + " " + singular + (number == 1 ? "" : "s");
    }

    /** "active" → "Active", "manual_check" → "Manual check". */
    public static String humanise(String code) {
        if (code == null || code.isBlank()) {
            return NOT_RECORDED;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
