package uk.gov.ects.desk.model.tickets;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * How long a ticket has waited, against the answer target its priority sets: urgent 4 hours, high
 * 1 working day, normal 2 working days, low 5 working days. Only weekday time counts (a ticket
 * that arrives on Friday afternoon is not late on Monday morning), so a "working day" is 24 hours
 * of Monday-to-Friday time. At {@value #WARNING_SHARE} of the target a ticket is nearly due.
 */
public record TicketAge(Duration waited, Duration target) {

    public static final double WARNING_SHARE = 0.75;
    private static final Duration DAY = Duration.ofDays(1);

    /** Where a ticket stands against its target. */
    public enum Standing { WITHIN_TARGET, NEARLY_DUE, OVERDUE }

    /** The overview's age bands, by weekday time waited. */
    public enum Band {
        UNDER_4_HOURS("Under 4 h"), UNDER_1_DAY("4 h to 1 day"), ONE_TO_2_DAYS("1 to 2 days"),
        TWO_TO_5_DAYS("2 to 5 days"), OVER_5_DAYS("Over 5 days");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static TicketAge of(Instant receivedAt, String priority, Instant now, ZoneId zone) {
        return new TicketAge(workingTime(receivedAt, now, zone), target(priority));
    }

    /** The answer target of a priority; an unknown or missing priority counts as normal. */
    public static Duration target(String priority) {
        String code = priority == null ? "" : priority.toLowerCase(Locale.ROOT);
        return switch (code) {
            case "urgent" -> Duration.ofHours(4);
            case "high" -> DAY;
            case "low" -> DAY.multipliedBy(5);
            default -> DAY.multipliedBy(2);
        };
    }

    /** Time between the two instants that falls on a Monday to Friday in {@code zone}; zero if {@code to} is earlier. */
    public static Duration workingTime(Instant from, Instant to, ZoneId zone) {
        if (from == null || to == null || !to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        Duration total = Duration.ZERO;
        LocalDate day = start.toLocalDate();
        while (!day.isAfter(end.toLocalDate())) {
            if (isWeekday(day)) {
                ZonedDateTime dayStart = day.atStartOfDay(zone);
                ZonedDateTime dayEnd = day.plusDays(1).atStartOfDay(zone);
                ZonedDateTime from0 = start.isAfter(dayStart) ? start : dayStart;
                ZonedDateTime to0 = end.isBefore(dayEnd) ? end : dayEnd;
                if (to0.isAfter(from0)) {
                    total = total.plus(Duration.between(from0, to0));
                }
            }
            day = day.plusDays(1);
        }
        return total;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Waited time as a share of the target: 1.0 means due now. */
    public double share() {
        return (double) waited.toMillis() / target.toMillis();
    }

    public Standing standing() {
        double share = share();
        if (share > 1.0) {
            return Standing.OVERDUE;
        }
        return share >= WARNING_SHARE ? Standing.NEARLY_DUE : Standing.WITHIN_TARGET;
    }

    public Band band() {
        if (waited.compareTo(Duration.ofHours(4)) < 0) {
            return Band.UNDER_4_HOURS;
        }
        if (waited.compareTo(DAY) < 0) {
            return Band.UNDER_1_DAY;
        }
        if (waited.compareTo(DAY.multipliedBy(2)) < 0) {
            return Band.ONE_TO_2_DAYS;
        }
        return waited.compareTo(DAY.multipliedBy(5)) <= 0 ? Band.TWO_TO_5_DAYS : Band.OVER_5_DAYS;
    }

    /** "12 min", "3 h", "1 working day", "2 working days". */
    public String waitedText() {
        return text(waited);
    }

    /** "4 h", "1 working day", "5 working days". */
    public String targetText() {
        return text(target);
    }

    private static String text(Duration duration) {
        if (duration.compareTo(Duration.ofHours(1)) < 0) {
            return duration.toMinutes() + " min";
        }
        if (duration.compareTo(DAY) < 0) {
            return duration.toHours() + " h";
        }
        long days = duration.toDays();
        return days + (days == 1 ? " working day" : " working days");
    }
}
