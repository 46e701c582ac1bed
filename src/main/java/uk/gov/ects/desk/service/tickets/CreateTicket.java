package uk.gov.ects.desk.service.tickets;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import uk.gov.ects.desk.model.people.EmailAddress;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.tickets.TicketRules;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /tickets {from_email, subject, body, school_urn?}} from the contact form (intake token)
 * or an agent. SUP-1, SUP-2: anyone may write any number of times, so nothing is de-duplicated here
 * (the Idempotency-Key alone stops a retried request from making two tickets).
 */
public final class CreateTicket implements WriteOperation<CreateTicket.Request> {

    public record Request(String fromEmail, String subject, String body, String schoolUrn) {
    }

    static final int MAX_SUBJECT = 500;
    static final int MAX_BODY = 100_000;

    @Override
    public Operation operation() {
        return Operation.CREATE_TICKET;
    }

    @Override
    public Request parse(WriteRequest request) {
        String from = request.body().requiredText("from_email", 320).trim();
        if (!EmailAddress.isWellFormed(from)) {
            throw Refusal.rule("email_invalid", "SUP-2", "Email address not recognised",
                    "from_email must be an email address like name@school.org.uk, so support can reply.", "/from_email");
        }
        String schoolUrn = request.body().text("school_urn", 20);
        return new Request(from, request.body().requiredText("subject", MAX_SUBJECT).trim(),
                request.body().requiredText("body", MAX_BODY), schoolUrn == null || schoolUrn.isBlank() ? null
                        : schoolUrn.trim());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        if (request.schoolUrn() != null && !Sql.exists(ctx.tx(), "SELECT 1 FROM schools WHERE urn = ?", request.schoolUrn())) {
            throw Refusal.rule("school_not_found", "SUP-2", "School not found", "There is no school with URN "
                    + request.schoolUrn() + ". Check the URN, or leave it out.", "/school_urn");
        }
        String id = "t-" + UUID.randomUUID();
        Sql.update(ctx.tx(), "INSERT INTO tickets (id, received_at, from_email, subject, body, school_urn, status, "
                + "category, priority, linked, assignee, claimed_until, resolution, source_ref, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL, NULL, NULL, NULL, 1)", id, ctx.now(),
                request.fromEmail(), request.subject(), request.body(), request.schoolUrn(), TicketRules.NEW,
                TicketRules.DEFAULT_PRIORITY, TicketLinks.ofSchool(request.schoolUrn()).toJson());
        ctx.created(TicketStore.target(id));
        ctx.audit(TicketStore.target(id), List.of(FieldChange.of("status", null, TicketRules.NEW),
                FieldChange.of("subject", null, request.subject())));
        return WriteResult.created(TicketStore.target(id));
    }
}
