package uk.gov.ects.desk.service.tutors;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.people.EmailAddress;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.people.PersonKind;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.tutors.CurrentTutor;
import uk.gov.ects.desk.model.tutors.InductionTutorRules;
import uk.gov.ects.desk.model.tutors.TutorChange;
import uk.gov.ects.desk.model.tutors.TutorMode;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /schools/{urn}/induction-tutor {full_name, email, mode}}: SIT-2..SIT-5, CSIT-1..CSIT-6,
 * MSIT-1, OVR-SIT ({@code mode: update}, or {@code replace} with {@code override}).
 */
public final class ChangeInductionTutor implements WriteOperation<ChangeInductionTutor.Request> {

    public record Request(String urn, TutorMode mode, String fullName, String email, boolean override) {
    }

    private static final List<String> MODES = Arrays.stream(TutorMode.values()).map(TutorMode::code).toList();

    @Override
    public Operation operation() {
        return Operation.NOMINATE_INDUCTION_TUTOR;
    }

    @Override
    public Request parse(WriteRequest request) {
        TutorMode mode = request.body().requiredChoice("mode",
                code -> Arrays.stream(TutorMode.values()).filter(m -> m.code().equals(code)).findFirst(), MODES);
        return new Request(request.path("urn"), mode, request.body().text("full_name", 500),
                request.body().text("email", 500), request.body().bool("override", false));
    }

    @Override
    public Operation resolve(Request request) {
        return switch (request.mode()) {
            case NOMINATE -> request.override() ? Operation.OVR_SIT : Operation.NOMINATE_INDUCTION_TUTOR;
            case REPLACE -> request.override() ? Operation.OVR_SIT : Operation.CHANGE_INDUCTION_TUTOR;
            case UPDATE -> Operation.OVR_SIT;
        };
    }

    @Override
    public Target guard(Request request) {
        return Target.school(request.urn());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        Optional<CurrentTutor> current = currentTutor(tx, request.urn());
        Optional<EmailHolder> holder = request.email() == null ? Optional.empty() : emailHolder(tx, request.email());
        TutorChange change = InductionTutorRules.decide(request.mode(), current, request.fullName(), request.email(),
                holder);

        switch (change.kind()) {
            case NOMINATED, REPLACED -> {
                String tutorId = change.linkPersonId() != null ? change.linkPersonId()
                        : createTutor(tx, change.fullName(), change.email(), ctx);
                Sql.update(tx, "DELETE FROM school_induction_tutors WHERE school_urn = ?", request.urn());
                Sql.update(tx, "INSERT INTO school_induction_tutors (school_urn, tutor_id) VALUES (?, ?)",
                        request.urn(), tutorId);
            }
            case EMAIL_CHANGED, DETAILS_CORRECTED -> editTutor(ctx, change.editPersonId(), change.fullName(),
                    change.email());
            default -> throw new IllegalStateException("Unknown tutor change " + change.kind());
        }
        ctx.changed(Target.school(request.urn()));
        ctx.audit(Target.school(request.urn()), List.of(
                FieldChange.of("induction_tutor.full_name", current.map(CurrentTutor::fullName).orElse(null),
                        change.fullName()),
                FieldChange.of("induction_tutor.email", current.map(CurrentTutor::email).orElse(null), change.email())));
        for (EmailIntent email : change.emails()) {
            ctx.email(email, request.urn(), null);
        }
        return WriteResult.ok(Target.school(request.urn()));
    }

    static Optional<CurrentTutor> currentTutor(Connection tx, String urn) throws SQLException {
        if (!Sql.exists(tx, "SELECT 1 FROM schools WHERE urn = ?", urn)) {
            throw ApiError.notFound("school", urn);
        }
        return Sql.one(tx, "SELECT t.id, t.full_name, t.email FROM school_induction_tutors sit "
                + "JOIN induction_tutors t ON t.id = sit.tutor_id WHERE sit.school_urn = ?",
                rs -> new CurrentTutor(rs.getString(1), rs.getString(2), rs.getString(3)), urn);
    }

    /** SIT-4: who holds this address now, across tutors, ECTs and mentors. */
    public static Optional<EmailHolder> emailHolder(Connection tx, String email) throws SQLException {
        Optional<String[]> owner = Sql.one(tx, "SELECT owner_type, owner_id FROM email_addresses WHERE email_lower = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, EmailAddress.normalise(email));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        String type = owner.get()[0];
        String id = owner.get()[1];
        if ("induction_tutor".equals(type)) {
            return Sql.one(tx, "SELECT full_name FROM induction_tutors WHERE id = ?",
                    rs -> new EmailHolder(id, rs.getString(1), PersonKind.INDUCTION_TUTOR), id);
        }
        return Sql.one(tx, "SELECT full_name, participant_type FROM participants WHERE id = ?",
                rs -> new EmailHolder(id, rs.getString(1),
                        "mentor".equals(rs.getString(2)) ? PersonKind.MENTOR : PersonKind.ECT), id);
    }

    private static String createTutor(Connection tx, String fullName, String email, WriteContext ctx)
            throws SQLException {
        String id = "sit-" + UUID.randomUUID();
        Sql.update(tx, "INSERT INTO induction_tutors (id, full_name, email) VALUES (?, ?, ?)", id, fullName, email);
        Sql.update(tx, "INSERT INTO email_addresses (email_lower, email, owner_type, owner_id, is_primary, added_at) "
                + "VALUES (?, ?, 'induction_tutor', ?, TRUE, ?)", EmailAddress.normalise(email), email, id, ctx.now());
        return id;
    }

    /** CSIT-2, OVR-SIT update: the same person, so every school they are tutor at shows the change. */
    private static void editTutor(WriteContext ctx, String tutorId, String fullName, String email) throws SQLException {
        Connection tx = ctx.tx();
        Sql.update(tx, "UPDATE induction_tutors SET full_name = ?, email = ? WHERE id = ?", fullName, email, tutorId);
        Sql.update(tx, "DELETE FROM email_addresses WHERE owner_type = 'induction_tutor' AND owner_id = ?", tutorId);
        Sql.update(tx, "INSERT INTO email_addresses (email_lower, email, owner_type, owner_id, is_primary, added_at) "
                + "VALUES (?, ?, 'induction_tutor', ?, TRUE, ?)", EmailAddress.normalise(email), email, tutorId, ctx.now());
        for (String urn : Sql.list(tx, "SELECT school_urn FROM school_induction_tutors WHERE tutor_id = ?",
                rs -> rs.getString(1), tutorId)) {
            ctx.changed(Target.school(urn));
        }
    }
}
