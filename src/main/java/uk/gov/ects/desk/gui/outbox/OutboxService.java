package uk.gov.ects.desk.gui.outbox;

import com.google.gson.JsonObject;
import java.util.List;
import uk.gov.ects.desk.client.outbox.OutboxCounts;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxListener;

/**
 * What the Outbox tab needs from the client's outbox. Every method may block on the local cache:
 * the tab calls them in background tasks, never on the FX thread. {@link DirectOutboxService}
 * passes them to an open {@link uk.gov.ects.desk.client.outbox.Outbox}; the launcher wraps it so
 * the window can be built before the outbox is open.
 */
public interface OutboxService {

    /** Every entry, oldest first. */
    List<OutboxEntry> entries();

    OutboxCounts counts();

    void retry(long id);

    void edit(long id, JsonObject body);

    void discard(long id);

    void reapplyOnCurrent(long id);

    /** After the agent signed in again: sends everything paused by a refused sign-in. */
    void resume();

    /** Tells {@code listener} after every change, on any thread. Returns what to run to stop listening. */
    Runnable subscribe(OutboxListener listener);
}
