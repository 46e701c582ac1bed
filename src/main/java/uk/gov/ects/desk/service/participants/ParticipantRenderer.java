package uk.gov.ects.desk.service.participants;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Supplier;
import uk.gov.ects.desk.service.clock.ServiceClock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.ResourceRenderer;
import uk.gov.ects.desk.service.sql.Batches;
import uk.gov.ects.desk.service.sql.Rows;

/**
 * Renders participants (docs/api-resources.md "participant"); six queries per batch. X-PII: the
 * date of birth column is never selected, only whether one is on file.
 * <p>
 * Statuses, the current school, the mentor, pools and mentees are as of the service's today
 * ({@link CurrentRecord}): a leaving or joining date ahead takes effect when it arrives.
 */
public final class ParticipantRenderer implements ResourceRenderer {

    public static final String TYPE = "participant";

    private final Supplier<LocalDate> today;

    /** Today by the fixed clock setting if there is one, else the system clock. */
    public ParticipantRenderer() {
        this.today = null;
    }

    public ParticipantRenderer(ServiceClock clock) {
        this.today = clock::today;
    }

    /** Today as the service sees it; read on the same connection when no clock was given. */
    private LocalDate today(Connection c) throws SQLException {
        if (today != null) {
            return today.get();
        }
        return uk.gov.ects.desk.service.clock.StoredToday.on(c);
    }

    private static final String PARTICIPANTS = "SELECT p.id, p.participant_type, p.full_name, p.trn, p.school_urn, "
            + "s.name AS school_name, p.cohort, p.status, p.induction_start_date, p.qts_date, p.validation_status, "
            + "p.validation_checked_at, p.eligibility_status, p.eligibility_reason, p.eligibility_manual, p.version, "
            + "CASE WHEN p.date_of_birth IS NULL THEN FALSE ELSE TRUE END AS dob_on_file "
            + "FROM participants p LEFT JOIN schools s ON s.urn = p.school_urn "
            + "WHERE p.merged_into IS NULL AND p.id IN (%s)";

    /** Package-visible so a test can check its plan looks each owner up (migration V6). */
    static final String EMAILS = "SELECT owner_id, email FROM email_addresses WHERE owner_type = 'participant' "
            + "AND owner_id IN (%s) ORDER BY is_primary DESC, added_at, email_lower";

    private static final String INDUCTION_RECORDS = "SELECT ir.*, s.name AS school_name, lp.name AS lp_name, "
            + "dp.name AS dp_name, ab.name AS ab_name, m.full_name AS mentor_name FROM induction_records ir "
            + "JOIN schools s ON s.urn = ir.school_urn "
            + "LEFT JOIN lead_providers lp ON lp.id = ir.lead_provider_id "
            + "LEFT JOIN delivery_partners dp ON dp.id = ir.delivery_partner_id "
            + "LEFT JOIN appropriate_bodies ab ON ab.id = ir.appropriate_body_id "
            + "LEFT JOIN participants m ON m.id = ir.mentor_id "
            + "WHERE ir.participant_id IN (%s) ORDER BY ir.start_date, ir.id";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Map<String, Object>> people = new LinkedHashMap<>();
        Map<String, Long> versions = new HashMap<>();
        Batches.query(c, PARTICIPANTS, ids, rs -> {
            people.put(rs.getString("id"), personFields(rs));
            versions.put(rs.getString("id"), rs.getLong("version"));
        });
        if (people.isEmpty()) {
            return Map.of();
        }
        Collection<String> found = people.keySet();
        LocalDate day = today(c);
        Map<String, List<String>> emails = emails(c, found);
        Map<String, List<Map<String, Object>>> records = inductionRecords(c, found, day);
        Map<String, List<Map<String, Object>>> pools = mentorPools(c, found, day);
        Map<String, List<Map<String, Object>>> mentees = mentees(c, found, day);
        Map<String, List<String>> retired = retiredIds(c, found);

