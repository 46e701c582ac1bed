package uk.gov.ects.desk.launcher;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.gov.ects.desk.client.sync.SyncListener;
import uk.gov.ects.desk.client.sync.SyncScheduler;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.gui.status.SyncControl;

/**
 * The window's view of the sync engine, which starts only after the window is shown: listeners
 * that subscribe early are attached when the engine arrives, and a start-up failure reaches them
 * as an offline status with a plain sentence.
 */
final class DeferredSyncControl implements SyncControl {

    private final CompletableFuture<SyncScheduler> scheduler = new CompletableFuture<>();
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus lastStatus;

    void attach(SyncScheduler ready) {
        ready.addListener(this::publish);
        scheduler.complete(ready);
        publish(ready.status());
    }

    void failed(String problem) {
        publish(new SyncStatus(false, null, false, 0, -1, 0, problem));
    }

    private void publish(SyncStatus status) {
        if (status == null) {
            return;
        }
        lastStatus = status;
        listeners.forEach(listener -> listener.statusChanged(status));
    }

    @Override
    public void syncNow() {
        scheduler.join().syncNow().join();
    }

    @Override
    public Runnable subscribe(SyncListener listener) {
        listeners.add(listener);
        SyncStatus current = lastStatus;
        if (current != null) {
            listener.statusChanged(current);
        }
        return () -> listeners.remove(listener);
    }
}
