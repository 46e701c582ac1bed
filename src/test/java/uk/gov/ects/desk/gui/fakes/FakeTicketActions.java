package uk.gov.ects.desk.gui.fakes;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.client.api.dto.TicketLinksDto;
import uk.gov.ects.desk.gui.tickets.TicketActions;

/** Records each ticket action as a line ("claim t-1", "triage t-1 transfer normal [100001] []"); fails when told to. */
public final class FakeTicketActions implements TicketActions {

    public final List<String> calls = new CopyOnWriteArrayList<>();
    public volatile String failWith;

    private CompletionStage<Void> record(String call) {
        calls.add(call);
        return failWith == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.failedFuture(new IllegalStateException(failWith));
    }

    @Override
    public CompletionStage<Void> claim(TicketDto ticket) {
        return record("claim " + ticket.id());
    }

    @Override
    public CompletionStage<Void> release(TicketDto ticket) {
        return record("release " + ticket.id());
    }

    @Override
    public CompletionStage<Void> triage(TicketDto ticket, String category, String priority, TicketLinksDto linked) {
        return record("triage " + ticket.id() + " " + category + " " + priority + " " + linked.schools() + " " + linked.participants());
    }

    @Override
    public CompletionStage<Void> addNote(TicketDto ticket, String body) {
        return record("note " + ticket.id() + " " + body);
    }

    @Override
    public CompletionStage<Void> resolve(TicketDto ticket, String resolution, String reply) {
        return record("resolve " + ticket.id() + " " + resolution + " | " + reply);
    }

    @Override
    public CompletionStage<Void> bulkClaim(List<TicketDto> tickets) {
        return record("bulkClaim " + tickets.stream().map(TicketDto::id).toList());
    }

    @Override
    public CompletionStage<Void> bulkCategorise(List<TicketDto> tickets, String category) {
        return record("bulkCategorise " + tickets.stream().map(TicketDto::id).toList() + " " + category);
    }
}
