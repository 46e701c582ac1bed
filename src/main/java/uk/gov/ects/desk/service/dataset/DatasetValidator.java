package uk.gov.ects.desk.service.dataset;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.gov.ects.desk.model.partnerships.ChallengeDeadline;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.model.teachers.Eligibility;
import uk.gov.ects.desk.model.teachers.EligibilityFacts;
import uk.gov.ects.desk.model.teachers.FundingEligibility;
import uk.gov.ects.desk.model.teachers.MatchRequest;
import uk.gov.ects.desk.model.teachers.MatchResult;
import uk.gov.ects.desk.model.teachers.TeacherMatcher;
import uk.gov.ects.desk.model.teachers.TeacherRecord;
import uk.gov.ects.desk.model.teachers.TeacherRecordLookup;
import uk.gov.ects.desk.model.tickets.TicketRules;
import uk.gov.ects.desk.service.dataset.PreparedDataset.PreparedParticipant;
import uk.gov.ects.desk.service.dataset.PreparedDataset.PreparedPartnership;

/**
 * Checks a whole dataset against the rules a school or provider would have met when creating the
 * same data through the service, collecting every problem rather than stopping at the first, and
 * derives what the service would have derived (eligibility, induction records, challenge deadlines).
 */
final class DatasetValidator {

    static final String ECT = "ect";
    static final String MENTOR = "mentor";
    static final String FIP = "full_induction_programme";

    static final Set<String> ROLES = Set.of("viewer", "agent", "lead", "intake");
    static final Set<String> BODY_TYPES = Set.of("teaching_school_hub", "local_authority", "national");
    static final Set<String> PROGRAMME_CHOICES = Set.of(FIP, "core_induction_programme", "design_our_own",
            "school_funded_fip", "no_early_career_teachers", "not_yet_known");
    /** Choices under which ECTs and mentors can be added (ECT-1): a programme, not "no ECTs" or "not known". */
    static final Set<String> TRAINING_PROGRAMMES = Set.of(FIP, "core_induction_programme", "design_our_own",
            "school_funded_fip");

