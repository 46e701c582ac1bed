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

/** {@code POST /tickets/{id}/release}: the claimant gives the ticket back to the queue. */
public final class ReleaseTicket implements WriteOperation<String> {

    @Override
    public Operation operation() {
        return Operation.WORK_TICKET;
    }

    @Override
    public String parse(WriteRequest request) {
        return request.path("id");
    }

    @Override
    public Target guard(String id) {
        return TicketStore.target(id);
    }

    @Override
    public WriteResult apply(WriteContext ctx, String id) throws SQLException {
        TicketStore.Ticket ticket = TicketStore.load(ctx.tx(), id);
        TicketRules.requireOpen(ticket.claim());
        String me = ctx.actor().name();
        TicketStore.refuseIfClaimedByOther(ticket, me, ctx.now());
        TicketRules.requireReleasable(ticket.claim(), me);
        Sql.update(ctx.tx(), "UPDATE tickets SET assignee = NULL, claimed_until = NULL WHERE id = ?", id);
        ctx.changed(TicketStore.target(id));
        ctx.audit(TicketStore.target(id), List.of(FieldChange.of("assignee", ticket.assignee(), null),
                FieldChange.of("claimed_until", ticket.claimedUntil(), null)));
        return WriteResult.ok(TicketStore.target(id));
    }
}
