package uk.gov.ects.desk.client.sync;

/** Told, on a background thread, whenever the sync status changes. */
@FunctionalInterface
public interface SyncListener {
    void statusChanged(SyncStatus status);
}
