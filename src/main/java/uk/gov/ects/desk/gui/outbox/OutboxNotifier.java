package uk.gov.ects.desk.gui.outbox;

import java.util.List;

/** Tells the agent, outside the Outbox tab, that changes newly need them. Called on the UI thread. */
@FunctionalInterface
public interface OutboxNotifier {

    /** {@code rows} have just become rejected, conflicted, unauthorised or failed. Never empty. */
    void needAttention(List<OutboxRow> rows);
}
