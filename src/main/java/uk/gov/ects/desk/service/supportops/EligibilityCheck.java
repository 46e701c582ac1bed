package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.SQLException;
import uk.gov.ects.desk.model.teachers.Eligibility;
import uk.gov.ects.desk.model.teachers.EligibilityFacts;
import uk.gov.ects.desk.model.teachers.FundingEligibility;
import uk.gov.ects.desk.model.teachers.TeacherRecord;
import uk.gov.ects.desk.service.writes.Sql;

/** Gathers the facts FundingEligibility decides from (teacher-records.md, "Eligibility for funding"). */
final class EligibilityCheck {

    /** Without a matched teacher record nobody can say: an agent checks by hand (the default status). */
    static final Eligibility NO_RECORD = new Eligibility(Eligibility.MANUAL_CHECK, "no_teacher_record");

    private EligibilityCheck() {
    }

    /**
     * @param record the matched TRA record; its TRN is the one the participant holds from now on, so
     *               "holds a different TRN" (rule 5) cannot apply
     */
    static Eligibility assess(Connection tx, ParticipantRecords.Person person, TeacherRecord record) throws SQLException {
        if (record == null) {
            return NO_RECORD;
        }
        boolean previousParticipation = Sql.exists(tx, "SELECT 1 FROM previous_participation WHERE trn = ?",
                record.trn());
        boolean secondaryDuplicate = person.mentor() && Sql.exists(tx, "SELECT 1 FROM participants WHERE trn = ? "
                + "AND id < ? AND participant_type = 'mentor' AND merged_into IS NULL AND status <> 'withdrawn'",
                record.trn(), person.id());
        return FundingEligibility.assess(new EligibilityFacts(person.mentor(), record, previousParticipation, false,
                secondaryDuplicate));
    }
}