        Map<String, Resource> rendered = new LinkedHashMap<>();
        people.forEach((id, a) -> {
            List<String> addresses = emails.getOrDefault(id, List.of());
            List<Map<String, Object>> history = records.getOrDefault(id, List.of());
            boolean mentor = "mentor".equals(a.get("type"));
            a.put("email", addresses.isEmpty() ? null : addresses.get(0));
            a.put("emails", addresses);
            a.put("induction_records", history);
            Map<String, Object> current = CurrentRecord.pick(history, r -> (LocalDate) r.get("start_date"),
                    r -> (LocalDate) r.get("end_date"), day);
            if (current != null) {
                a.put("school_urn", current.get("school_urn"));
                a.put("school_name", current.get("school_name"));
                a.put("cohort", current.get("cohort"));
                a.put("status", current.get("induction_status"));
            }
            a.put("mentor", mentor ? null : mentorOf(current));
            a.put("mentor_pools", mentor ? pools.getOrDefault(id, List.of()) : List.of());
            a.put("mentees", mentor ? mentees.getOrDefault(id, List.of()) : List.of());
            a.put("retired_ids", retired.getOrDefault(id, List.of()));
            rendered.put(id, new Resource(id, TYPE, versions.get(id), a));
        });
        return rendered;
    }

    private static Map<String, Object> personFields(ResultSet rs) throws SQLException {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("full_name", rs.getString("full_name"));
        a.put("type", rs.getString("participant_type"));
        a.put("trn", rs.getString("trn"));
        a.put("email", null);
        a.put("emails", List.of());
        a.put("date_of_birth_on_file", rs.getBoolean("dob_on_file"));
        a.put("school_urn", rs.getString("school_urn"));
        a.put("school_name", rs.getString("school_name"));
        a.put("cohort", Rows.integer(rs, "cohort"));
        a.put("status", rs.getString("status"));
        a.put("induction_start_date", Rows.date(rs, "induction_start_date"));
        a.put("qts_date", Rows.date(rs, "qts_date"));
        Map<String, Object> validation = new LinkedHashMap<>();
        validation.put("status", rs.getString("validation_status"));
        validation.put("checked_at", Rows.instant(rs, "validation_checked_at"));
        a.put("validation", validation);
        Map<String, Object> eligibility = new LinkedHashMap<>();
        eligibility.put("status", rs.getString("eligibility_status"));
        eligibility.put("reason", rs.getString("eligibility_reason"));
        eligibility.put("manual", rs.getBoolean("eligibility_manual"));
        a.put("eligibility", eligibility);
        return a;
    }

    /** Every address, primary first, then in the order they were added. */
    private static Map<String, List<String>> emails(Connection c, Collection<String> ids) throws SQLException {
        Map<String, List<String>> emails = new HashMap<>();
        Batches.query(c, EMAILS, ids,
                rs -> emails.computeIfAbsent(rs.getString("owner_id"), k -> new ArrayList<>()).add(rs.getString("email")));
        return emails;
    }

    private static Map<String, List<Map<String, Object>>> inductionRecords(Connection c, Collection<String> ids,
            LocalDate today) throws SQLException {
        Map<String, List<Map<String, Object>>> records = new HashMap<>();
        Batches.query(c, INDUCTION_RECORDS, ids, rs -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", rs.getString("id"));
            r.put("school_urn", rs.getString("school_urn"));
            r.put("school_name", rs.getString("school_name"));
            r.put("cohort", rs.getInt("cohort"));
            r.put("programme", rs.getString("programme"));
            r.put("lead_provider_id", rs.getString("lead_provider_id"));
            r.put("lead_provider_name", rs.getString("lp_name"));
            r.put("delivery_partner_id", rs.getString("delivery_partner_id"));
            r.put("delivery_partner_name", rs.getString("dp_name"));
            r.put("appropriate_body_id", rs.getString("appropriate_body_id"));
            r.put("appropriate_body_name", rs.getString("ab_name"));
            r.put("mentor_id", rs.getString("mentor_id"));
            r.put("mentor_name", rs.getString("mentor_name"));
            r.put("induction_status", CurrentRecord.effectiveStatus(rs.getString("induction_status"),
                    Rows.date(rs, "end_date"), today));
            r.put("training_status", rs.getString("training_status"));
            r.put("start_date", Rows.date(rs, "start_date"));
            r.put("end_date", Rows.date(rs, "end_date"));
            records.computeIfAbsent(rs.getString("participant_id"), k -> new ArrayList<>()).add(r);
        });
        return records;
    }

    /** The mentor of the current induction record (TECT-9: a record ended by a move no longer counts). */
    private static Map<String, Object> mentorOf(Map<String, Object> current) {
        if (current == null || current.get("mentor_id") == null) {
            return null;
        }
        Map<String, Object> mentor = new LinkedHashMap<>();
        mentor.put("id", current.get("mentor_id"));
        mentor.put("full_name", current.get("mentor_name"));
        return mentor;
    }

    /** The schools whose pool the mentor is in today (left_on unset or still ahead, OMEN-2, TMEN-4). */
    private static Map<String, List<Map<String, Object>>> mentorPools(Connection c, Collection<String> ids,
            LocalDate today) throws SQLException {
        Map<String, List<Map<String, Object>>> pools = new HashMap<>();
        Batches.query(c, "SELECT mp.mentor_id, mp.school_urn, s.name FROM mentor_pools mp "
                + "JOIN schools s ON s.urn = mp.school_urn WHERE (mp.left_on IS NULL OR mp.left_on > DATE '" + today
                + "') AND mp.mentor_id IN (%s) ORDER BY mp.joined_on, mp.school_urn", ids, rs -> {
                    Map<String, Object> pool = new LinkedHashMap<>();
                    pool.put("school_urn", rs.getString("school_urn"));
                    pool.put("school_name", rs.getString("name"));
                    pools.computeIfAbsent(rs.getString("mentor_id"), k -> new ArrayList<>()).add(pool);
                });
        return pools;
    }

    /** ECTs with an induction record naming the mentor that has not ended by today. */
    private static Map<String, List<Map<String, Object>>> mentees(Connection c, Collection<String> ids,
            LocalDate today) throws SQLException {
        Map<String, List<Map<String, Object>>> mentees = new HashMap<>();
        Batches.query(c, "SELECT DISTINCT ir.mentor_id, p.id, p.full_name, p.school_urn FROM induction_records ir "
                + "JOIN participants p ON p.id = ir.participant_id "
                + "WHERE (ir.end_date IS NULL OR ir.end_date > DATE '" + today + "') AND ir.start_date <= DATE '"
                + today + "' AND p.merged_into IS NULL AND ir.mentor_id IN (%s) "
                + "ORDER BY p.full_name, p.id", ids, rs -> {
                    Map<String, Object> mentee = new LinkedHashMap<>();
                    mentee.put("id", rs.getString("id"));
                    mentee.put("full_name", rs.getString("full_name"));
                    mentee.put("school_urn", rs.getString("school_urn"));
                    mentees.computeIfAbsent(rs.getString("mentor_id"), k -> new ArrayList<>()).add(mentee);
                });
        return mentees;
    }

    /** OVR-MERGE: the ids merged into each kept participant. */
    private static Map<String, List<String>> retiredIds(Connection c, Collection<String> ids) throws SQLException {
        Map<String, List<String>> retired = new HashMap<>();
        Batches.query(c, "SELECT id, merged_into FROM participants WHERE merged_into IN (%s) ORDER BY id", ids,
                rs -> retired.computeIfAbsent(rs.getString("merged_into"), k -> new ArrayList<>()).add(rs.getString("id")));
        return retired;
    }
}
