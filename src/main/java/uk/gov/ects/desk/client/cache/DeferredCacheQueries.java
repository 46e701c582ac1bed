package uk.gov.ects.desk.client.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.client.api.dto.ResourceDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.api.dto.TicketDto;

/**
 * The cache before it is open. The window is shown before the cache file is opened and migrated,
 * so searches made in those first moments wait here (on background threads) until it is ready.
 */
public final class DeferredCacheQueries implements CacheQueries, TicketQueries {

    private final CompletableFuture<CacheQueries> ready = new CompletableFuture<>();

    public void open(CacheQueries cache) {
        ready.complete(cache);
    }

    public void failed(Throwable cause) {
        ready.completeExceptionally(cause);
    }

    private CacheQueries cache() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The local cache could not be opened: " + e.getCause().getMessage()
                    + ". Restart the app; if it happens again, contact the desk's maintainers.", e.getCause());
        }
    }

    private TicketQueries ticketCache() {
        if (cache() instanceof TicketQueries tickets) {
            return tickets;
        }
        throw new IllegalStateException("This cache holds no ticket queues. Restart the app.");
    }

    @Override
    public List<TicketDto> tickets(TicketFilter filter, int offset, int limit) {
        return ticketCache().tickets(filter, offset, limit);
    }

    @Override
    public int countTickets(TicketFilter filter) {
        return ticketCache().countTickets(filter);
    }

    @Override
    public Map<TicketQueue, Integer> queueCounts(TicketFilter filter) {
        return ticketCache().queueCounts(filter);
    }

    @Override
    public Optional<TicketDto> ticket(String id) {
        return ticketCache().ticket(id);
    }

    @Override
    public Map<String, Integer> openByCategory() {
        return ticketCache().openByCategory();
    }

    @Override
    public List<Instant> openReceivedTimes() {
        return ticketCache().openReceivedTimes();
    }

    @Override
    public List<Instant> resolvedTimes(Instant from, Instant to) {
        return ticketCache().resolvedTimes(from, to);
    }

    @Override
    public List<SchoolRow> searchSchools(String text, int offset, int limit) {
        return cache().searchSchools(text, offset, limit);
    }

    @Override
    public int countSchools(String text) {
        return cache().countSchools(text);
    }

    @Override
    public Optional<SchoolDto> school(String urn) {
        return cache().school(urn);
    }

    @Override
    public List<ParticipantRow> searchParticipants(String text, int offset, int limit) {
        return cache().searchParticipants(text, offset, limit);
    }

    @Override
    public int countParticipants(String text) {
        return cache().countParticipants(text);
    }

    @Override
    public Optional<ParticipantDto> participant(String id) {
        return cache().participant(id);
    }

    @Override
    public List<PartnershipRow> searchPartnerships(String text, int offset, int limit) {
        return cache().searchPartnerships(text, offset, limit);
    }

    @Override
    public int countPartnerships(String text) {
        return cache().countPartnerships(text);
    }

    @Override
    public Optional<PartnershipDto> partnership(String id) {
        return cache().partnership(id);
    }

    // The interface's defaults answer "nothing" for test fakes; the app's cache must answer them all.

    @Override
    public List<ParticipantRow> participantsAtSchool(String urn) {
        return cache().participantsAtSchool(urn);
    }

    @Override
    public List<PartnershipRow> partnershipsOfSchool(String urn) {
        return cache().partnershipsOfSchool(urn);
    }

    @Override
    public List<ResourceDto> referenceData(String type) {
        return cache().referenceData(type);
    }

    @Override
    public List<ResourceDto> notes(String target) {
        return cache().notes(target);
    }

    @Override
    public List<ResourceDto> emailsForSchool(String urn) {
        return cache().emailsForSchool(urn);
    }

    @Override
    public List<ResourceDto> emailsForParticipant(String participantId) {
        return cache().emailsForParticipant(participantId);
    }

    @Override
    public Optional<Long> version(String type, String id) {
        return cache().version(type, id);
    }

    @Override
    public Optional<ResourceDto> resource(String type, String id) {
        return cache().resource(type, id);
    }

    @Override
    public List<ResourceDto> tickets(String status) {
        return cache().tickets(status);
    }
}
