package uk.gov.ects.desk.service.tickets;

import java.sql.SQLException;
import java.util.List;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.tickets.TicketRules;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /tickets/{id}/status {status: waiting_on_school|triaged}}: parks a ticket while the
 * school answers, and takes it back. {@code resolved} is only reached through resolve (it needs the claim).
 */
public final class SetTicketStatus implements WriteOperation<SetTicketStatus.Request> {

    public record Request(String id, String status) {
    }

    @Override
    public Operation operation() {
        return Operation.WORK_TICKET;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().requiredChoice("status",
                code -> TriageTicket.oneOf(code, TicketRules.SETTABLE_STATUSES), TicketRules.SETTABLE_STATUSES));
    }

    @Override
    public Target guard(Request request) {
        return TicketStore.target(request.id());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        TicketStore.Ticket ticket = TicketStore.load(ctx.tx(), request.id());
        TicketRules.requireOpen(ticket.claim());
        TicketStore.refuseIfClaimedByOther(ticket, ctx.actor().name(), ctx.now());
        Sql.update(ctx.tx(), "UPDATE tickets SET status = ? WHERE id = ?", request.status(), request.id());
        ctx.changed(TicketStore.target(request.id()));
        ctx.audit(TicketStore.target(request.id()), List.of(FieldChange.of("status", ticket.status(), request.status())));
        return WriteResult.ok(TicketStore.target(request.id()));
    }
}
