package uk.gov.ects.desk.gui.outbox;

import java.time.Instant;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxState;

/**
 * One outbox entry as the tab shows it, already in words.
 *
 * @param operation  the operation's label from the palette, e.g. "Nominate the school's induction tutor"
 * @param record     the record the change is about, e.g. "School 100001"
 * @param age        how long ago the change was made, e.g. "12 minutes ago"
 * @param stateWords the state in plain words
 * @param lastError  the service's sentence and the rule it gave, or "" when there is none
 */
public record OutboxRow(OutboxEntry entry, String operation, String record, String age, int attempts,
        String stateWords, String lastError) {

    public static OutboxRow of(OutboxEntry entry, Instant now) {
        return new OutboxRow(entry, OutboxWording.operation(entry.operation()), OutboxWording.record(entry.target()),
                OutboxWording.age(entry.createdAt(), now), entry.attempts(), OutboxWording.state(entry.state()),
                OutboxWording.error(entry.error()));
    }

    public long id() {
        return entry.id();
    }

    public OutboxState state() {
        return entry.state();
    }

    public boolean needsAttention() {
        return entry.state().needsAttention();
    }

    // What the agent may do: the same states the outbox accepts for each command.

    public boolean canRetry() {
        return state() == OutboxState.QUEUED || state() == OutboxState.REJECTED || state() == OutboxState.FAILED;
    }

    public boolean canEdit() {
        return state() == OutboxState.QUEUED || state() == OutboxState.REJECTED || state() == OutboxState.CONFLICT
                || state() == OutboxState.FAILED;
    }

    public boolean canDiscard() {
        return state() != OutboxState.SENDING;
    }

    public boolean isConflict() {
        return state() == OutboxState.CONFLICT;
    }

    public boolean waitsForSignIn() {
        return state() == OutboxState.UNAUTHORISED;
    }
}
