package uk.gov.ects.desk.service.tickets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.tickets.TicketRules;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.emails.OutgoingEmail;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.writes.Body;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /tickets/{id}/resolve {resolution, operations: [audit_event_id...], reply?: {subject, body}}}.
 * Needs the caller's live claim. The named audit events (the changes made for this ticket) must exist
 * and are linked to it; the reply, when given, goes to the sender through the mailer (template
 * {@value #TEMPLATE}) and is in the email log.
 */
public final class ResolveTicket implements WriteOperation<ResolveTicket.Request> {

    public static final String TEMPLATE = "ticket_reply";
    private static final int MAX_REPLY_SUBJECT = 300;

    public record Reply(String subject, String body) {
    }

    public record Request(String id, String resolution, List<String> operations, Reply reply) {
    }

    @Override
    public Operation operation() {
        return Operation.WORK_TICKET;
    }

    @Override
    public Request parse(WriteRequest request) {
        Body body = request.body();
        JsonObject json = body.json();
        return new Request(request.path("id"), body.requiredText("resolution", TicketRules.MAX_RESOLUTION).trim(),
                operations(json), reply(json));
    }

    @Override
    public Target guard(Request request) {
        return TicketStore.target(request.id());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        TicketStore.Ticket ticket = TicketStore.load(ctx.tx(), request.id());
        TicketRules.requireOpen(ticket.claim());
        String me = ctx.actor().name();
        TicketStore.refuseIfClaimedByOther(ticket, me, ctx.now());
        TicketRules.requireLiveClaim(ticket.claim(), me, ctx.now());
        for (int i = 0; i < request.operations().size(); i++) {
            String eventId = request.operations().get(i);
            if (!Sql.exists(ctx.tx(), "SELECT 1 FROM audit_events WHERE id = ?", eventId)) {
                throw Refusal.rule("audit_event_not_found", TicketRules.RULE, "Operation not found",
                        "There is no recorded change with id " + eventId + ". Copy the id from the record's history, "
                                + "or leave it out.", "/operations/" + i);
            }
        }
        TicketLinks links = ticket.links().plusOperations(request.operations());
        Sql.update(ctx.tx(), "UPDATE tickets SET status = ?, resolution = ?, linked = ?, claimed_until = NULL, "
                + "resolved_at = ? WHERE id = ?", TicketRules.RESOLVED, request.resolution(), links.toJson(), ctx.now(),
                request.id());
        ctx.changed(TicketStore.target(request.id()));
        ctx.audit(TicketStore.target(request.id()), List.of(
                FieldChange.of("status", ticket.status(), TicketRules.RESOLVED),
                FieldChange.of("resolution", ticket.resolution(), request.resolution()),
                FieldChange.of("operations", String.join(", ", ticket.links().operations()),
                        String.join(", ", links.operations())),
                FieldChange.of("claimed_until", ticket.claimedUntil(), null),
                FieldChange.of("resolved_at", null, ctx.now())));
        if (request.reply() != null) {
            String subject = request.reply().subject() != null ? request.reply().subject() : "Re: " + ticket.subject();
            ctx.email(new OutgoingEmail(ticket.fromEmail(), ticket.fromEmail(), TEMPLATE, subject, ticket.schoolUrn(),
                    null, Map.of("ticket_id", ticket.id(), "body", request.reply().body())));
        }
        return WriteResult.ok(TicketStore.target(request.id()));
    }

    private static List<String> operations(JsonObject json) {
        List<String> ids = new ArrayList<>();
        if (!json.has("operations") || json.get("operations").isJsonNull()) {
            return ids;
        }
        if (!json.get("operations").isJsonArray()) {
            throw ApiError.badRequest("wrong_type", "A field has the wrong type",
                    "operations must be a list of audit event ids.", "/operations");
        }
        JsonArray array = json.getAsJsonArray("operations");
        for (int i = 0; i < array.size(); i++) {
            JsonElement id = array.get(i);
            if (!id.isJsonPrimitive() || !id.getAsJsonPrimitive().isString()) {
                throw ApiError.badRequest("wrong_type", "A field has the wrong type",
                        "operations must be a list of audit event ids written as text.", "/operations/" + i);
            }
            ids.add(id.getAsString().trim());
        }
        return ids;
    }

    private static Reply reply(JsonObject json) {
        if (!json.has("reply") || json.get("reply").isJsonNull()) {
            return null;
        }
        if (!json.get("reply").isJsonObject()) {
            throw ApiError.badRequest("wrong_type", "A field has the wrong type",
                    "reply must be an object like {\"subject\": \"...\", \"body\": \"...\"}.", "/reply");
        }
        Body reply = Body.of(json.getAsJsonObject("reply"));
        try {
            String subject = reply.text("subject", MAX_REPLY_SUBJECT);
            return new Reply(subject == null || subject.isBlank() ? null : subject.trim(), reply.requiredText("body"));
        } catch (ApiError e) {
            // Body names the inner field; the pointer must say it is inside reply.
            throw new ApiError(e.status(), e.code(), e.title(), e.detail().replaceFirst("^(subject|body)", "reply.$1"),
                    e.rule(), "/reply" + e.pointer());
        }
    }
}
