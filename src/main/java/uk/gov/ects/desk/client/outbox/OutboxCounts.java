package uk.gov.ects.desk.client.outbox;

/** How many entries are in each state: what the status bar and the Outbox tab's title show. */
public record OutboxCounts(int queued, int sending, int applied, int rejected, int conflict, int unauthorised,
        int failed) {

    /** Entries still to be sent. */
    public int waiting() {
        return queued + sending;
    }

    /** Entries the agent has to look at. */
    public int needingAttention() {
        return rejected + conflict + unauthorised + failed;
    }

    /** Nothing waiting and nothing needing attention (applied entries are history). */
    public boolean isClear() {
        return waiting() == 0 && needingAttention() == 0;
    }
}
