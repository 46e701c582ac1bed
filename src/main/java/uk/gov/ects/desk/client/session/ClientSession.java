package uk.gov.ects.desk.client.session;

import java.nio.file.Path;
import java.time.Clock;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxSender;
import uk.gov.ects.desk.client.sync.SyncEngine;
import uk.gov.ects.desk.client.sync.SyncScheduler;

/**
 * Everything the desktop app needs from the data layer for one signed-in agent: the API client,
 * the agent's encrypted cache and the background sync. Built once by the launcher; closed on exit.
 */
public final class ClientSession implements AutoCloseable {

    /** A page of 1000 changes keeps each cache transaction short while a full sync still takes few calls. */
    public static final int SYNC_PAGE_SIZE = 1000;

    private final SupportApiClient api;
    private final LocalCache cache;
    private final SyncScheduler sync;
    private final Outbox outbox;
    private final OutboxSender sender;

    private ClientSession(SupportApiClient api, LocalCache cache, SyncScheduler sync, Outbox outbox, OutboxSender sender) {
        this.api = api;
        this.cache = cache;
        this.sync = sync;
        this.outbox = outbox;
        this.sender = sender;
    }

    /**
     * Opens the agent's cache at {@code cacheFile} (without the {@code .mv.db} ending) with
     * {@code key}, connects to the service, and starts syncing and sending the outbox in the
     * background. The sender also wakes whenever a sync finds the service online again.
     */
    public static ClientSession start(ApiSettings settings, Path cacheFile, CacheKey key, Clock clock) {
        LocalCache cache = LocalCache.open(cacheFile, key);
        SupportApiClient api = new SupportApiClient(settings);
        Outbox outbox = Outbox.open(cache, clock);
        OutboxSender sender = new OutboxSender(outbox, api.writes());
        SyncScheduler sync = new SyncScheduler(new SyncEngine(api.changes(), cache, SYNC_PAGE_SIZE), cache,
                SyncScheduler.DEFAULT_INTERVAL, clock);
        sync.addListener(sender);
        sender.start();
        sync.start();
        return new ClientSession(api, cache, sync, outbox, sender);
    }

    public SupportApiClient api() {
        return api;
    }

    public LocalCache cache() {
        return cache;
    }

    public SyncScheduler sync() {
        return sync;
    }

    public Outbox outbox() {
        return outbox;
    }

    public OutboxSender sender() {
        return sender;
    }

    @Override
    public void close() {
        sync.close();
        sender.close();
        api.close();
        cache.close();
    }
}
