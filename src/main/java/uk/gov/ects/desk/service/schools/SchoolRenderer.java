package uk.gov.ects.desk.service.schools;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.ects.desk.model.schools.EmailRedaction;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.ResourceRenderer;
import uk.gov.ects.desk.service.sql.Batches;
import uk.gov.ects.desk.service.sql.Rows;

/** Renders schools (docs/api-resources.md "school"); five queries per batch. */
public final class SchoolRenderer implements ResourceRenderer {

    public static final String TYPE = "school";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Resource> render(Connection c, Collection<String> urns) throws SQLException {
        Map<String, Map<String, Object>> schools = new LinkedHashMap<>();
        Map<String, Long> versions = new HashMap<>();
        Batches.query(c, "SELECT * FROM schools WHERE urn IN (%s)", urns, rs -> {
            schools.put(rs.getString("urn"), giasFields(rs));
            versions.put(rs.getString("urn"), rs.getLong("version"));
        });
        if (schools.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> tutors = tutors(c, schools.keySet());
        Map<String, TreeMap<Integer, Map<String, Object>>> cohorts = cohorts(c, schools.keySet());
        Map<String, Long> poolSizes = poolSizes(c, schools.keySet());

        Map<String, Resource> rendered = new LinkedHashMap<>();
        schools.forEach((urn, attributes) -> {
            attributes.put("induction_tutor", tutors.get(urn));
            List<Map<String, Object>> cohortList = new ArrayList<>(
                    cohorts.getOrDefault(urn, new TreeMap<>()).descendingMap().values());
            attributes.put("cohorts", cohortList);
            attributes.put("mentor_pool_size", poolSizes.getOrDefault(urn, 0L).intValue());
            rendered.put(urn, new Resource(urn, TYPE, versions.get(urn), attributes));
        });
        return rendered;
    }

    private static Map<String, Object> giasFields(ResultSet rs) throws SQLException {
        int typeCode = rs.getInt("establishment_type_code");
        int statusCode = rs.getInt("status_code");
        String district = rs.getString("administrative_district_code");
        boolean section41 = rs.getBoolean("section_41_approved");
        SchoolFacts facts = new SchoolFacts(typeCode, statusCode, district, section41);
        String giasEmail = rs.getString("gias_email");

        Map<String, Object> a = new LinkedHashMap<>();
        a.put("urn", rs.getString("urn"));
        a.put("name", rs.getString("name"));
        a.put("ukprn", rs.getString("ukprn"));
        a.put("local_authority_code", rs.getString("local_authority_code"));
        a.put("local_authority_name", rs.getString("local_authority_name"));
        a.put("establishment_type_code", typeCode);
        a.put("establishment_type_name", orElse(rs.getString("establishment_type_name"),
                GiasRules.establishmentTypeName(typeCode)));
        a.put("status_code", statusCode);
        a.put("status_name", orElse(rs.getString("status_name"), GiasRules.statusName(statusCode)));
        a.put("phase", rs.getString("phase"));
        a.put("address_line1", rs.getString("address_line1"));
        a.put("address_line2", rs.getString("address_line2"));
        a.put("address_line3", rs.getString("address_line3"));
        a.put("postcode", rs.getString("postcode"));
        a.put("administrative_district_code", district);
        a.put("section_41_approved", section41);
        // ACC-3: the GIAS email only ever leaves the service redacted.
        a.put("gias_email", giasEmail == null || giasEmail.isBlank() ? null : EmailRedaction.redact(giasEmail));
        a.put("eligible", GiasRules.isEligible(facts));
        a.put("cip_only", GiasRules.isCipOnly(facts));
        a.put("receives_emails", GiasRules.receivesEmails(typeCode));
        return a;
    }

    private static Map<String, Map<String, Object>> tutors(Connection c, Collection<String> urns) throws SQLException {
        Map<String, Map<String, Object>> tutors = new HashMap<>();
        Batches.query(c, "SELECT sit.school_urn, t.full_name, t.email, t.privacy_policy_accepted_at FROM school_induction_tutors sit "
                + "JOIN induction_tutors t ON t.id = sit.tutor_id WHERE sit.school_urn IN (%s)", urns, rs -> {
                    Map<String, Object> tutor = new LinkedHashMap<>();
                    tutor.put("full_name", rs.getString("full_name"));
                    tutor.put("email", rs.getString("email"));
                    // LOG-3: set on the tutor's first sign-in, so support can tell whether they ever signed in.
                    tutor.put("privacy_policy_accepted_at", Rows.instant(rs, "privacy_policy_accepted_at"));
                    tutors.put(rs.getString("school_urn"), tutor);
                });
        return tutors;
    }

    /**
     * Each school's cohorts by year: the school's setup, plus the cohort's partnership (PART-2):
     * the active one, else the most recently reported. A cohort with only a partnership reported
     * (no setup yet) is listed too, so support sees it.
     */
    private static Map<String, TreeMap<Integer, Map<String, Object>>> cohorts(Connection c, Collection<String> urns)
            throws SQLException {
        Map<String, TreeMap<Integer, Map<String, Object>>> cohorts = new HashMap<>();
        Batches.query(c, "SELECT sc.*, ab.name AS ab_name FROM school_cohorts sc "
                + "LEFT JOIN appropriate_bodies ab ON ab.id = sc.appropriate_body_id WHERE sc.school_urn IN (%s)", urns, rs -> {
                    Map<String, Object> cohort = cohortEntry(cohorts, rs.getString("school_urn"), rs.getInt("cohort"));
                    cohort.put("programme_choice", rs.getString("programme_choice"));
                    cohort.put("submitted_at", Rows.instant(rs, "submitted_at"));
                    cohort.put("appropriate_body_id", rs.getString("appropriate_body_id"));
                    cohort.put("appropriate_body_name", rs.getString("ab_name"));
                });
        Map<String, List<PartnershipSummary>> partnerships = new HashMap<>();
        Batches.query(c, "SELECT p.*, lp.name AS lp_name, dp.name AS dp_name FROM partnerships p "
                + "JOIN lead_providers lp ON lp.id = p.lead_provider_id "
                + "JOIN delivery_partners dp ON dp.id = p.delivery_partner_id WHERE p.school_urn IN (%s)", urns, rs -> {
                    Map<String, Object> summary = new LinkedHashMap<>();
                    summary.put("id", rs.getString("id"));
                    summary.put("lead_provider_id", rs.getString("lead_provider_id"));
                    summary.put("lead_provider_name", rs.getString("lp_name"));
                    summary.put("delivery_partner_id", rs.getString("delivery_partner_id"));
                    summary.put("delivery_partner_name", rs.getString("dp_name"));
                    summary.put("status", rs.getString("status"));
                    summary.put("challenge_deadline", Rows.date(rs, "challenge_deadline"));
                    partnerships.computeIfAbsent(rs.getString("school_urn") + "/" + rs.getInt("cohort"), k -> new ArrayList<>())
                            .add(new PartnershipSummary(rs.getString("school_urn"), rs.getInt("cohort"),
                                    "active".equals(rs.getString("status")), Rows.instant(rs, "reported_at"),
                                    rs.getString("id"), summary));
                });
        Comparator<PartnershipSummary> preference = Comparator.comparing(PartnershipSummary::active)
                .thenComparing(PartnershipSummary::reportedAt)
                .thenComparing(PartnershipSummary::id);
        for (List<PartnershipSummary> candidates : partnerships.values()) {
            PartnershipSummary chosen = candidates.stream().max(preference).orElseThrow();
            cohortEntry(cohorts, chosen.urn(), chosen.cohort()).put("partnership", chosen.attributes());
        }
        return cohorts;
    }

    private static Map<String, Object> cohortEntry(Map<String, TreeMap<Integer, Map<String, Object>>> cohorts,
            String urn, int year) {
        return cohorts.computeIfAbsent(urn, k -> new TreeMap<>()).computeIfAbsent(year, y -> {
            Map<String, Object> cohort = new LinkedHashMap<>();
            cohort.put("year", y);
            cohort.put("programme_choice", null);
            cohort.put("submitted_at", null);
            cohort.put("appropriate_body_id", null);
            cohort.put("appropriate_body_name", null);
            cohort.put("partnership", null);
            return cohort;
        });
    }

    /** Mentors in the pool today: a leaving date still ahead keeps them in it (OMEN-2, TMEN-4). */
    private static Map<String, Long> poolSizes(Connection c, Collection<String> urns) throws SQLException {
        Map<String, Long> sizes = new HashMap<>();
        Batches.query(c, "SELECT school_urn, COUNT(*) AS mentors FROM mentor_pools "
                + "WHERE (left_on IS NULL OR left_on > DATE '" + uk.gov.ects.desk.service.clock.StoredToday.on(c)
                + "') AND school_urn IN (%s) GROUP BY school_urn", urns,
                rs -> sizes.put(rs.getString("school_urn"), rs.getLong("mentors")));
        return sizes;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private record PartnershipSummary(String urn, int cohort, boolean active, java.time.Instant reportedAt, String id,
            Map<String, Object> attributes) {
    }
}
