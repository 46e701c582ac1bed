package uk.gov.ects.desk.model.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.IntFunction;
import uk.gov.ects.desk.model.cohorts.CohortCalendar;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.participants.ParticipantType;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.rules.Refusal;

/** OVR-COHORT and OVR-INDUCTION-START: a participant's cohort and induction start date. */
public final class CohortMoveRules {

    private CohortMoveRules() {
    }

    /**
     * A move to another cohort, which starts the participant on that cohort's default programme.
     *
     * @param cohorts       cohort years the service has
     * @param schoolCohorts the participant's school's state for a cohort year
     */
    public static CohortMove move(ParticipantState participant, int targetYear, Set<Integer> cohorts,
            IntFunction<SchoolCohortState> schoolCohorts) {
        return moveUnder(participant, targetYear, cohorts, schoolCohorts, "OVR-COHORT");
    }

    /**
     * OVR-INDUCTION-START: sets the date; for an ECT the cohort follows it (CohortCalendar), with the same
     * checks as a cohort move when it changes.
     */
    public static InductionStartChange setInductionStart(ParticipantState participant, LocalDate start,
            LocalDate today, Set<Integer> cohorts, IntFunction<SchoolCohortState> schoolCohorts) {
        if (start == null) {
            throw Refusal.rule("date_required", "OVR-INDUCTION-START", "Induction start date is missing",
                    "Enter the date the ECT started induction.", "/date");
        }
        if (participant.type() != ParticipantType.ECT) {
            return new InductionStartChange(start, null);
        }
        int cohort = CohortCalendar.cohortForInductionStart(start, today);
        if (cohort == participant.cohort()) {
            return new InductionStartChange(start, null);
        }
        return new InductionStartChange(start,
                moveUnder(participant, cohort, cohorts, schoolCohorts, "OVR-INDUCTION-START"));
    }

    private static CohortMove moveUnder(ParticipantState participant, int targetYear, Set<Integer> cohorts,
            IntFunction<SchoolCohortState> schoolCohorts, String rule) {
        if (targetYear == participant.cohort()) {
            throw Refusal.rule("cohort_unchanged", rule, "Already in that cohort",
                    "The participant is already in the " + targetYear + " cohort.", "/cohort");
        }
        if (!cohorts.contains(targetYear)) {
            throw Refusal.rule("cohort_not_found", rule, "No such cohort",
                    "The service has no " + targetYear + " cohort. Pick one of the cohorts it has.", "/cohort");
        }
        if (participant.declarationsExist()) {
            throw Refusal.conflict("declarations_exist", rule, "Training has been declared in this cohort",
                    "A provider has declared training for this participant in " + participant.cohort()
                            + ", so they cannot move cohort. Ask the provider to void the declarations first.",
                    "/cohort");
        }
        SchoolCohortState target = schoolCohorts.apply(targetYear);
        if (target == null || !target.hasDefaultProgramme()) {
            throw Refusal.rule("cohort_not_set_up", rule, "The school has not set up that cohort",
                    "School " + participant.schoolUrn() + " has no default programme for " + targetYear
                            + ". Set its programme choice for that cohort first.", "/cohort");
        }
        return new CohortMove(participant.cohort(), targetYear, target.choice());
    }

    /** @param programme the target cohort's default programme the participant now follows */
    public record CohortMove(int fromCohort, int toCohort, ProgrammeChoice programme) {
    }

    /** @param cohortMove the move the new date causes, or null when the cohort stays */
    public record InductionStartChange(LocalDate inductionStartDate, CohortMove cohortMove) {
    }
}
