package uk.gov.ects.desk.gui.history;

import java.util.concurrent.CompletionStage;

/**
 * The changes the History, Emails and Notes views ask for. The launcher queues them in the
 * agent's outbox; each stage completes once the change is queued (not once it is sent).
 */
public interface ActivityActions {

    /** OVR-NOTE: {@code POST /notes {target, body}}. */
    CompletionStage<?> addNote(String target, String body);

    /** OVR-ACCESS: {@code POST /access-requests/{urn}/resend} with the agent's reason. */
    CompletionStage<?> resendAccessLink(String urn, String reason);
}
