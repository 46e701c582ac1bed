package uk.gov.ects.desk.service.tickets;

import java.sql.SQLException;
import java.time.Instant;
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
 * {@code POST /tickets/{id}/claim}: the ticket is the caller's for 30 minutes from the service clock.
 * The claimant claiming again renews the lease; anyone else gets 409 {@code claimed_by_other} until it
 * runs out, whichever version they send.
 */
public final class ClaimTicket implements WriteOperation<String> {

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

    /**
     * Another agent's live claim refuses this claim on any version, so it is answered before If-Match:
     * a claim queued offline hears 409 naming the other agent at once, not a 412 whose re-apply is
     * refused anyway (issue 5). A stale claim on a ticket nobody else holds still gets 412, so the
     * agent sees what changed (a triage, say) before claiming.
     */
    @Override
    public void refuseBeforeIfMatch(WriteContext ctx, String id) throws SQLException {
        TicketStore.refuseIfClaimedByOther(TicketStore.load(ctx.tx(), id), ctx.actor().name(), ctx.now());
    }

    @Override
    public WriteResult apply(WriteContext ctx, String id) throws SQLException {
        TicketStore.Ticket ticket = TicketStore.load(ctx.tx(), id);
        TicketRules.requireOpen(ticket.claim());
        String me = ctx.actor().name();
        TicketStore.refuseIfClaimedByOther(ticket, me, ctx.now());
        Instant until = TicketRules.leaseEnd(ctx.now());
        Sql.update(ctx.tx(), "UPDATE tickets SET assignee = ?, claimed_until = ? WHERE id = ?", me, until, id);
        ctx.changed(TicketStore.target(id));
        ctx.audit(TicketStore.target(id), List.of(FieldChange.of("assignee", ticket.assignee(), me),
                FieldChange.of("claimed_until", ticket.claimedUntil(), until)));
        return WriteResult.ok(TicketStore.target(id));
    }
}
