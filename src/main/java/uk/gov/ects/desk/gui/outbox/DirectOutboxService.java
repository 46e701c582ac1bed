package uk.gov.ects.desk.gui.outbox;

import com.google.gson.JsonObject;
import java.util.List;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxCounts;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxListener;

/** The Outbox tab's calls passed straight to an open outbox (whose sender wakes by itself on retry, edit...). */
public final class DirectOutboxService implements OutboxService {

    private final Outbox outbox;

    public DirectOutboxService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<OutboxEntry> entries() {
        return outbox.entries();
    }

    @Override
    public OutboxCounts counts() {
        return outbox.counts();
    }

    @Override
    public void retry(long id) {
        outbox.retry(id);
    }

    @Override
    public void edit(long id, JsonObject body) {
        outbox.edit(id, body);
    }

    @Override
    public void discard(long id) {
        outbox.discard(id);
    }

    @Override
    public void reapplyOnCurrent(long id) {
        outbox.reapplyOnCurrent(id);
    }

    @Override
    public void resume() {
        outbox.resume();
    }

    @Override
    public Runnable subscribe(OutboxListener listener) {
        outbox.addListener(listener);
        return () -> outbox.removeListener(listener);
    }
}
