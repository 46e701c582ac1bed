package uk.gov.ects.desk.model.participants;

import java.time.LocalDate;

/** Status by date: a reported leaving date turns "leaving" into "left" on that day (OECT-3, TECT-8, TMEN-4). */
public final class ParticipantStatus {

    private ParticipantStatus() {
    }

    /**
     * A leaving or left record shows {@code left} from its end date (the day itself included, as the
     * joining school has the teacher from that day) and {@code leaving} before it. Other statuses
     * do not depend on the date.
     */
    public static InductionStatus effectiveStatus(InductionStatus recordStatus, LocalDate endDate, LocalDate today) {
        if (!recordStatus.isReportedLeaving() || endDate == null) {
            return recordStatus;
        }
        return today.isBefore(endDate) ? InductionStatus.LEAVING : InductionStatus.LEFT;
    }
}
