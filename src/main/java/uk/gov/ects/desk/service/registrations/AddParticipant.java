package uk.gov.ects.desk.service.registrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBody;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.pairing.PairingRules;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.participants.ParticipantType;
import uk.gov.ects.desk.model.participants.Registration;
import uk.gov.ects.desk.model.participants.RegistrationRequest;
import uk.gov.ects.desk.model.participants.RegistrationRules;
import uk.gov.ects.desk.model.participants.SchoolContext;
import uk.gov.ects.desk.model.partnerships.PartnershipState;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.people.PersonDetails;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.rules.RuleViolation;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.teachers.Check;
import uk.gov.ects.desk.model.teachers.Eligibility;
import uk.gov.ects.desk.model.teachers.EligibilityFacts;
import uk.gov.ects.desk.model.teachers.FundingEligibility;
import uk.gov.ects.desk.model.teachers.MatchRequest;
import uk.gov.ects.desk.model.teachers.MatchResult;
import uk.gov.ects.desk.model.teachers.TeacherRecord;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.participants.AssignMentor;
import uk.gov.ects.desk.service.participants.ChangeEctAppropriateBody;
import uk.gov.ects.desk.service.participants.ParticipantRecords;
import uk.gov.ects.desk.service.participants.ParticipantRecords.InductionRow;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.teachers.TeacherRecordRegistry;
import uk.gov.ects.desk.service.tutors.ChangeInductionTutor;
import uk.gov.ects.desk.service.writes.Body;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /schools/{urn}/ects} and {@code /mentors}: the teacher is matched against the TRA record
 * (ECT-2..ECT-4, MEN-2, MEN-3), then registered (ECT-1, ECT-5..ECT-11, MEN-1, MEN-4..MEN-9) with QTS
 * and induction start from the record (ECT-9) and funding eligibility assessed. The NI number is
 * used for the lookup only and never stored (X-PII). An ECT may be paired with a mentor at once (LINK-1).
 */
public final class AddParticipant implements WriteOperation<AddParticipant.Request> {

    public record Request(String schoolUrn, String trn, LocalDate dateOfBirth, String nino, String fullName,
            String knownAs, String email, String appropriateBodyId, String mentorId, int cohort) {
    }

    private final ParticipantType type;
    private final TeacherRecordRegistry registry;

    private AddParticipant(ParticipantType type, TeacherRecordRegistry registry) {
        this.type = type;
        this.registry = registry;
    }

    public static AddParticipant ect(TeacherRecordRegistry registry) {
        return new AddParticipant(ParticipantType.ECT, registry);
    }

    public static AddParticipant mentor(TeacherRecordRegistry registry) {
        return new AddParticipant(ParticipantType.MENTOR, registry);
    }

    private boolean ect() {
        return type == ParticipantType.ECT;
    }

    @Override
    public Operation operation() {
        return ect() ? Operation.ADD_ECT : Operation.ADD_MENTOR;
    }

