package uk.gov.ects.desk.service.dataset;

import uk.gov.ects.desk.service.auth.TokenHasher;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.model.tickets.TicketRules;
import uk.gov.ects.desk.service.http.Json;
import uk.gov.ects.desk.service.changes.ChangeLog;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.dataset.PreparedDataset.PreparedParticipant;
import uk.gov.ects.desk.service.dataset.PreparedDataset.PreparedPartnership;

/** Writes a validated dataset into the store inside the caller's transaction, in batches. */
final class DatasetInserter {

    private static final long FIRST_VERSION = 1;

    private final Connection tx;
    private final PreparedDataset prepared;
    private final Dataset data;
    private final Instant now;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final BatchInsert.Checkpoint checkpoint;

    private DatasetInserter(Connection tx, PreparedDataset prepared, BatchInsert.Checkpoint checkpoint) {
        this.tx = tx;
        this.checkpoint = checkpoint;
        this.prepared = prepared;
        this.data = prepared.source();
        this.now = prepared.now();
    }

    /** Inserts everything and returns how many rows went into each table. */
    static Map<String, Integer> insert(Connection tx, PreparedDataset prepared) throws SQLException {
        return insert(tx, prepared, BatchInsert.Checkpoint.NONE);
    }

    /** As {@link #insert(Connection, PreparedDataset)}, calling {@code checkpoint} after every batch sent. */
    static Map<String, Integer> insert(Connection tx, PreparedDataset prepared, BatchInsert.Checkpoint checkpoint)
            throws SQLException {
        DatasetInserter inserter = new DatasetInserter(tx, prepared, checkpoint);
        inserter.insertAll();
        return inserter.counts;
    }

    private void insertAll() throws SQLException {
        insertSettingsAndAgents();
        insertReferenceData();
        insertTeacherRecords();
        insertSchools();
        insertInductionTutors();
        insertSchoolCohortsAndPartnerships();
        insertParticipants();
        insertTickets();
    }

    private void insertSettingsAndAgents() throws SQLException {
        if (data.clock() != null) {
            ServiceClock.fix(tx, data.clock());
        }
        // Parents are flushed before children: batches of different tables go to the database separately.
        try (BatchInsert agents = batch("agents", "id", "name", "role")) {
            for (int i = 0; i < list(data.agents()).size(); i++) {
                Dataset.Agent agent = data.agents().get(i);
                agents.row(agentId(i), agent.name(), agent.role());
            }
            counted("agents", agents);
        }
        try (BatchInsert tokens = batch("api_tokens", "token_hash", "agent_id", "expires_at")) {
            for (int i = 0; i < list(data.agents()).size(); i++) {
                tokens.row(TokenHasher.hash(data.agents().get(i).token()), agentId(i), null);
            }
        }
    }

    private static String agentId(int index) {
        return "agent-" + (index + 1);
    }

    private void insertReferenceData() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (BatchInsert rows = batch("cohorts", "year", "registration_opens", "academic_year_starts", "version")) {
            for (Dataset.Cohort c : data.cohorts()) {
                rows.row(c.year(), c.registrationOpens(), c.academicYearStarts(), FIRST_VERSION);
                ids.add(String.valueOf(c.year()));
            }
            counted("cohorts", rows);
        }
        feedRows("cohort", ids, now);

        ids = new ArrayList<>();
        try (BatchInsert rows = batch("lead_providers", "id", "name", "version")) {
            for (Dataset.LeadProvider lp : list(data.leadProviders())) {
                rows.row(lp.id(), lp.name(), FIRST_VERSION);
                ids.add(lp.id());
            }
            counted("lead_providers", rows);
        }
        feedRows("lead_provider", ids, now);

        ids = new ArrayList<>();
        try (BatchInsert rows = batch("delivery_partners", "id", "name", "version")) {
            for (Dataset.DeliveryPartner dp : list(data.deliveryPartners())) {
                rows.row(dp.id(), dp.name(), FIRST_VERSION);
                ids.add(dp.id());
            }
            counted("delivery_partners", rows);
        }
        feedRows("delivery_partner", ids, now);

        ids = new ArrayList<>();
        try (BatchInsert rows = batch("provider_pairings", "cohort", "lead_provider_id", "delivery_partner_id", "version")) {
            for (Dataset.ProviderPairing p : list(data.providerPairings())) {
                rows.row(p.cohort(), p.leadProviderId(), p.deliveryPartnerId(), FIRST_VERSION);
                ids.add(DatasetValidator.pairingId(p.cohort(), p.leadProviderId(), p.deliveryPartnerId()));
            }
            counted("provider_pairings", rows);
        }
        feedRows("provider_pairing", ids, now);