    private static final Pattern URN = Pattern.compile("\\d{6}");
    private static final Pattern TRN = Pattern.compile("\\d{7}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_ID_LENGTH = 64;

    private final Dataset data;
    private final Problems problems;

    private final Map<Integer, Dataset.Cohort> cohorts = new HashMap<>();
    private final Map<String, Dataset.School> schools = new HashMap<>();
    private final Set<String> leadProviders = new HashSet<>();
    private final Set<String> deliveryPartners = new HashSet<>();
    private final Set<String> pairings = new HashSet<>();
    private final Map<String, Dataset.AppropriateBody> bodies = new HashMap<>();
    private final Map<String, TeacherRecord> teacherRecords = new HashMap<>();
    private final Set<String> previousParticipation = new HashSet<>();
    private final Map<String, Dataset.SchoolCohort> schoolCohorts = new HashMap<>();
    private final Map<String, Dataset.Partnership> activePartnerships = new HashMap<>();
    /** Lower-case email → who holds it, for SIT-4. */
    private final Map<String, EmailHolder> emails = new HashMap<>();

    private DatasetValidator(Dataset data, Problems problems) {
        this.data = data;
        this.problems = problems;
    }

    /** The prepared dataset, or {@code null} when {@code problems} gained any entry. */
    static PreparedDataset validate(Dataset data, Problems problems, Instant realNow) {
        return new DatasetValidator(data, problems).run(realNow);
    }

    private PreparedDataset run(Instant realNow) {
        ColumnLimits.check(data, problems);
        checkAgents();
        checkCohorts();
        checkSchools();
        checkProviders();
        checkAppropriateBodies();
        checkTeacherRecords();
        checkInductionTutors();
        checkSchoolCohorts();
        List<PreparedPartnership> partnerships = checkPartnerships();
        List<PreparedParticipant> participants = checkParticipants();
        checkTickets();
        if (!problems.isEmpty()) {
            return null;
        }
        Instant now = data.clock() != null ? data.clock() : realNow;
        return new PreparedDataset(data, now, participants, partnerships);
    }

    // ---- reference data -------------------------------------------------------------------

    private void checkAgents() {
        Set<String> tokens = new HashSet<>();
        forEach("agents", data.agents(), (agent, at) -> {
            required(at + "name", agent.name());
            if (required(at + "role", agent.role()) && !ROLES.contains(agent.role())) {
                problems.add(at + "role", "\"" + agent.role() + "\" is not a role; use viewer, agent, lead or intake");
            }
            if (required(at + "token", agent.token()) && !tokens.add(agent.token())) {
                problems.add(at + "token", "this token is already given to another agent; each agent needs its own");
            }
        });
    }

    private void checkCohorts() {
        if (data.cohorts() == null || data.cohorts().isEmpty()) {
            problems.add("cohorts", "missing; every dataset needs at least one cohort (year, registration_opens, academic_year_starts)");
            return;
        }
        forEach("cohorts", data.cohorts(), (cohort, at) -> {
            required(at + "registration_opens", cohort.registrationOpens());
            required(at + "academic_year_starts", cohort.academicYearStarts());
            if (!required(at + "year", cohort.year())) {
                return;
            }
            if (cohort.year() < 2000 || cohort.year() > 2100) {
                problems.add(at + "year", cohort.year() + " is not a plausible cohort year");
            } else if (cohorts.putIfAbsent(cohort.year(), cohort) != null) {
                problems.add(at + "year", "cohort " + cohort.year() + " is listed twice");
            }
        });
    }

    private void checkSchools() {
        forEach("schools", data.schools(), (school, at) -> {
            required(at + "name", school.name());
            required(at + "establishment_type_code", school.establishmentTypeCode());
            required(at + "status_code", school.statusCode());
            optionalEmail(at + "gias_email", school.giasEmail());
            if (!required(at + "urn", school.urn())) {
                return;
            }
            if (!URN.matcher(school.urn()).matches()) {
                problems.add(at + "urn", "\"" + school.urn() + "\" is not a URN; a URN is 6 digits");
            } else if (schools.putIfAbsent(school.urn(), school) != null) {
                problems.add(at + "urn", "URN " + school.urn() + " is used by another school in the file");
            }
        });
    }

    private void checkProviders() {
        uniqueIds("lead_providers", data.leadProviders(), Dataset.LeadProvider::id, Dataset.LeadProvider::name, leadProviders);
        uniqueIds("delivery_partners", data.deliveryPartners(), Dataset.DeliveryPartner::id, Dataset.DeliveryPartner::name, deliveryPartners);
        forEach("provider_pairings", data.providerPairings(), (pairing, at) -> {
            boolean known = cohortExists(at + "cohort", pairing.cohort())
                    & exists(at + "lead_provider_id", pairing.leadProviderId(), leadProviders, "lead provider")
                    & exists(at + "delivery_partner_id", pairing.deliveryPartnerId(), deliveryPartners, "delivery partner");
            if (known && !pairings.add(pairingId(pairing.cohort(), pairing.leadProviderId(), pairing.deliveryPartnerId()))) {
                problems.add(at + "delivery_partner_id", "this pairing is listed twice for cohort " + pairing.cohort());
            }
        });
    }

    private void checkAppropriateBodies() {
        forEach("appropriate_bodies", data.appropriateBodies(), (body, at) -> {
            required(at + "name", body.name());
            if (required(at + "type", body.type()) && !BODY_TYPES.contains(body.type())) {
                problems.add(at + "type", "\"" + body.type() + "\" is not a body type; use teaching_school_hub, local_authority or national");
            }
            if (validId(at + "id", body.id()) && bodies.putIfAbsent(body.id(), body) != null) {
                problems.add(at + "id", "id \"" + body.id() + "\" is used by another appropriate body");
            }
        });
    }

    private void checkTeacherRecords() {
        forEach("teacher_records", data.teacherRecords(), (record, at) -> {
            required(at + "name", record.name());
            required(at + "date_of_birth", record.dateOfBirth());
            required(at + "state", record.state());
            if (!trnFormat(at + "trn", record.trn())) {
                return;
            }
            TeacherRecord model = new TeacherRecord(record.trn(), record.name(), record.dateOfBirth(),
                    record.niNumber(), record.state(), Boolean.TRUE.equals(record.activeAlert()), record.qtsDate(),
                    record.inductionStartDate(), record.inductionCompletionDate(), record.inductionStatus());
            if (teacherRecords.putIfAbsent(record.trn(), model) != null) {
                problems.add(at + "trn", "TRN " + record.trn() + " has more than one teacher record");
            }
        });
        forEach("previous_participation_trns", data.previousParticipationTrns(), (trn, at) -> {
            String path = at.substring(0, at.length() - 1);
            if (trn == null || !TRN.matcher(trn).matches()) {
                problems.add(path, "\"" + trn + "\" is not a TRN; a TRN is 7 digits");
            } else {
                previousParticipation.add(trn);
            }
        });
    }

    // ---- schools' own data ----------------------------------------------------------------

    private void checkInductionTutors() {
        Set<String> schoolsWithTutor = new HashSet<>();
        forEach("induction_tutors", data.inductionTutors(), (tutor, at) -> {
            required(at + "full_name", tutor.fullName());
            if (schoolExists(at + "school_urn", tutor.schoolUrn()) && !schoolsWithTutor.add(tutor.schoolUrn())) {
                problems.add(at + "school_urn", "school " + tutor.schoolUrn() + " already has an induction tutor; a school has exactly one (rule SIT-2)");
            }
            if (!email(at + "email", tutor.email()) || tutor.fullName() == null) {
                return;
            }
            String key = tutor.email().toLowerCase(Locale.ROOT);
            EmailHolder holder = emails.get(key);
            if (holder == null) {
                emails.put(key, new EmailHolder(at.substring(0, at.length() - 1), tutor.fullName(), true));
            } else if (!holder.tutor || !holder.name.equalsIgnoreCase(tutor.fullName())) {
                problems.add(at + "email", "email " + tutor.email() + " is already used by " + holder.where
                        + "; the same person may be induction tutor at several schools only with the same name and email (rules SIT-4, MSIT-1)");
            }
        });
    }

    private void checkSchoolCohorts() {
        forEach("school_cohorts", data.schoolCohorts(), (sc, at) -> {
            boolean known = schoolExists(at + "school_urn", sc.schoolUrn()) & cohortExists(at + "cohort", sc.cohort());
            if (sc.programmeChoice() != null && !PROGRAMME_CHOICES.contains(sc.programmeChoice())) {
                problems.add(at + "programme_choice", "\"" + sc.programmeChoice() + "\" is not a programme choice; use one of "
                        + String.join(", ", PROGRAMME_CHOICES.stream().sorted().toList()));
            }
            if (!known) {
                return;
            }
            Dataset.School school = schools.get(sc.schoolUrn());
            if (FIP.equals(sc.programmeChoice()) && !mayChooseFip(school)) {
                problems.add(at + "programme_choice", "school " + school.urn() + " is not eligible for the full induction programme, "
                        + "so it may choose only core materials, its own programme, school-funded FIP or no ECTs (rule PROG-9)");
            }
            if (sc.appropriateBodyId() != null) {
                appropriateBodyAllowed(at + "appropriate_body_id", sc.appropriateBodyId(), school, sc.cohort());
            }
            if (schoolCohorts.putIfAbsent(schoolCohortKey(sc.schoolUrn(), sc.cohort()), sc) != null) {
                problems.add(at + "cohort", "school " + sc.schoolUrn() + " has cohort " + sc.cohort() + " listed twice");
            }
        });
    }

    private List<PreparedPartnership> checkPartnerships() {
        List<PreparedPartnership> prepared = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEach("partnerships", data.partnerships(), (p, at) -> {
            if (validId(at + "id", p.id()) && !ids.add(p.id())) {
                problems.add(at + "id", "id \"" + p.id() + "\" is used by another partnership");
            }
            required(at + "reported_at", p.reportedAt());
            boolean known = schoolExists(at + "school_urn", p.schoolUrn())
                    & cohortExists(at + "cohort", p.cohort())
                    & exists(at + "lead_provider_id", p.leadProviderId(), leadProviders, "lead provider")
                    & exists(at + "delivery_partner_id", p.deliveryPartnerId(), deliveryPartners, "delivery partner");
            if (!known) {
                return;
            }
            if (!pairings.contains(pairingId(p.cohort(), p.leadProviderId(), p.deliveryPartnerId()))) {
                problems.add(at + "delivery_partner_id", "lead provider " + p.leadProviderId() + " does not work with delivery partner "
                        + p.deliveryPartnerId() + " in cohort " + p.cohort() + "; add the pairing to provider_pairings first (rule PART-1)");
            }
            Dataset.School school = schools.get(p.schoolUrn());
            if (!mayChooseFip(school)) {
                problems.add(at + "school_urn", "school " + school.urn() + " cannot have a provider partnership because it is not eligible "
                        + "for the full induction programme (rule PROG-9)");
            }
            Dataset.SchoolCohort sc = schoolCohorts.get(schoolCohortKey(p.schoolUrn(), p.cohort()));
            if (sc != null && !FIP.equals(sc.programmeChoice())) {
                problems.add(at + "cohort", "school " + p.schoolUrn() + " chose " + sc.programmeChoice() + " for " + p.cohort()
                        + ", but a reported partnership means the full induction programme (rule PROG-8)");
            }
            Dataset.Partnership earlier = activePartnerships.putIfAbsent(schoolCohortKey(p.schoolUrn(), p.cohort()), p);
            if (earlier != null) {
                problems.add(at + "school_urn", "school " + p.schoolUrn() + " already has active partnership " + earlier.id()
                        + " for " + p.cohort() + "; a school has at most one per cohort (rule PART-4)");
            }
            if (p.reportedAt() != null && cohorts.get(p.cohort()).academicYearStarts() != null) {
                prepared.add(new PreparedPartnership(p,
                        ChallengeDeadline.of(p.reportedAt(), cohorts.get(p.cohort()).academicYearStarts())));
            }
        });
        return prepared;
    }

    private List<PreparedParticipant> checkParticipants() {
        List<Dataset.Participant> rows = data.participants() == null ? List.of() : data.participants();
        Map<String, Dataset.Participant> byId = new HashMap<>();
        Set<String> trns = new HashSet<>();
        forEach("participants", rows, (p, at) -> {
            if (validId(at + "id", p.id()) && byId.putIfAbsent(p.id(), p) != null) {
                problems.add(at + "id", "id \"" + p.id() + "\" is used by another participant");
            }
            if (p.trn() != null && trnFormat(at + "trn", p.trn()) && !trns.add(p.trn())) {
                problems.add(at + "trn", "TRN " + p.trn() + " is already registered for another participant; "
                        + "a teacher is registered once, as an ECT or as a mentor (rules ECT-11, TECT-2)");
            }
        });
        TeacherRecordLookup lookup = new MapLookup(teacherRecords);
        List<PreparedParticipant> prepared = new ArrayList<>(rows.size());
        forEach("participants", rows, (p, at) -> {
            PreparedParticipant ready = checkParticipant(p, at, byId, lookup);
            if (ready != null) {
                prepared.add(ready);
            }
        });
        return prepared;
    }

    private PreparedParticipant checkParticipant(Dataset.Participant p, String at, Map<String, Dataset.Participant> byId,
            TeacherRecordLookup lookup) {
        boolean mentor = MENTOR.equals(p.type());
        if (required(at + "type", p.type()) && !mentor && !ECT.equals(p.type())) {
            problems.add(at + "type", "\"" + p.type() + "\" is not a participant type; use ect or mentor");
        }
        String rule = mentor ? "MEN" : "ECT";
        required(at + "full_name", p.fullName());
        participantEmail(at + "email", p, rule);
        boolean known = schoolExists(at + "school_urn", p.schoolUrn()) & cohortExists(at + "cohort", p.cohort());
        TeacherRecord record = matchTeacher(p, at, lookup, mentor);
        mentorLink(p, at, byId, mentor);
        if (!known) {
            return null;
        }
        Dataset.School school = schools.get(p.schoolUrn());
        Dataset.SchoolCohort sc = schoolCohorts.get(schoolCohortKey(p.schoolUrn(), p.cohort()));
        if (sc == null || !TRAINING_PROGRAMMES.contains(sc.programmeChoice())) {
            problems.add(at + "cohort", "school " + p.schoolUrn() + " has no programme chosen for cohort " + p.cohort()
                    + (sc == null ? "" : " (its choice is " + sc.programmeChoice() + ")")
                    + "; add a school_cohorts row with a programme first (rule " + (mentor ? "MEN-1" : "ECT-1") + ")");
            return null;
        }
        String bodyId = p.appropriateBodyId() != null ? p.appropriateBodyId() : sc.appropriateBodyId();
        if (p.appropriateBodyId() != null && !appropriateBodyAllowed(at + "appropriate_body_id", p.appropriateBodyId(), school, p.cohort())) {
            return null;
        }
        if (record == null || p.id() == null) {
            return null;
        }
        LocalDate startDate = p.startDate() != null ? p.startDate() : cohorts.get(p.cohort()).academicYearStarts();
        Dataset.Partnership partnership = FIP.equals(sc.programmeChoice())
                ? activePartnerships.get(schoolCohortKey(p.schoolUrn(), p.cohort())) : null;
        Eligibility eligibility = FundingEligibility.assess(new EligibilityFacts(
                mentor, record, previousParticipation.contains(record.trn()), false, false));
        return new PreparedParticipant(p, record, eligibility, startDate, sc.programmeChoice(),
                partnership == null ? null : partnership.leadProviderId(),
                partnership == null ? null : partnership.deliveryPartnerId(),
                bodyId, inductionRecordId(p.id()));
    }

    private void participantEmail(String path, Dataset.Participant p, String rule) {
        if (!email(path, p.email())) {
            return;
        }
        EmailHolder earlier = emails.putIfAbsent(p.email().toLowerCase(Locale.ROOT), new EmailHolder(path.replace(".email", ""), p.fullName(), false));
        if (earlier != null) {
            problems.add(path, "email " + p.email() + " is already used by " + earlier.where
                    + "; every person needs their own email (rules SIT-4, " + rule + (rule.equals("MEN") ? "-4)" : "-5)"));
        }
    }

    /** The teacher record that confirms this participant (ECT-2, MEN-2), or {@code null} with a problem recorded. */
    private TeacherRecord matchTeacher(Dataset.Participant p, String at, TeacherRecordLookup lookup, boolean mentor) {
        String rule = mentor ? "MEN-2" : "ECT-2";
        if (!required(at + "trn", p.trn()) | !required(at + "date_of_birth", p.dateOfBirth())
                || problems.reported(at + "trn") || p.fullName() == null) {
            return null;
        }
        MatchResult result = TeacherMatcher.match(new MatchRequest(p.trn(), p.dateOfBirth(), null, p.fullName(), null), lookup);
        switch (result.outcome()) {
            case MATCH:
                return result.record();
            case NAME_MISMATCH:
                problems.add(at + "full_name", "the first name of \"" + p.fullName() + "\" does not match the teacher record for TRN "
                        + p.trn() + "; use the name the teacher is known by in their record (rule " + (mentor ? "MEN-3" : "ECT-3") + ")");
                return null;
            case RECORD_NOT_ACTIVE:
                problems.add(at + "trn", "the teacher record for TRN " + p.trn() + " is not active, so the teacher cannot be registered (rule "
                        + (mentor ? "MEN-2" : "ECT-4") + ")");
                return null;
            default:
                problems.add(at + "trn", "no teacher record matches TRN " + p.trn() + " and date of birth (rule " + rule + ")");
                return null;
        }
    }

    private void mentorLink(Dataset.Participant p, String at, Map<String, Dataset.Participant> byId, boolean mentor) {
        if (p.mentorId() == null) {
            return;
        }
        if (mentor) {
            problems.add(at + "mentor_id", "a mentor cannot have a mentor; leave mentor_id null for mentors");
            return;
        }
        Dataset.Participant named = byId.get(p.mentorId());
        if (named == null) {
            problems.add(at + "mentor_id", "no participant has id \"" + p.mentorId() + "\"");
        } else if (!MENTOR.equals(named.type())) {
            problems.add(at + "mentor_id", "participant " + p.mentorId() + " is not a mentor (rule LINK-2)");
        } else if (p.schoolUrn() != null && !p.schoolUrn().equals(named.schoolUrn())) {
            problems.add(at + "mentor_id", "mentor " + p.mentorId() + " is not in the mentor pool of school " + p.schoolUrn() + " (rule LINK-2)");
        }
    }

    private void checkTickets() {
        Set<String> ids = new HashSet<>();
        Set<String> participantIds = new HashSet<>();
        if (data.participants() != null) {
            data.participants().forEach(p -> participantIds.add(p.id()));
        }
        forEach("tickets", data.tickets(), (t, at) -> {
            if (validId(at + "id", t.id()) && !ids.add(t.id())) {
                problems.add(at + "id", "id \"" + t.id() + "\" is used by another ticket");
            }
            required(at + "received_at", t.receivedAt());
            required(at + "from_email", t.fromEmail());
            required(at + "subject", t.subject());
            required(at + "body", t.body());
            if (t.schoolUrn() != null) {
                schoolExists(at + "school_urn", t.schoolUrn());
            }
            checkTicketWork(t, at, participantIds);
        });
    }

    /** The optional state of a ticket already worked on: known codes, and a resolution only when resolved. */
    private void checkTicketWork(Dataset.Ticket t, String at, Set<String> participantIds) {
        oneOf(at + "status", t.status(), TicketRules.STATUSES);
        oneOf(at + "category", t.category(), TicketRules.CATEGORIES);
        oneOf(at + "priority", t.priority(), TicketRules.PRIORITIES);
        boolean resolved = TicketRules.RESOLVED.equals(t.status());
        if (resolved && (t.resolution() == null || t.resolution().isBlank())) {
            problems.add(at + "resolution", "missing; a resolved ticket says how it was resolved");
        }
        if (!resolved && (t.resolution() != null || t.resolvedAt() != null)) {
            problems.add(at + "status", "a ticket with a resolution or resolved_at must have status resolved");
        }
        if (t.resolvedAt() != null && t.receivedAt() != null && t.resolvedAt().isBefore(t.receivedAt())) {
            problems.add(at + "resolved_at", "is before received_at; a ticket is resolved after it arrives");
        }
        if (t.claimedUntil() != null && t.assignee() == null) {
            problems.add(at + "assignee", "missing; claimed_until needs the agent who claimed the ticket");
        }
        List<String> linked = t.linkedParticipants() == null ? List.of() : t.linkedParticipants();
        for (int i = 0; i < linked.size(); i++) {
            if (!participantIds.contains(linked.get(i))) {
                problems.add(at + "linked_participants[" + i + "]", "participant " + linked.get(i) + " is not in the file");
            }
        }
    }

    private void oneOf(String path, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            problems.add(path, "\"" + value + "\" is not allowed; use one of " + String.join(", ", allowed));
        }
    }

