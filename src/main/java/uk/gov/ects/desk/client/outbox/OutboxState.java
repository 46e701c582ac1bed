package uk.gov.ects.desk.client.outbox;

import java.util.Arrays;
import java.util.Locale;

/** Where an outbox entry is. Only {@link #QUEUED} and {@link #SENDING} entries are sent. */
public enum OutboxState {
    /** Waiting to be sent (again, after a network failure or a 5xx). */
    QUEUED,
    /** Handed to the service; not yet answered. After a restart it is resent with the same key. */
    SENDING,
    /** The service made the change. */
    APPLIED,
    /** The service refused it under a rule (409/422); the agent edits and resends, or discards it. */
    REJECTED,
    /** Someone changed the record first (412); the agent compares and reapplies, or discards it. */
    CONFLICT,
    /** The service did not accept the sign-in (401); everything waits until the agent resumes. */
    UNAUTHORISED,
    /** The service refused it in a way editing cannot fix, or kept failing. */
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutboxState fromCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown outbox state " + code));
    }

    /** The cache shows the change as made while the entry is in one of these states. */
    public boolean showsInCache() {
        return this == QUEUED || this == SENDING || this == UNAUTHORISED;
    }

    /** States that need the agent to do something before the entry (and later ones on its target) move on. */
    public boolean needsAttention() {
        return this == REJECTED || this == CONFLICT || this == UNAUTHORISED || this == FAILED;
    }
}
