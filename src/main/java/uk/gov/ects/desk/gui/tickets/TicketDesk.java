package uk.gov.ects.desk.gui.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.client.api.dto.TicketLinksDto;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.TicketFilter;
import uk.gov.ects.desk.client.cache.TicketQueries;
import uk.gov.ects.desk.client.cache.TicketQueue;

/**
 * What the Tickets and Overview tabs are built from; the launcher supplies the real parts (the
 * cache's queues, outbox-backed actions, the recogniser, the agent's name, the operation opener).
 * {@link #readOnly(CacheQueries)} shows tickets but refuses writes, for builds and tests that wire
 * no outbox.
 */
public record TicketDesk(TicketQueries queries, TicketActions actions, Recogniser recogniser,
        Supplier<String> agentName, Consumer<SuggestedAction> onSuggested) {

    public static TicketDesk readOnly(CacheQueries cache) {
        TicketQueries queries = cache instanceof TicketQueries tickets ? tickets : NO_TICKETS;
        return new TicketDesk(queries, UNAVAILABLE, new ModelRecogniser(), () -> "", action -> { });
    }

    public TicketDesk withActions(TicketActions newActions) {
        return new TicketDesk(queries, newActions, recogniser, agentName, onSuggested);
    }

    public TicketDesk withRecogniser(Recogniser newRecogniser) {
        return new TicketDesk(queries, actions, newRecogniser, agentName, onSuggested);
    }

    public TicketDesk withAgent(Supplier<String> newAgentName) {
        return new TicketDesk(queries, actions, recogniser, newAgentName, onSuggested);
    }

    public TicketDesk withSuggestedActionHandler(Consumer<SuggestedAction> handler) {
        return new TicketDesk(queries, actions, recogniser, agentName, handler);
    }

    /** A cache without ticket queues: every queue is empty. */
    static final TicketQueries NO_TICKETS = new TicketQueries() {
        @Override
        public List<TicketDto> tickets(TicketFilter filter, int offset, int limit) {
            return List.of();
        }

        @Override
        public int countTickets(TicketFilter filter) {
            return 0;
        }

        @Override
        public Map<TicketQueue, Integer> queueCounts(TicketFilter filter) {
            return Map.of();
        }

        @Override
        public Optional<TicketDto> ticket(String id) {
            return Optional.empty();
        }

        @Override
        public Map<String, Integer> openByCategory() {
            return Map.of();
        }

        @Override
        public List<Instant> openReceivedTimes() {
            return List.of();
        }

        @Override
        public List<Instant> resolvedTimes(Instant from, Instant to) {
            return List.of();
        }
    };

    /** Writes before the outbox is wired: each one fails with a sentence saying so. */
    static final TicketActions UNAVAILABLE = new TicketActions() {
        private CompletionStage<Void> refuse() {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "Changing tickets is not available in this build yet. Use the Support API for now."));
        }

        @Override
        public CompletionStage<Void> claim(TicketDto ticket) {
            return refuse();
        }

        @Override
        public CompletionStage<Void> release(TicketDto ticket) {
            return refuse();
        }

        @Override
        public CompletionStage<Void> triage(TicketDto ticket, String category, String priority, TicketLinksDto linked) {
            return refuse();
        }

        @Override
        public CompletionStage<Void> addNote(TicketDto ticket, String body) {
            return refuse();
        }

        @Override
        public CompletionStage<Void> resolve(TicketDto ticket, String resolution, String reply) {
            return refuse();
        }

        @Override
        public CompletionStage<Void> bulkClaim(List<TicketDto> tickets) {
            return refuse();
        }

        @Override
        public CompletionStage<Void> bulkCategorise(List<TicketDto> tickets, String category) {
            return refuse();
        }
    };
}