    // ---- helpers --------------------------------------------------------------------------

    private boolean mayChooseFip(Dataset.School school) {
        return school.establishmentTypeCode() != null && school.statusCode() != null
                && GiasRules.isEligible(facts(school));
    }

    static SchoolFacts facts(Dataset.School school) {
        return new SchoolFacts(school.establishmentTypeCode(), school.statusCode(), school.administrativeDistrictCode(),
                Boolean.TRUE.equals(school.section41Approved()));
    }

    /** AB-2..AB-5: the body exists, is enabled for the cohort and may be appointed by this school. */
    private boolean appropriateBodyAllowed(String path, String bodyId, Dataset.School school, Integer cohort) {
        Dataset.AppropriateBody body = bodies.get(bodyId);
        if (body == null) {
            problems.add(path, "no appropriate body has id \"" + bodyId + "\"");
            return false;
        }
        if (cohort != null && body.disabledFromYear() != null && cohort >= body.disabledFromYear()) {
            problems.add(path, body.name() + " cannot be appointed for " + cohort + ": it is disabled from "
                    + body.disabledFromYear() + " (rule AB-2)");
            return false;
        }
        int type = school.establishmentTypeCode() == null ? -1 : school.establishmentTypeCode();
        if (isIstip(body) && !GiasRules.isIndependent(type)) {
            problems.add(path, "only independent schools may appoint " + body.name() + " (rule AB-4)");
            return false;
        }
        if (isEsp(body) && !GiasRules.isBritishSchoolOverseas(type)) {
            problems.add(path, "only British schools overseas may appoint " + body.name() + " (rule AB-5)");
            return false;
        }
        return true;
    }

