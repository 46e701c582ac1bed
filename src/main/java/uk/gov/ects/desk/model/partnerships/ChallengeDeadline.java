package uk.gov.ects.desk.model.partnerships;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** PART-3: the later of 14 days after the report and three months after the cohort starts. */
public final class ChallengeDeadline {

    /** Dates in the service are English dates, so the report's instant is read in London time. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private ChallengeDeadline() {
    }

    public static LocalDate of(Instant reportedAt, LocalDate cohortStart) {
        LocalDate reportedPlusFourteenDays = reportedAt.atZone(ENGLAND).toLocalDate().plusDays(14);
        LocalDate cohortStartPlusThreeMonths = cohortStart.plusMonths(3);
        return reportedPlusFourteenDays.isAfter(cohortStartPlusThreeMonths)
                ? reportedPlusFourteenDays
                : cohortStartPlusThreeMonths;
    }

    /** The school may still challenge on the deadline day itself. */
    public static boolean isOpen(LocalDate deadline, LocalDate today) {
        return deadline != null && !today.isAfter(deadline);
    }
}
