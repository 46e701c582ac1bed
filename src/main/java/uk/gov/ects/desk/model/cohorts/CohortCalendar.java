package uk.gov.ects.desk.model.cohorts;

import java.time.LocalDate;
import java.time.Month;

/** Cohort years from dates (teacher-records.md, "Cohort from induction start date"). */
public final class CohortCalendar {

    /** Inductions that started before the service existed count in the current cohort. */
    private static final LocalDate SERVICE_START = LocalDate.of(2021, 9, 1);

    private CohortCalendar() {
    }

    /** A cohort Y runs from 1 September Y, so on 31 August we are still in Y - 1. */
    public static int currentCohort(LocalDate today) {
        return today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
    }

    /** January to May belong to the cohort that started the previous September; June to December to this year's. */
    public static int cohortForInductionStart(LocalDate start, LocalDate today) {
        if (start.isBefore(SERVICE_START)) {
            return currentCohort(today);
        }
        return start.getMonthValue() <= Month.MAY.getValue() ? start.getYear() - 1 : start.getYear();
    }

    /** With no start date: the current cohort until 31 March, the next one from April. */
    public static int cohortForRegistration(LocalDate today) {
        int current = currentCohort(today);
        boolean fromAprilToAugust = today.getMonthValue() >= Month.APRIL.getValue()
                && today.getMonthValue() < Month.SEPTEMBER.getValue();
        return fromAprilToAugust ? current + 1 : current;
    }
}