    static boolean isIstip(Dataset.AppropriateBody body) {
        return "national".equals(body.type()) && nameOrIdMentions(body, "istip", "independent schools teacher induction panel");
    }

    static boolean isEsp(Dataset.AppropriateBody body) {
        return "national".equals(body.type()) && nameOrIdMentions(body, "esp", "educational success partners");
    }

    private static boolean nameOrIdMentions(Dataset.AppropriateBody body, String shortName, String longName) {
        String id = body.id().toLowerCase(Locale.ROOT);
        String name = body.name() == null ? "" : body.name().toLowerCase(Locale.ROOT);
        return id.equals("ab-" + shortName) || id.equals(shortName) || name.contains(longName)
                || name.matches(".*\\b" + shortName + "\\b.*");
    }

    private <T> void uniqueIds(String array, List<T> rows, Function<T, String> id, Function<T, String> name, Set<String> seen) {
        forEach(array, rows, (row, at) -> {
            required(at + "name", name.apply(row));
            if (validId(at + "id", id.apply(row)) && !seen.add(id.apply(row))) {
                problems.add(at + "id", "id \"" + id.apply(row) + "\" is listed twice");
            }
        });
    }

    private boolean required(String path, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        if (!present && !problems.reported(path)) {
            problems.add(path, "missing; this field is required");
        }
        return present;
    }

