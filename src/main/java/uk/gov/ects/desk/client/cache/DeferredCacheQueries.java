package uk.gov.ects.desk.client.cache;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;

/**
 * The cache before it is open. The window is shown before the cache file is opened and migrated,
 * so searches made in those first moments wait here (on background threads) until it is ready.
 */
public final class DeferredCacheQueries implements CacheQueries {

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
}
