package uk.gov.ects.desk.launcher;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.client.api.dto.TicketLinksDto;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxRequest;
import uk.gov.ects.desk.client.outbox.OutboxTarget;
import uk.gov.ects.desk.gui.tickets.TicketActions;

/**
 * Ticket work queued in the agent's outbox, so claims, triage, notes and resolutions made on a
 * train land in order when the connection is back. A claim someone else made meanwhile comes
 * back as a refused change (409 claimed_by_other) in the Outbox tab, and the work queued after
 * it on that ticket waits there for the agent to decide.
 */
final class OutboxTicketActions implements TicketActions {

    private static final String OPERATION = "TICKET";

    private final Supplier<Outbox> outbox;
    private final Executor writes;

    OutboxTicketActions(Supplier<Outbox> outbox, Executor writes) {
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public CompletionStage<Void> claim(TicketDto ticket) {
        return queue(ticket, "Claim", "/claim", "POST", new JsonObject());
    }

    @Override
    public CompletionStage<Void> release(TicketDto ticket) {
        return queue(ticket, "Release", "/release", "POST", new JsonObject());
    }

    @Override
    public CompletionStage<Void> triage(TicketDto ticket, String category, String priority, TicketLinksDto linked) {
        JsonObject body = new JsonObject();
        body.addProperty("category", category);
        body.addProperty("priority", priority);
        JsonObject links = new JsonObject();
        links.add("schools", strings(linked == null ? List.of() : linked.schools()));
        links.add("participants", strings(linked == null ? List.of() : linked.participants()));
        body.add("linked", links);
        return queue(ticket, "Triage", "/triage", "PUT", body);
    }

    @Override
    public CompletionStage<Void> addNote(TicketDto ticket, String text) {
        JsonObject body = new JsonObject();
        body.addProperty("body", text);
        return queue(ticket, "Add a note to", "/notes", "POST", body);
    }

    @Override
    public CompletionStage<Void> resolve(TicketDto ticket, String resolution, String reply) {
        JsonObject body = new JsonObject();
        body.addProperty("resolution", resolution);
        body.add("operations", strings(ticket.operations() == null ? List.of() : ticket.operations()));
        if (reply != null && !reply.isBlank()) {
            JsonObject message = new JsonObject();
            message.addProperty("subject", "Re: " + ticket.subject());
            message.addProperty("body", reply);
            body.add("reply", message);
        }
        return queue(ticket, "Resolve", "/resolve", "POST", body);
    }

    @Override
    public CompletionStage<Void> bulkClaim(List<TicketDto> tickets) {
        return all(tickets.stream().map(this::claim).toList());
    }

    @Override
    public CompletionStage<Void> bulkCategorise(List<TicketDto> tickets, String category) {
        return all(tickets.stream().map(t -> triage(t, category, t.priority(), t.linked())).toList());
    }

    private CompletionStage<Void> queue(TicketDto ticket, String verb, String action, String method, JsonObject body) {
        OutboxRequest request = new OutboxRequest(OPERATION, verb + " ticket " + ticket.subject(), method,
                "/tickets/" + ticket.id() + action, new OutboxTarget("ticket", ticket.id()), body, true, ticket.version());
        return CompletableFuture.runAsync(() -> {
            Outbox ready = outbox.get();
            if (ready == null) {
                throw new IllegalStateException("The app is still opening its local cache. Wait a moment and try again.");
            }
            ready.enqueue(request);
        }, writes);
    }

    private static CompletionStage<Void> all(List<CompletionStage<Void>> stages) {
        return CompletableFuture.allOf(stages.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
