package uk.gov.ects.desk.launcher;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxCounts;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxListener;
import uk.gov.ects.desk.gui.outbox.DirectOutboxService;
import uk.gov.ects.desk.gui.outbox.OutboxService;

/**
 * The Outbox tab's view of the session's outbox, which opens only after the window is shown: until
 * then the outbox reads as empty and commands say to wait; listeners that subscribe early are told
 * when it arrives, so the tab reads it then.
 */
final class DeferredOutboxService implements OutboxService {

    private static final OutboxCounts NOTHING = new OutboxCounts(0, 0, 0, 0, 0, 0, 0);

    private final List<OutboxListener> listeners = new CopyOnWriteArrayList<>();
    private volatile OutboxService outbox;

    void attach(Outbox ready) {
        ready.addListener(this::publish);
        outbox = new DirectOutboxService(ready);
        publish(ready.counts());
    }

    private void publish(OutboxCounts counts) {
        listeners.forEach(listener -> listener.outboxChanged(counts));
    }

    @Override
    public List<OutboxEntry> entries() {
        OutboxService ready = outbox;
        return ready == null ? List.of() : ready.entries();
    }

    @Override
    public OutboxCounts counts() {
        OutboxService ready = outbox;
        return ready == null ? NOTHING : ready.counts();
    }

    @Override
    public void retry(long id) {
        ready().retry(id);
    }

    @Override
    public void edit(long id, JsonObject body) {
        ready().edit(id, body);
    }

    @Override
    public void discard(long id) {
        ready().discard(id);
    }

    @Override
    public void reapplyOnCurrent(long id) {
        ready().reapplyOnCurrent(id);
    }

    @Override
    public void resume() {
        ready().resume();
    }

    @Override
    public Runnable subscribe(OutboxListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private OutboxService ready() {
        OutboxService ready = outbox;
        if (ready == null) {
            throw new IllegalStateException("The outbox is not open yet. Wait for the app to finish starting, then try again.");
        }
        return ready;
    }
}
