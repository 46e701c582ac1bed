package uk.gov.ects.desk.service.tickets;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.tickets.TicketRules;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.notes.NoteRenderer;
import uk.gov.ects.desk.service.writes.Body;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /tickets/{id}/notes {body}}: an internal note, kept with the other notes under target
 * {@code ticket:ID} (so {@code GET /notes?target=ticket:ID} lists them) and audited on the ticket.
 * Anyone may add one, claimed or not, resolved or not: notes record, they do not change the case.
 */
public final class AddTicketNote implements WriteOperation<AddTicketNote.Request> {

    public record Request(String id, String body) {
    }

    @Override
    public Operation operation() {
        return Operation.WORK_TICKET;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().text("body", Body.MAX_TEXT + 1));
    }

    @Override
    public Target guard(Request request) {
        return TicketStore.target(request.id());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        TicketStore.load(ctx.tx(), request.id());
        TicketRules.validateNote(request.body());
        String noteId = "note-" + UUID.randomUUID();
        Sql.update(ctx.tx(), "INSERT INTO notes (id, target, body, author, created_at, version) VALUES (?, ?, ?, ?, ?, 1)",
                noteId, "ticket:" + request.id(), request.body(), ctx.actor().name(), ctx.now());
        ctx.created(new Target(NoteRenderer.TYPE, noteId));
        ctx.changed(TicketStore.target(request.id())); // its notes count grows
        ctx.audit(TicketStore.target(request.id()), List.of(FieldChange.of("note", null, request.body())));
        return WriteResult.ok(TicketStore.target(request.id()));
    }
}
