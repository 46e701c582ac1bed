package uk.gov.ects.desk.client.session;

import java.nio.file.Path;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.LocalCache;
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

    private ClientSession(SupportApiClient api, LocalCache cache, SyncScheduler sync) {
        this.api = api;
        this.cache = cache;
        this.sync = sync;
    }

    /**
     * Opens the agent's cache at {@code cacheFile} (without the {@code .mv.db} ending) with
     * {@code key}, connects to the service and starts syncing in the background.
     */
    public static ClientSession start(ApiSettings settings, Path cacheFile, CacheKey key) {
        LocalCache cache = LocalCache.open(cacheFile, key);
        SupportApiClient api = new SupportApiClient(settings);
        SyncScheduler sync = new SyncScheduler(new SyncEngine(api.changes(), cache, SYNC_PAGE_SIZE), cache);
        sync.start();
        return new ClientSession(api, cache, sync);
    }

    public SupportApiClient api() {
        return api;
    }

    public CacheQueries cache() {
        return cache;
    }

    public SyncScheduler sync() {
        return sync;
    }

    @Override
    public void close() {
        sync.close();
        api.close();
        cache.close();
    }
}