    @Override
    public Request parse(WriteRequest request) {
        Body body = request.body();
        return new Request(request.path("urn"), body.requiredText("trn", 20), body.requiredDate("date_of_birth"),
                body.niNumber("nino"), body.text("full_name"), body.text("known_as", 200), body.text("email", 320),
                body.text("appropriate_body_id", 64), body.text("mentor_id", 64), body.requiredInteger("cohort"));
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        SchoolFacts facts = SchoolRecords.requireSchool(tx, request.schoolUrn());
        SchoolRecords.CohortDates cohort = SchoolRecords.requireCohortField(tx, request.cohort(), "/cohort");
        // A name the record could never hold is refused before the TRA is asked about it.
        PersonDetails.requireName(request.fullName(), ect() ? "ECT-5" : "MEN-4");
        TeacherRecord record = matchedRecord(request);
        AppropriateBody body = ect() && request.appropriateBodyId() != null
                ? ChangeEctAppropriateBody.appropriateBody(tx, request.appropriateBodyId(), "ECT-6") : null;
        SchoolContext school = new SchoolContext(request.schoolUrn(), facts.establishmentTypeCode(),
                SchoolRecords.cohortState(tx, request.schoolUrn(), request.cohort()), cohort.registrationOpens());
        Optional<EmailHolder> holder = request.email() == null ? Optional.empty()
                : ChangeInductionTutor.emailHolder(tx, request.email());
        Registration registration = RegistrationRules.register(new RegistrationRequest(type, request.fullName(),
                request.email(), body), school, ParticipantRecords.withTrn(tx, record.trn(), ctx.today()), holder,
                ctx.today());

        String id = "p-" + UUID.randomUUID();
        String mentorId = ect() ? checkedMentor(ctx, request, id) : null;
        Eligibility eligibility = FundingEligibility.assess(new EligibilityFacts(!ect(), record,
                Sql.exists(tx, "SELECT 1 FROM previous_participation WHERE trn = ?", record.trn()), false, false));
        String fullName = request.fullName().trim();
        Sql.update(tx, "INSERT INTO participants (id, participant_type, full_name, search_name, trn, date_of_birth, "
                + "school_urn, cohort, status, induction_start_date, qts_date, validation_status, validation_checked_at, "
                + "eligibility_status, eligibility_reason, eligibility_manual, merged_into, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, 'validated', ?, ?, ?, FALSE, NULL, 1)", id,
                type.code(), fullName, fullName.toLowerCase(Locale.ROOT), record.trn(), record.dateOfBirth(),
                request.schoolUrn(), request.cohort(), record.inductionStartDate(), record.qtsDate(), ctx.now(),
                eligibility.status(), eligibility.reason());
        if (registration.sitPersonId() == null) {
            // MEN-5: a SIT registering as a mentor keeps their address on their SIT record (one owner per address).
            ParticipantRecords.addEmail(tx, id, request.email(), true, ctx.now());
        }
        insertRecord(tx, id, request, registration.programme(), body, mentorId, ctx.today());

        Target participant = Target.participant(id);
        ctx.created(participant);
        ctx.audit(participant, List.of(FieldChange.of("full_name", null, fullName),
                FieldChange.of("trn", null, record.trn()), FieldChange.of("school_urn", null, request.schoolUrn()),
                FieldChange.of("cohort", null, request.cohort()),
                FieldChange.of("email", null, registration.sitPersonId() == null ? request.email().trim() : null),
                FieldChange.of("qts_date", null, record.qtsDate()),
                FieldChange.of("induction_start_date", null, record.inductionStartDate()),
                FieldChange.of("eligibility", null, eligibility.status() + "/" + eligibility.reason())));
        if (mentorId != null) {
            Target mentor = Target.participant(mentorId);
            ctx.changed(mentor);
            ctx.audit("LINK-1", mentor, List.of(FieldChange.of("mentees", null, id)));
        }
        if (!ect()) {
            ParticipantRecords.joinPool(tx, id, request.schoolUrn(), ctx.today());
            Target schoolTarget = Target.school(request.schoolUrn());
            ctx.changed(schoolTarget);
            ctx.audit(schoolTarget, List.of(FieldChange.of("mentor_pool", null, id)));
        }
        for (EmailIntent email : registration.emails()) {
            ctx.email(email, request.schoolUrn(), id);
        }
        return WriteResult.created(participant);
    }

