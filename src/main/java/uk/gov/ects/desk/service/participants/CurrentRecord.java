package uk.gov.ects.desk.service.participants;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.ParticipantStatus;

/**
 * Which induction record is a participant's current one on a given day, and what it shows then.
 * Dates in the future take effect when they arrive: a transfer or leaving dated ahead changes
 * nothing visible until that day, so this is worked out at read time, not by a job.
 * <p>
 * The current record is the latest one whose period covers today; else the latest open one (a
 * start still ahead); else the latest. SQL filters use the same order ({@link #ORDER_SQL}).
 */
public final class CurrentRecord {

    /** Orders a participant's induction records {@code ir} best first; binds today twice. */
    public static final String ORDER_SQL = "CASE WHEN ir.start_date <= ? AND (ir.end_date IS NULL OR ir.end_date > ?) "
            + "THEN 0 WHEN ir.end_date IS NULL THEN 1 ELSE 2 END, ir.start_date DESC, ir.id DESC";

    /** The status record {@code ir} shows today; binds today once. */
    public static final String STATUS_SQL = "CASE WHEN ir.induction_status IN ('leaving', 'left') AND ir.end_date IS NOT NULL "
            + "THEN CASE WHEN ir.end_date <= ? THEN 'left' ELSE 'leaving' END ELSE ir.induction_status END";

    private CurrentRecord() {
    }

    /** The current one of {@code records} (any order), or null when there are none. */
    public static <R> R pick(List<R> records, Function<R, LocalDate> start, Function<R, LocalDate> end, LocalDate today) {
        R best = null;
        int bestRank = Integer.MAX_VALUE;
        for (R record : records) {
            int rank = rank(start.apply(record), end.apply(record), today);
            if (best == null || rank < bestRank || rank == bestRank && !start.apply(record).isBefore(start.apply(best))) {
                best = record;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int rank(LocalDate start, LocalDate end, LocalDate today) {
        if (!start.isAfter(today) && (end == null || end.isAfter(today))) {
            return 0;
        }
        return end == null ? 1 : 2;
    }

    /** The stored status as it shows today (a leaving record is {@code left} from its end date). */
    public static String effectiveStatus(String stored, LocalDate end, LocalDate today) {
        return InductionStatus.fromCode(stored)
                .map(status -> ParticipantStatus.effectiveStatus(status, end, today).code())
                .orElse(stored);
    }

    /** A scalar subquery: what participant {@code p}'s current record shows today; binds today three times. */
    public static String currentStatusSql() {
        return "(SELECT " + STATUS_SQL + " FROM induction_records ir WHERE ir.participant_id = p.id ORDER BY "
                + ORDER_SQL + " FETCH FIRST 1 ROWS ONLY)";
    }

    /** A scalar subquery: the school of participant {@code p}'s current record; binds today twice. */
    public static String currentSchoolSql() {
        return "(SELECT ir.school_urn FROM induction_records ir WHERE ir.participant_id = p.id ORDER BY "
                + ORDER_SQL + " FETCH FIRST 1 ROWS ONLY)";
    }
}
