package uk.gov.ects.desk.gui.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import uk.gov.ects.desk.client.sync.SyncListener;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.gui.status.SyncControl;

/** A sync engine that the test drives: it announces whatever status the test gives it. */
public final class FakeSync implements SyncControl {

    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    public final AtomicInteger syncNowCalls = new AtomicInteger();

    @Override
    public void syncNow() {
        syncNowCalls.incrementAndGet();
    }

    @Override
    public Runnable subscribe(SyncListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener, from the calling (non-UI) thread, as the real engine does. */
    public void announce(SyncStatus status) {
        listeners.forEach(listener -> listener.statusChanged(status));
    }

    public int listenerCount() {
        return listeners.size();
    }
}
