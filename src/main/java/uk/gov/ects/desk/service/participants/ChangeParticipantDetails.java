package uk.gov.ects.desk.service.participants;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.gov.ects.desk.model.participants.DetailsChange;
import uk.gov.ects.desk.model.participants.DetailsRequest;
import uk.gov.ects.desk.model.participants.DetailsRules;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.participants.ParticipantRecords.Loaded;
import uk.gov.ects.desk.service.tutors.ChangeInductionTutor;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PATCH /participants/{id} {full_name?, name_change_reason?, email?, override}}: CECT-1..CECT-4,
 * CMEN-1..CMEN-3; with {@code override} (and a reason) support changes the details of someone who
 * completed or left (OVR-DETAILS). A new email becomes the primary; the old one stays as secondary.
 * TRN, date of birth and provider are refused here (CECT-6, CMEN-3).
 */
public final class ChangeParticipantDetails implements WriteOperation<ChangeParticipantDetails.Request> {

    public record Request(String participantId, DetailsRequest details, Set<String> fieldsGiven) {
    }

    @Override
    public Operation operation() {
        return Operation.CHANGE_DETAILS;
    }

    @Override
    public Request parse(WriteRequest request) {
        var body = request.body();
        return new Request(request.path("id"), new DetailsRequest(body.text("full_name"),
                body.text("name_change_reason", 100), body.text("email", 320), body.bool("override", false)),
                body.json().keySet());
    }

    @Override
    public Operation resolve(Request request) {
        return request.details().override() ? Operation.OVR_DETAILS : operation();
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        Loaded participant = ParticipantRecords.require(tx, request.participantId(), ctx.today());
        DetailsRules.refuseProtectedFields(participant.state().type(), request.fieldsGiven());
        String email = request.details().email();
        Optional<EmailHolder> holder = email == null ? Optional.empty() : ChangeInductionTutor.emailHolder(tx, email);
        DetailsChange change = DetailsRules.change(participant.state(), participant.fullName(),
                participant.primaryEmail(), request.details(), holder, ctx.today());

        List<FieldChange> changes = new ArrayList<>();
        if (change.fullName() != null) {
            Sql.update(tx, "UPDATE participants SET full_name = ?, search_name = ? WHERE id = ?", change.fullName(),
                    change.fullName().toLowerCase(Locale.ROOT), request.participantId());
            changes.add(FieldChange.of("full_name", participant.fullName(), change.fullName()));
            changes.add(FieldChange.of("name_change_reason", null, change.nameChangeReason().code()));
        }
        if (change.email() != null) {
            ParticipantRecords.addEmail(tx, request.participantId(), change.email(), true, ctx.now());
            changes.add(FieldChange.of("email", participant.primaryEmail(), change.email()));
        }
        Target target = Target.participant(request.participantId());
        ctx.changed(target);
        ctx.audit(target, changes);
        return WriteResult.ok(target);
    }
}