    private boolean validId(String path, String id) {
        if (!required(path, id)) {
            return false;
        }
        if (id.length() > MAX_ID_LENGTH) {
            problems.add(path, "ids are at most " + MAX_ID_LENGTH + " characters");
            return false;
        }
        return true;
    }

    private boolean trnFormat(String path, String trn) {
        if (!required(path, trn)) {
            return false;
        }
        if (!TRN.matcher(trn).matches()) {
            problems.add(path, "\"" + trn + "\" is not a TRN; a TRN is 7 digits");
            return false;
        }
        return true;
    }

    private boolean email(String path, String email) {
        return required(path, email) && optionalEmail(path, email);
    }

    private boolean optionalEmail(String path, String email) {
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(path, "\"" + email + "\" is not a well-formed email address (rule SIT-3)");
            return false;
        }
        return true;
    }

    private boolean schoolExists(String path, String urn) {
        if (!required(path, urn)) {
            return false;
        }
        if (!schools.containsKey(urn)) {
            problems.add(path, "no school in the file has URN " + urn);
            return false;
        }
        return true;
    }

    private boolean cohortExists(String path, Integer year) {
        if (!required(path, year)) {
            return false;
        }
        if (!cohorts.containsKey(year)) {
            problems.add(path, "cohort " + year + " is not in the cohorts list");
            return false;
        }
        return true;
    }

    private boolean exists(String path, String id, Set<String> known, String what) {
        if (!required(path, id)) {
            return false;
        }
        if (!known.contains(id)) {
            problems.add(path, "no " + what + " has id \"" + id + "\"");
            return false;
        }
        return true;
    }

    private <T> void forEach(String array, List<T> rows, RowCheck<T> check) {
        if (rows == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            String at = array + "[" + i + "].";
            if (row == null) {
                problems.add(array + "[" + i + "]", "empty entry (null); remove it");
                continue;
            }
            check.check(row, at);
        }
    }

    static String pairingId(int cohort, String leadProviderId, String deliveryPartnerId) {
        return cohort + ":" + leadProviderId + ":" + deliveryPartnerId;
    }

    static String schoolCohortKey(String urn, int cohort) {
        return urn + "/" + cohort;
    }

    /** A stable id derived from the participant's, short enough for the id columns whatever the participant id is. */
    static String inductionRecordId(String participantId) {
        return "ir-" + UUID.nameUUIDFromBytes(("induction-record:" + participantId).getBytes(StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface RowCheck<T> {
        void check(T row, String at);
    }

    private record EmailHolder(String where, String name, boolean tutor) {
    }

    private record MapLookup(Map<String, TeacherRecord> byTrn) implements TeacherRecordLookup {
        @Override
        public Optional<TeacherRecord> byTrn(String trn) {
            return Optional.ofNullable(byTrn.get(trn));
        }

        @Override
        public Optional<TeacherRecord> byNinoAndBirthDate(String nino, LocalDate dateOfBirth) {
            // The loader never sends an NI number, so this lookup is never needed.
            return Optional.empty();
        }
    }
}