    /** ECT-2..ECT-4, MEN-2, MEN-3: the TRA record, or a refusal naming only the checks that failed. */
    private TeacherRecord matchedRecord(Request request) {
        MatchResult match = registry.match(new MatchRequest(request.trn(), request.dateOfBirth(), request.nino(),
                request.fullName(), request.knownAs()));
        String who = type.label();
        switch (match.outcome()) {
            case MATCH -> {
                return match.record();
            }
            case NAME_MISMATCH -> throw Refusal.rule("name_mismatch", ect() ? "ECT-3" : "MEN-3",
                    "The name does not match the teacher record",
                    "The TRN and date of birth match, but the first name does not. Ask the school for another name "
                            + "the " + who + " is known by (for example a maiden name) and send it as known_as.",
                    "/known_as");
            case TRN_AND_NINO_BLANK -> throw Refusal.rule("trn_and_nino_blank", ect() ? "ECT-2" : "MEN-2",
                    "TRN is missing", "Enter the teacher reference number (TRN); without it, give the National "
                            + "Insurance number.", "/trn");
            case INVALID_TRN -> throw Refusal.rule("invalid_trn", ect() ? "ECT-2" : "MEN-2", "TRN not recognised",
                    "A TRN has 5 to 7 digits. Check it with the " + who + ".", "/trn");
            case RECORD_NOT_ACTIVE -> throw Refusal.rule("record_not_active", ect() ? "ECT-4" : "MEN-2",
                    "The teacher record is not active", "The TRA record for this TRN is not active, so the " + who
                            + " cannot be added. Ask the teacher to contact the Teaching Regulation Agency.", "/trn");
            default -> throw noMatch(match);
        }
    }

    private RuleViolation noMatch(MatchResult match) {
        String failed = match.failed().stream().map(Check::description).collect(Collectors.joining(", "));
        return Refusal.rule("no_match", ect() ? "ECT-4" : "MEN-2", "No matching teacher record",
                "No teacher record matches these details" + (failed.isEmpty() ? "" : " (did not match: " + failed + ")")
                        + ". Check the TRN, date of birth and name with the " + type.label()
                        + ", or add their National Insurance number.", "/trn");
    }

    /** LINK-1 with LINK-2..LINK-4: the mentor picked while adding the ECT, checked as a later pairing would be. */
    private static String checkedMentor(WriteContext ctx, Request request, String newEctId) throws SQLException {
        if (request.mentorId() == null) {
            return null;
        }
        ParticipantState mentor = AssignMentor.mentorState(ctx.tx(), request.mentorId(), ctx);
        ParticipantState newEct = new ParticipantState(newEctId, ParticipantType.ECT, request.schoolUrn(),
                request.cohort(), InductionStatus.ACTIVE, ctx.today(), null, null, false);
        PairingRules.assign(newEct, mentor, ParticipantRecords.pools(ctx.tx(), mentor.id(), ctx.today()), false,
                ctx.today());
        return mentor.id();
    }

    /** The first induction record: the cohort's default programme and, for FIP, its active partnership. */
    private void insertRecord(Connection tx, String id, Request request, ProgrammeChoice programme,
            AppropriateBody body, String mentorId, LocalDate today) throws SQLException {
        Optional<PartnershipState> partnership = SchoolRecords.activePartnership(tx, request.schoolUrn(),
                request.cohort());
        String bodyId = body != null ? body.id() : ect() ? cohortDefaultBody(tx, request) : null;
        List<String> provider = new ArrayList<>(java.util.Arrays.asList(null, null));
        partnership.ifPresent(p -> {
            provider.set(0, p.leadProviderId());
            provider.set(1, p.deliveryPartnerId());
        });
        ParticipantRecords.insertRecord(tx, new InductionRow(null, id, request.schoolUrn(), request.cohort(),
                programme == null ? null : programme.code(), provider.get(0), provider.get(1), bodyId, mentorId,
                "active", "active", today, null, false));
    }

    /** ECT-6: the cohort's default body when the school did not pick another. */
    private static String cohortDefaultBody(Connection tx, Request request) throws SQLException {
        return Sql.one(tx, "SELECT appropriate_body_id FROM school_cohorts WHERE school_urn = ? AND cohort = ?",
                rs -> Optional.ofNullable(rs.getString(1)), request.schoolUrn(), request.cohort())
                .flatMap(o -> o).orElse(null);
    }
}
