package uk.gov.ects.desk.gui.partnerships;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.gov.ects.desk.gui.common.Wording;

/**
 * Says how long a school has left to challenge a partnership (PART-3). The school may challenge
 * up to and including the deadline day.
 */
public final class DeadlineWording {

    private DeadlineWording() {
    }

    /** "closes in 12 days", "closes tomorrow", "closes today", "closed 3 Oct 2026". */
    public static String describe(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return "No deadline recorded";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days < 0) {
            return "closed " + Wording.date(deadline);
        }
        if (days == 0) {
            return "closes today";
        }
        if (days == 1) {
            return "closes tomorrow";
        }
        return "closes in " + days + " days";
    }

    /** "15 Oct 2026 (closes in 12 days)" or "Closed 3 Oct 2026". */
    public static String withDate(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return "No deadline recorded";
        }
        String relative = describe(deadline, today);
        return relative.startsWith("closed") ? "Closed " + Wording.date(deadline)
                : Wording.date(deadline) + " (" + relative + ")";
    }
}
