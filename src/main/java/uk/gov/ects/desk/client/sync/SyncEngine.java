package uk.gov.ects.desk.client.sync;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import uk.gov.ects.desk.client.api.ApiCalls;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.ChangesApi;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.api.dto.ChangePageDto;
import uk.gov.ects.desk.client.cache.LocalCache;

/**
 * Pulls the change feed into the local cache. Each page is applied in one cache transaction
 * together with its cursor, so a crash or a lost connection never leaves the cursor ahead of the
 * data; the next sync simply carries on from the last page that committed.
 *
 * <p>When the service answers 410 {@code cursor_expired} the cache starts again from
 * {@code after=0}: the first snapshot page replaces everything in the same transaction that
 * deletes the old data (so the agent sees old data until then), and later snapshot pages are
 * applied as usual. Until the snapshot's last page arrives the cache is partial, which the status
 * shows as a sync still running; if the connection drops half way, the next sync resumes the
 * snapshot from its cursor like any other sync. A run that starts from nothing asks for its pages
 * with {@code snapshot=true}, so a purge of old tombstones while it reads cannot stop it half way.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    static final String CURSOR_EXPIRED = "cursor_expired";

    private final ChangesApi changes;
    private final LocalCache cache;
    private final int pageSize;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Call<?>> inFlight = new AtomicReference<>();

    public SyncEngine(ChangesApi changes, LocalCache cache, int pageSize) {
        if (pageSize < 1 || pageSize > 5000) {
            throw new IllegalArgumentException("page size must be 1..5000, was " + pageSize);
        }
        this.changes = changes;
        this.cache = cache;
        this.pageSize = pageSize;
    }

    /** What a finished sync did. */
    public record Result(long changesApplied, long cursor, boolean rebootstrapped) {
    }

    /** Told after each page commits. */
    @FunctionalInterface
    public interface Progress {
        void pageApplied(long changesAppliedSoFar, long cursor);
    }

    /**
     * Syncs until the feed has no more; blocking, on the caller's thread.
     *
     * @throws ApiException          the service could not be used (the cache keeps what committed)
     * @throws CancellationException {@link #cancel()} was called (the cache keeps what committed)
     */
    public Result syncOnce(Progress progress) throws ApiException {
        cancelled.set(false);
        long cursor = cache.cursor();
        long applied = 0;
        boolean rebootstrapped = false;
        // A run that starts from nothing reads a snapshot; its pages must not be refused as expired.
        boolean snapshot = cursor == 0;
        while (true) {
            ChangePageDto page;
            boolean replaceAll = false;
            try {
                page = fetch(cursor, pageSize, snapshot);
            } catch (ApiException.ClientError e) {
                if (e.status() != 410 || !e.hasCode(CURSOR_EXPIRED) || rebootstrapped) {
                    throw e;
                }
                LOG.info("The change feed no longer reaches back to seq {}; rebuilding the cache from a snapshot", cursor);
                rebootstrapped = true;
                snapshot = true;
                cursor = 0;
                page = fetch(0, pageSize, true);
                replaceAll = true;
            }
            List<ChangeDto> data = page.data() == null ? List.of() : page.data();
            long next = data.isEmpty() ? cursor : data.get(data.size() - 1).seq();
            if (replaceAll) {
                cache.replaceAllWith(data, next);
            } else if (!data.isEmpty()) {
                cache.applyPage(data, next);
            }
            cursor = next;
            applied += data.size();
            progress.pageApplied(applied, cursor);
            boolean hasMore = page.meta() != null && page.meta().hasMore();
            if (!hasMore || data.isEmpty()) {
                return new Result(applied, cursor, rebootstrapped);
            }
        }
    }

    /** Stops a running sync after the page in hand (the call in flight is cancelled). Safe from any thread. */
    public void cancel() {
        cancelled.set(true);
        Call<?> call = inFlight.get();
        if (call != null) {
            call.cancel();
        }
    }

    private ChangePageDto fetch(long after, int limit, boolean snapshot) throws ApiException {
        if (cancelled.get()) {
            throw new CancellationException("Sync cancelled");
        }
        Call<ChangePageDto> call = snapshot ? changes.snapshot(after, limit) : changes.changes(after, limit);
        inFlight.set(call);
        try {
            return ApiCalls.execute(call);
        } catch (ApiException.Offline e) {
            if (cancelled.get()) {
                throw new CancellationException("Sync cancelled");
            }
            throw e;
        } finally {
            inFlight.set(null);
        }
    }
}
