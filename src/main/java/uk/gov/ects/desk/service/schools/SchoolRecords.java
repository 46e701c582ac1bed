package uk.gov.ects.desk.service.schools;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import uk.gov.ects.desk.model.partnerships.Pairing;
import uk.gov.ects.desk.model.partnerships.PartnershipState;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.sql.Rows;
import uk.gov.ects.desk.service.writes.Sql;

/** Reads a school's state the way the rules take it, inside a write transaction. */
public final class SchoolRecords {

    private SchoolRecords() {
    }

    /** A cohort's dates. */
    public record CohortDates(int year, LocalDate registrationOpens, LocalDate academicYearStarts) {
    }

    public static Optional<SchoolFacts> facts(Connection tx, String urn) throws SQLException {
        return Sql.one(tx, "SELECT establishment_type_code, status_code, administrative_district_code, "
                + "section_41_approved FROM schools WHERE urn = ?", rs -> new SchoolFacts(rs.getInt(1), rs.getInt(2),
                        rs.getString(3), rs.getBoolean(4)), urn);
    }

    /** The school's facts, or 404 for a school in the path that does not exist. */
    public static SchoolFacts requireSchool(Connection tx, String urn) throws SQLException {
        return facts(tx, urn).orElseThrow(() -> ApiError.notFound("school", urn));
    }

    public static CohortDates requireCohort(Connection tx, int year) throws SQLException {
        return Sql.one(tx, "SELECT year, registration_opens, academic_year_starts FROM cohorts WHERE year = ?",
                rs -> new CohortDates(rs.getInt(1), Rows.date(rs, "registration_opens"),
                        Rows.date(rs, "academic_year_starts")), year)
                .orElseThrow(() -> ApiError.notFound("cohort", String.valueOf(year)));
    }

    /** A cohort named in the body rather than the path: an unknown year is a bad field (422), not a missing page. */
    public static CohortDates requireCohortField(Connection tx, int year, String pointer) throws SQLException {
        try {
            return requireCohort(tx, year);
        } catch (ApiError notFound) {
            throw new ApiError(422, "cohort_not_found", "Cohort not found", "There is no cohort " + year
                    + ". Choose one of the cohorts listed under reference data.", null, pointer);
        }
    }

    public static SchoolCohortState cohortState(Connection tx, String urn, int year) throws SQLException {
        boolean active = activePartnership(tx, urn, year).isPresent();
        return Sql.one(tx, "SELECT programme_choice, submitted_at FROM school_cohorts WHERE school_urn = ? AND cohort = ?",
                rs -> new SchoolCohortState(year, choice(rs.getString(1)), Rows.instant(rs, "submitted_at"), active),
                urn, year).orElse(new SchoolCohortState(year, null, null, active));
    }

    public static boolean cohortRowExists(Connection tx, String urn, int year) throws SQLException {
        return Sql.exists(tx, "SELECT 1 FROM school_cohorts WHERE school_urn = ? AND cohort = ?", urn, year);
    }

    public static Optional<PartnershipState> activePartnership(Connection tx, String urn, int year) throws SQLException {
        return Sql.one(tx, "SELECT * FROM partnerships WHERE school_urn = ? AND cohort = ? AND status = 'active' "
                + "ORDER BY reported_at DESC", SchoolRecords::partnership, urn, year);
    }

    public static Optional<PartnershipState> partnership(Connection tx, String id) throws SQLException {
        return Sql.one(tx, "SELECT * FROM partnerships WHERE id = ?", SchoolRecords::partnership, id);
    }

    public static Set<Pairing> pairings(Connection tx, int year) throws SQLException {
        return new HashSet<>(Sql.list(tx, "SELECT cohort, lead_provider_id, delivery_partner_id FROM provider_pairings "
                + "WHERE cohort = ?", rs -> new Pairing(rs.getInt(1), rs.getString(2), rs.getString(3)), year));
    }

    /** Sets the cohort's programme choice, creating the school's cohort row if needed; answers the old choice. */
    public static String setChoice(Connection tx, String urn, int year, String choice, java.time.Instant submittedAt)
            throws SQLException {
        Optional<String> old = Sql.one(tx, "SELECT programme_choice FROM school_cohorts WHERE school_urn = ? AND cohort = ?",
                rs -> rs.getString(1) == null ? "" : rs.getString(1), urn, year);
        if (old.isEmpty()) {
            Sql.update(tx, "INSERT INTO school_cohorts (school_urn, cohort, programme_choice, submitted_at, "
                    + "appropriate_body_id) VALUES (?, ?, ?, ?, NULL)", urn, year, choice, submittedAt);
            return null;
        }
        Sql.update(tx, "UPDATE school_cohorts SET programme_choice = ?, submitted_at = COALESCE(submitted_at, ?) "
                + "WHERE school_urn = ? AND cohort = ?", choice, submittedAt, urn, year);
        return old.get().isEmpty() ? null : old.get();
    }

    private static PartnershipState partnership(java.sql.ResultSet rs) throws SQLException {
        return new PartnershipState(rs.getString("id"), rs.getString("school_urn"), rs.getInt("cohort"),
                rs.getString("lead_provider_id"), rs.getString("delivery_partner_id"),
                "active".equals(rs.getString("status")), Rows.date(rs, "challenge_deadline"));
    }

    private static ProgrammeChoice choice(String code) {
        return code == null ? null : ProgrammeChoice.fromCode(code).orElse(null);
    }
}
