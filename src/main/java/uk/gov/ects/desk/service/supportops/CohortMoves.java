package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import uk.gov.ects.desk.model.partnerships.PartnershipState;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.support.CohortMoveRules.CohortMove;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.writes.Sql;

/**
 * Applies a cohort move (OVR-COHORT, OVR-INDUCTION-START). The move corrects where the participant
 * belongs, so the current record is changed in place (the audit keeps the old values): it takes the
 * target cohort's default programme and, for provider-led training, that cohort's active partnership.
 */
final class CohortMoves {

    private CohortMoves() {
    }

    static Set<Integer> cohorts(Connection tx) throws SQLException {
        return new HashSet<>(Sql.list(tx, "SELECT year FROM cohorts", rs -> rs.getInt(1)));
    }

    /** The school's cohorts as the rule asks for them, read up front (the rule cannot read the store). */
    static IntFunction<SchoolCohortState> schoolCohorts(Connection tx, String urn, Set<Integer> years)
            throws SQLException {
        java.util.Map<Integer, SchoolCohortState> states = new java.util.HashMap<>();
        for (int year : years) {
            states.put(year, SchoolRecords.cohortState(tx, urn, year));
        }
        return year -> states.getOrDefault(year, SchoolCohortState.notSetUp(year));
    }

    /** Answers the audit's field changes. */
    static List<FieldChange> apply(Connection tx, ParticipantRecords.Person person, CohortMove move) throws SQLException {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("cohort", move.fromCohort(), move.toCohort()));
        Sql.update(tx, "UPDATE participants SET cohort = ? WHERE id = ?", move.toCohort(), person.id());
        ParticipantRecords.CurrentRecord record = person.current();
        if (record == null) {
            return changes;
        }
        boolean providerLed = move.programme() == ProgrammeChoice.FULL_INDUCTION_PROGRAMME
                || move.programme() == ProgrammeChoice.SCHOOL_FUNDED_FIP;
        Optional<PartnershipState> partnership = providerLed
                ? SchoolRecords.activePartnership(tx, record.schoolUrn(), move.toCohort()) : Optional.empty();
        String lp = partnership.map(PartnershipState::leadProviderId).orElse(null);
        String dp = partnership.map(PartnershipState::deliveryPartnerId).orElse(null);
        Sql.update(tx, "UPDATE induction_records SET cohort = ?, programme = ?, lead_provider_id = ?, "
                + "delivery_partner_id = ? WHERE id = ?", move.toCohort(), move.programme().code(), lp, dp, record.id());
        changes.add(FieldChange.of("programme", record.programme(), move.programme().code()));
        changes.add(FieldChange.of("lead_provider_id", record.leadProviderId(), lp));
        changes.add(FieldChange.of("delivery_partner_id", record.deliveryPartnerId(), dp));
        return changes;
    }
}
