package uk.gov.ects.desk.gui.status;

import uk.gov.ects.desk.client.sync.SyncListener;

/**
 * What the window needs from the client's sync engine; the launcher adapts the engine to it.
 */
public interface SyncControl {

    /** Starts a sync now. May block until it is started or done; the GUI calls it in the background. */
    void syncNow();

    /**
     * Tells {@code listener} about every status change, on any thread, starting with the current
     * status if there is one. Returns what to run to stop listening.
     */
    Runnable subscribe(SyncListener listener);
}
