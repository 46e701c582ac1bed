package uk.gov.ects.desk.client.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.cache.CacheException;
import uk.gov.ects.desk.client.cache.LocalCache;

/**
 * Runs the sync in the background: at start, every interval, and on demand. One background
 * thread, so syncs never overlap; listeners hear every status change on that thread.
 */
public final class SyncScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

    private final SyncEngine engine;
    private final LocalCache cache;
    private final Duration interval;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<SyncStatus> status;
    /** A requested sync that has not started yet; further requests join it instead of queueing more. */
    private final AtomicReference<CompletableFuture<SyncStatus>> pending = new AtomicReference<>();

    public SyncScheduler(SyncEngine engine, LocalCache cache, Duration interval, Clock clock) {
        this.engine = engine;
        this.cache = cache;
        this.interval = interval;
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cache-sync");
            thread.setDaemon(true);
            return thread;
        });
        this.status = new AtomicReference<>(new SyncStatus(false, cache.lastSuccessfulSync().orElse(null), false, 0, -1,
                cache.cacheBytes(), null));
    }

    public SyncScheduler(SyncEngine engine, LocalCache cache) {
        this(engine, cache, DEFAULT_INTERVAL, Clock.systemUTC());
    }

    /** Syncs now and then every interval until {@link #close()}. */
    public void start() {
        executor.scheduleWithFixedDelay(this::runSync, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a sync as soon as the running one (if any) ends; completes with the status after it. */
    public CompletableFuture<SyncStatus> syncNow() {
        CompletableFuture<SyncStatus> fresh = new CompletableFuture<>();
        CompletableFuture<SyncStatus> existing = pending.compareAndExchange(null, fresh);
        if (existing != null) {
            return existing;
        }
        try {
            executor.execute(() -> {
                pending.compareAndSet(fresh, null);
                fresh.complete(runSync());
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pending.compareAndSet(fresh, null);
            fresh.completeExceptionally(new IllegalStateException("The sync has been shut down", e));
        }
        return fresh;
    }

    /** Stops the running sync after the page in hand; what committed stays. */
    public void cancel() {
        engine.cancel();
    }

    public SyncStatus status() {
        return status.get();
    }

    public void addListener(SyncListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SyncListener listener) {
        listeners.remove(listener);
    }

    private SyncStatus runSync() {
        SyncStatus before = status.get();
        publish(new SyncStatus(before.online(), before.lastSuccessfulSync(), true, 0, -1, before.cacheBytes(),
                before.problem()));
        try {
            SyncEngine.Result result = engine.syncOnce((applied, cursor) -> {
                SyncStatus now = status.get();
                publish(new SyncStatus(true, now.lastSuccessfulSync(), true, applied, -1, now.cacheBytes(), null));
            });
            Instant finished = clock.instant();
            cache.markSynced(finished);
            return publish(new SyncStatus(true, finished, false, result.changesApplied(), result.changesApplied(),
                    cache.cacheBytes(), null));
        } catch (ApiException.Offline e) {
            // The cause (refused, timed out, reset) is what tells a network fault from a slow service.
            Throwable cause = e.getCause();
            LOG.info("Sync could not reach the service: {}", cause == null ? "no cause given"
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage());
            return publishFailure(false, e.getMessage());
        } catch (ApiException.ClientError e) {
            LOG.warn("Sync refused by the service: status {} code {}", e.status(), e.code());
            return publishFailure(true, e.hasCode(SyncEngine.CURSOR_EXPIRED)
                    ? "The cache is being rebuilt, but the service refused part of the copy, so some records may be "
                            + "missing from it. Search the service directly if you can't find something, and tell the "
                            + "service team."
                    : "The service refused to send updates (" + e.getMessage() + "). Tell the service team.");
        } catch (ApiException e) {
            LOG.warn("Sync failed: {}", e.getClass().getSimpleName());
            return publishFailure(true, e.getMessage());
        } catch (CancellationException e) {
            return publishFailure(status.get().online(), null);
        } catch (CacheException e) {
            LOG.error("Sync could not write the local cache", e);
            return publishFailure(true, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Sync failed unexpectedly", e);
            return publishFailure(status.get().online(),
                    "Syncing stopped because of an unexpected problem. It will try again in a minute; "
                            + "if it keeps happening, tell the service team.");
        }
    }

    private SyncStatus publishFailure(boolean online, String problem) {
        SyncStatus now = status.get();
        return publish(new SyncStatus(online, now.lastSuccessfulSync(), false, now.changesApplied(), -1,
                cache.cacheBytes(), problem));
    }

    private SyncStatus publish(SyncStatus next) {
        status.set(next);
        for (SyncListener listener : listeners) {
            try {
                listener.statusChanged(next);
            } catch (RuntimeException e) {
                LOG.warn("A sync listener failed", e);
            }
        }
        return next;
    }

    /** Cancels the running sync and stops the background thread. */
    @Override
    public void close() {
        engine.cancel();
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The sync thread did not stop within 10 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CompletableFuture<SyncStatus> waiting = pending.getAndSet(null);
        if (waiting != null) {
            waiting.cancel(false);
        }
    }
}