        ids = new ArrayList<>();
        try (BatchInsert rows = batch("appropriate_bodies", "id", "name", "body_type", "disabled_from_year", "version")) {
            for (Dataset.AppropriateBody ab : list(data.appropriateBodies())) {
                rows.row(ab.id(), ab.name(), ab.type(), ab.disabledFromYear(), FIRST_VERSION);
                ids.add(ab.id());
            }
            counted("appropriate_bodies", rows);
        }
        feedRows("appropriate_body", ids, now);
    }

    private void insertTeacherRecords() throws SQLException {
        try (BatchInsert rows = batch("teacher_records", "trn", "name", "date_of_birth", "ni_number", "state",
                "active_alert", "qts_date", "induction_start_date", "induction_completion_date", "induction_status")) {
            for (Dataset.TeacherRecord r : list(data.teacherRecords())) {
                rows.row(r.trn(), r.name(), r.dateOfBirth(), r.niNumber(), r.state(), Boolean.TRUE.equals(r.activeAlert()),
                        r.qtsDate(), r.inductionStartDate(), r.inductionCompletionDate(), r.inductionStatus());
            }
            counted("teacher_records", rows);
        }
        try (BatchInsert rows = batch("previous_participation", "trn")) {
            for (String trn : new java.util.TreeSet<>(list(data.previousParticipationTrns()))) {
                rows.row(trn);
            }
            counted("previous_participation", rows);
        }
    }

    private void insertSchools() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (BatchInsert rows = batch("schools", "urn", "name", "search_name", "ukprn", "local_authority_code",
                "local_authority_name", "establishment_type_code", "establishment_type_name", "status_code", "status_name",
                "phase", "address_line1", "address_line2", "address_line3", "postcode", "search_postcode",
                "administrative_district_code", "section_41_approved", "gias_email", "version")) {
            for (Dataset.School s : list(data.schools())) {
                rows.row(s.urn(), s.name(), searchName(s.name()), s.ukprn(), s.localAuthorityCode(), s.localAuthorityName(),
                        s.establishmentTypeCode(), GiasRules.establishmentTypeName(s.establishmentTypeCode()),
                        s.statusCode(), GiasRules.statusName(s.statusCode()), s.phase(),
                        s.addressLine1(), s.addressLine2(), s.addressLine3(), s.postcode(), searchPostcode(s.postcode()),
                        s.administrativeDistrictCode(), Boolean.TRUE.equals(s.section41Approved()), s.giasEmail(), FIRST_VERSION);
                ids.add(s.urn());
            }
            counted("schools", rows);
        }
        feedRows("school", ids, now);
    }

    /** One induction_tutors row per person (MSIT-1: the same name and email may serve several schools). */
    private void insertInductionTutors() throws SQLException {
        Map<String, String> tutorIdByEmail = new java.util.HashMap<>();
        try (BatchInsert tutors = batch("induction_tutors", "id", "full_name", "email");
             BatchInsert emails = emailInsert()) {
            for (Dataset.InductionTutor t : list(data.inductionTutors())) {
                String emailLower = t.email().toLowerCase(Locale.ROOT);
                if (!tutorIdByEmail.containsKey(emailLower)) {
                    String tutorId = "sit-" + UUID.nameUUIDFromBytes(("induction-tutor:" + emailLower).getBytes(StandardCharsets.UTF_8));
                    tutorIdByEmail.put(emailLower, tutorId);
                    tutors.row(tutorId, t.fullName(), t.email());
                    emails.row(emailLower, t.email(), "induction_tutor", tutorId, true, now);
                }
            }
            counted("induction_tutors", tutors);
        }
        try (BatchInsert links = batch("school_induction_tutors", "school_urn", "tutor_id")) {
            for (Dataset.InductionTutor t : list(data.inductionTutors())) {
                links.row(t.schoolUrn(), tutorIdByEmail.get(t.email().toLowerCase(Locale.ROOT)));
            }
            counted("school_induction_tutors", links);
        }
    }

    private void insertSchoolCohortsAndPartnerships() throws SQLException {
        try (BatchInsert rows = batch("school_cohorts", "school_urn", "cohort", "programme_choice", "submitted_at",
                "appropriate_body_id")) {
            for (Dataset.SchoolCohort sc : list(data.schoolCohorts())) {
                rows.row(sc.schoolUrn(), sc.cohort(), sc.programmeChoice(), sc.submittedAt(), sc.appropriateBodyId());
            }
            counted("school_cohorts", rows);
        }
        List<String> ids = new ArrayList<>();
        try (BatchInsert rows = batch("partnerships", "id", "school_urn", "cohort", "lead_provider_id",
                "delivery_partner_id", "reported_at", "challenge_deadline", "status", "version")) {
            for (PreparedPartnership pp : prepared.partnerships()) {
                Dataset.Partnership p = pp.source();
                rows.row(p.id(), p.schoolUrn(), p.cohort(), p.leadProviderId(), p.deliveryPartnerId(), p.reportedAt(),
                        pp.challengeDeadline(), "active", FIRST_VERSION);
                ids.add(p.id());
            }
            counted("partnerships", rows);
        }
        feedRows("partnership", ids, now);
    }

    private void insertParticipants() throws SQLException {
        List<String> ids = new ArrayList<>();
        // Mentors first, so an ECT's induction record can reference its mentor.
        List<PreparedParticipant> ordered = new ArrayList<>(prepared.participants().size());
        prepared.participants().stream().filter(PreparedParticipant::isMentor).forEach(ordered::add);
        prepared.participants().stream().filter(p -> !p.isMentor()).forEach(ordered::add);
        try (BatchInsert people = batch("participants", "id", "participant_type", "full_name", "search_name", "trn",
                "date_of_birth", "school_urn", "cohort", "status", "induction_start_date", "qts_date", "validation_status",
                "validation_checked_at", "eligibility_status", "eligibility_reason", "eligibility_manual", "version");
             BatchInsert emails = emailInsert()) {
            for (PreparedParticipant pp : ordered) {
                Dataset.Participant p = pp.source();
                people.row(p.id(), p.type(), p.fullName(), searchName(p.fullName()), p.trn(), p.dateOfBirth(), p.schoolUrn(),
                        p.cohort(), "active", pp.isMentor() ? null : pp.record().inductionStartDate(), pp.record().qtsDate(),
                        "validated", now, pp.eligibility().status(), pp.eligibility().reason(), false, FIRST_VERSION);
                emails.row(p.email().toLowerCase(Locale.ROOT), p.email(), "participant", p.id(), true, now);
                ids.add(p.id());
            }
            counted("participants", people);
        }
        try (BatchInsert records = batch("induction_records", "id", "participant_id", "school_urn", "cohort",
                "programme", "lead_provider_id", "delivery_partner_id", "appropriate_body_id", "mentor_id", "induction_status",
                "training_status", "start_date", "training_declared");
             BatchInsert pools = batch("mentor_pools", "mentor_id", "school_urn", "joined_on")) {
            for (PreparedParticipant pp : ordered) {
                Dataset.Participant p = pp.source();
                records.row(pp.inductionRecordId(), p.id(), p.schoolUrn(), p.cohort(), pp.programme(), pp.leadProviderId(),
                        pp.deliveryPartnerId(), pp.appropriateBodyId(), p.mentorId(), "active", "active", pp.startDate(), false);
                if (pp.isMentor()) {
                    pools.row(p.id(), p.schoolUrn(), pp.startDate());
                }
            }
            counted("induction_records", records);
            counted("mentor_pools", pools);
        }
        feedRows("participant", ids, now);
    }

    private void insertTickets() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (BatchInsert rows = batch("tickets", "id", "received_at", "from_email", "subject", "body", "school_urn",
                "status", "category", "priority", "linked", "assignee", "claimed_until", "resolution", "resolved_at",
                "version")) {
            for (Dataset.Ticket t : list(data.tickets())) {
                Map<String, List<String>> linked = new LinkedHashMap<>();
                linked.put("schools", t.schoolUrn() == null ? List.of() : List.of(t.schoolUrn()));
                linked.put("participants", list(t.linkedParticipants()));
                rows.row(t.id(), t.receivedAt(), t.fromEmail(), t.subject(), t.body(), t.schoolUrn(),
                        t.status() == null ? TicketRules.NEW : t.status(), t.category(),
                        t.priority() == null ? TicketRules.DEFAULT_PRIORITY : t.priority(), Json.GSON.toJson(linked),
                        t.assignee(), t.claimedUntil(), t.resolution(), t.resolvedAt(), FIRST_VERSION);
                ids.add(t.id());
            }
            counted("tickets", rows);
        }
        feedRows("ticket", ids, now);
    }

    private BatchInsert batch(String table, String... columns) throws SQLException {
        return new BatchInsert(tx, checkpoint, table, columns);
    }

    /** Change-feed rows, a batch at a time so a staged load can commit between them. */
    private void feedRows(String type, List<String> ids, Instant at) throws SQLException {
        for (int from = 0; from < ids.size(); from += BatchInsert.BATCH_SIZE) {
            ChangeLog.upsertAll(tx, type, ids.subList(from, Math.min(ids.size(), from + BatchInsert.BATCH_SIZE)), at);
            checkpoint.reached();
        }
    }

    private BatchInsert emailInsert() throws SQLException {
        return batch("email_addresses", "email_lower", "email", "owner_type", "owner_id", "is_primary", "added_at");
    }

    private void counted(String table, BatchInsert rows) {
        counts.merge(table, rows.rows(), Integer::sum);
    }

    static String searchName(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static String searchPostcode(String postcode) {
        return postcode == null ? null : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }
}
