package uk.gov.ects.desk.service.tickets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.tickets.TicketRules;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.writes.Body;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code PUT /tickets/{id}/triage {category, priority, linked: {schools, participants}}}: files the
 * ticket and moves it to {@code triaged}. Without {@code linked} the ticket keeps its links. Every
 * linked school and participant must exist; a merged-away participant is linked as the one it was
 * merged into.
 */
public final class TriageTicket implements WriteOperation<TriageTicket.Request> {

    public record Request(String id, String category, String priority, List<String> schools, List<String> participants) {
    }

    @Override
    public Operation operation() {
        return Operation.WORK_TICKET;
    }

    @Override
    public Request parse(WriteRequest request) {
        Body body = request.body();
        String category = body.requiredChoice("category", code -> oneOf(code, TicketRules.CATEGORIES),
                TicketRules.CATEGORIES);
        String priority = body.requiredChoice("priority", code -> oneOf(code, TicketRules.PRIORITIES),
                TicketRules.PRIORITIES);
        JsonObject json = body.json();
        if (!json.has("linked") || json.get("linked").isJsonNull()) {
            return new Request(request.path("id"), category, priority, null, null);
        }
        if (!json.get("linked").isJsonObject()) {
            throw wrongType("/linked", "an object like {\"schools\": [\"100001\"], \"participants\": []}");
        }
        JsonObject linked = json.getAsJsonObject("linked");
        return new Request(request.path("id"), category, priority, ids(linked, "schools"), ids(linked, "participants"));
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
        TicketLinks links = ticket.links();
        if (request.schools() != null) {
            links = links.withSchoolsAndParticipants(existingSchools(ctx, request.schools()),
                    existingParticipants(ctx, request.participants()));
        }
        Sql.update(ctx.tx(), "UPDATE tickets SET category = ?, priority = ?, linked = ?, status = ? WHERE id = ?",
                request.category(), request.priority(), links.toJson(), TicketRules.TRIAGED, request.id());
        ctx.changed(TicketStore.target(request.id()));
        ctx.audit(TicketStore.target(request.id()), List.of(
                FieldChange.of("status", ticket.status(), TicketRules.TRIAGED),
                FieldChange.of("category", ticket.category(), request.category()),
                FieldChange.of("priority", ticket.priority(), request.priority()),
                FieldChange.of("linked", ticket.links().describeLinks(), links.describeLinks())));
        return WriteResult.ok(TicketStore.target(request.id()));
    }

    private static List<String> existingSchools(WriteContext ctx, List<String> urns) throws SQLException {
        for (int i = 0; i < urns.size(); i++) {
            if (!Sql.exists(ctx.tx(), "SELECT 1 FROM schools WHERE urn = ?", urns.get(i))) {
                throw Refusal.rule("linked_school_not_found", TicketRules.RULE, "Linked school not found",
                        "There is no school with URN " + urns.get(i) + ". Check the URN or take it out of the links.",
                        "/linked/schools/" + i);
            }
        }
        return urns;
    }

    private static List<String> existingParticipants(WriteContext ctx, List<String> ids) throws SQLException {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Optional<String> current = Sql.one(ctx.tx(), "SELECT COALESCE(merged_into, id) FROM participants WHERE id = ?",
                    rs -> rs.getString(1), id);
            if (current.isEmpty()) {
                throw Refusal.rule("linked_participant_not_found", TicketRules.RULE, "Linked participant not found",
                        "There is no participant with id " + id + ". Check the id or take it out of the links.",
                        "/linked/participants/" + i);
            }
            kept.add(current.get());
        }
        return kept;
    }

    private static List<String> ids(JsonObject linked, String key) {
        List<String> ids = new ArrayList<>();
        if (!linked.has(key) || linked.get(key).isJsonNull()) {
            return ids;
        }
        if (!linked.get(key).isJsonArray()) {
            throw wrongType("/linked/" + key, "a list of ids");
        }
        JsonArray array = linked.getAsJsonArray(key);
        for (int i = 0; i < array.size(); i++) {
            JsonElement id = array.get(i);
            if (!id.isJsonPrimitive() || !id.getAsJsonPrimitive().isString() || id.getAsString().isBlank()) {
                throw wrongType("/linked/" + key + "/" + i, "an id written as text");
            }
            ids.add(id.getAsString().trim());
        }
        return ids;
    }

    static Optional<String> oneOf(String code, List<String> allowed) {
        return allowed.contains(code) ? Optional.of(code) : Optional.empty();
    }

    private static ApiError wrongType(String pointer, String expected) {
        return ApiError.badRequest("wrong_type", "A field has the wrong type",
                pointer.substring(1) + " must be " + expected + ".", pointer);
    }
}
