package uk.gov.ects.desk.service.schools;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.partnerships.ChallengeDeadline;
import uk.gov.ects.desk.model.partnerships.PartnershipState;
import uk.gov.ects.desk.model.programmes.PreviousCohort;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.ProgrammeDecision;
import uk.gov.ects.desk.model.programmes.ProgrammeRequest;
import uk.gov.ects.desk.model.programmes.ProgrammeRules;
import uk.gov.ects.desk.model.programmes.RolloverOffer;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /schools/{urn}/cohorts/{year}/programme {choice, rollover, override}}: PROG-1..PROG-10,
 * SIT-1, and OVR-PROG with {@code override} (moves current participants on the old default to the
 * new one from today).
 */
public final class ChooseProgramme implements WriteOperation<ChooseProgramme.Request> {

    public record Request(String urn, int year, ProgrammeChoice choice, boolean rollover, boolean override) {
    }

    private static final List<String> CHOICES = Arrays.stream(ProgrammeChoice.values()).map(ProgrammeChoice::code).toList();

    @Override
    public Operation operation() {
        return Operation.CHOOSE_PROGRAMME;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("urn"), request.pathInt("year", "cohort"),
                request.body().choice("choice", ProgrammeChoice::fromCode, CHOICES),
                request.body().bool("rollover", false), request.body().bool("override", false));
    }

    @Override
    public Operation resolve(Request request) {
        return request.override() ? Operation.OVR_PROG : Operation.CHOOSE_PROGRAMME;
    }

    @Override
    public Target guard(Request request) {
        return Target.school(request.urn());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        SchoolFacts facts = SchoolRecords.requireSchool(tx, request.urn());
        SchoolRecords.CohortDates cohort = SchoolRecords.requireCohort(tx, request.year());
        SchoolCohortState current = SchoolRecords.cohortState(tx, request.urn(), request.year());
        RolloverOffer offer = ProgrammeRules.rolloverOffer(previousCohort(tx, request.urn(), request.year()),
                SchoolRecords.pairings(tx, request.year()));
        ProgrammeDecision decision = ProgrammeRules.choose(
                new ProgrammeRequest(request.choice(), request.rollover(), request.override()), current,
                cohort.registrationOpens(), ctx.today(), GiasRules.isCipOnly(facts), offer);
        if (decision.inductionTutorNeeded() && !hasInductionTutor(tx, request.urn())) {
            throw Refusal.conflict("induction_tutor_required", "SIT-2", "The school has no induction tutor",
                    "A school expecting ECTs needs an induction tutor before it chooses its programme. Nominate the "
                            + "induction tutor first, then choose the programme.", "/choice");
        }

        String before = SchoolRecords.setChoice(tx, request.urn(), request.year(), decision.choice().code(), ctx.now());
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("cohorts." + request.year() + ".programme_choice", before, decision.choice().code()));
        Target school = Target.school(request.urn());
        ctx.changed(school);
        if (decision.rolledOverPartnership() != null) {
            String id = rollOver(ctx, request, decision, cohort);
            changes.add(FieldChange.of("cohorts." + request.year() + ".partnership", null, id));
        }
        ctx.audit(school, changes);
        // The school first, then the ECTs and mentors moved with it, so a preview shows them too.
        List<Target> answered = new ArrayList<>(List.of(school));
        if (decision.moveCurrentParticipants() && current.choice() != null) {
            ProgrammeChoice to = decision.defaultProgramme();
            boolean providerLed = to == ProgrammeChoice.FULL_INDUCTION_PROGRAMME || to == ProgrammeChoice.SCHOOL_FUNDED_FIP;
            InductionRecordMoves.move(ctx, request.urn(), request.year(), "AND programme = ?",
                    new InductionRecordMoves.NewTraining(to.code(), null, null, !providerLed), current.choice().code())
                    .stream().distinct().forEach(id -> answered.add(Target.participant(id)));
        }
        for (EmailIntent email : decision.emails()) {
            ctx.email(email, request.urn(), null); // rule: PROG-5
        }
        return WriteResult.ok(answered);
    }

    /** PROG-2: the previous cohort's LP and DP, as a new active partnership with its own window. */
    private static String rollOver(WriteContext ctx, Request request, ProgrammeDecision decision,
            SchoolRecords.CohortDates cohort) throws SQLException {
        String id = "p-" + UUID.randomUUID();
        Sql.update(ctx.tx(), "INSERT INTO partnerships (id, school_urn, cohort, lead_provider_id, delivery_partner_id, "
                + "reported_at, challenge_deadline, status, challenge_reason, challenged_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'active', NULL, NULL, 1)", id, request.urn(), request.year(),
                decision.rolledOverPartnership().leadProviderId(), decision.rolledOverPartnership().deliveryPartnerId(),
                ctx.now(), ChallengeDeadline.of(ctx.now(), cohort.academicYearStarts()));
        Target partnership = Target.partnership(id);
        ctx.created(partnership);
        ctx.audit(partnership, List.of(FieldChange.of("status", null, "active"),
                FieldChange.of("lead_provider_id", null, decision.rolledOverPartnership().leadProviderId()),
                FieldChange.of("delivery_partner_id", null, decision.rolledOverPartnership().deliveryPartnerId())));
        return id;
    }

    /** The directly previous cohort: its choice and the partnership that was active then (PROG-2..PROG-6). */
    private static PreviousCohort previousCohort(Connection tx, String urn, int year) throws SQLException {
        SchoolCohortState previous = SchoolRecords.cohortState(tx, urn, year - 1);
        if (previous.choice() == null) {
            return PreviousCohort.none(year - 1);
        }
        Optional<PartnershipState> partnership = SchoolRecords.activePartnership(tx, urn, year - 1);
        return new PreviousCohort(year - 1, previous.choice(), partnership.map(PartnershipState::leadProviderId).orElse(null),
                partnership.map(PartnershipState::deliveryPartnerId).orElse(null));
    }

    private static boolean hasInductionTutor(Connection tx, String urn) throws SQLException {
        return Sql.exists(tx, "SELECT 1 FROM school_induction_tutors WHERE school_urn = ?", urn);
    }
}
