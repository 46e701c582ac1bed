package uk.gov.ects.desk.client.sync;

import java.time.Instant;

/**
 * What the status bar shows: whether the service answered last time, when the cache last caught
 * up, progress of a running sync, and the cache's size on disk.
 *
 * @param online          the last call to the service got an answer
 * @param lastSuccessfulSync null until the first complete sync
 * @param running         a sync is in progress
 * @param changesApplied  changes applied so far in the running (or last) sync
 * @param changesExpected a rough total for progress, or -1 when unknown
 * @param cacheBytes      size of the cache file
 * @param problem         plain-English sentence about the last failure, or null
 */
public record SyncStatus(boolean online, Instant lastSuccessfulSync, boolean running, long changesApplied,
        long changesExpected, long cacheBytes, String problem) {
}
