package uk.gov.ects.desk.model.participants;

import java.time.Instant;
import java.time.LocalDate;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;

/** Shared states for the participant rule tests. */
public final class Fixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    public static final SchoolCohortState FIP_2026 = new SchoolCohortState(2026,
            ProgrammeChoice.FULL_INDUCTION_PROGRAMME, Instant.parse("2026-05-01T10:00:00Z"), true);
    public static final SchoolContext OAK = new SchoolContext("100001", 1, FIP_2026, LocalDate.of(2026, 4, 1));
    public static final SchoolContext ELM = new SchoolContext("100002", 1, FIP_2026, LocalDate.of(2026, 4, 1));

    private Fixtures() {
    }

    public static ParticipantState ect(String id, InductionStatus status, LocalDate endDate, String mentorId) {
        return new ParticipantState(id, ParticipantType.ECT, "100001", 2026, status, LocalDate.of(2026, 9, 1),
                endDate, mentorId, false);
    }

    public static ParticipantState activeEct(String id) {
        return ect(id, InductionStatus.ACTIVE, null, null);
    }

    public static ParticipantState mentor(String id, InductionStatus status, LocalDate endDate) {
        return new ParticipantState(id, ParticipantType.MENTOR, "100001", 2026, status, LocalDate.of(2026, 9, 1),
                endDate, null, false);
    }

    public static ParticipantState activeMentor(String id) {
        return mentor(id, InductionStatus.ACTIVE, null);
    }
}
