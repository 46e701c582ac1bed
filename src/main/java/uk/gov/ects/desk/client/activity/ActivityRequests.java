package uk.gov.ects.desk.client.activity;

import com.google.gson.JsonObject;
import uk.gov.ects.desk.client.outbox.OutboxRequest;
import uk.gov.ects.desk.client.outbox.OutboxTarget;

/** The outbox requests the History, Emails and Notes views make. */
public final class ActivityRequests {

    private ActivityRequests() {
    }

    /** OVR-NOTE: {@code POST /notes {target, body}}; needs no reason. */
    public static OutboxRequest note(String target, String body) {
        return OutboxRequest.note(OutboxTarget.parse(target), body);
    }

    /**
     * OVR-ACCESS: {@code POST /access-requests/{urn}/resend {reason}}. It changes no record, so it
     * carries no If-Match; it is queued on the school so it goes after the agent's other changes there.
     */
    public static OutboxRequest resendAccessLink(String urn, String reason) {
        JsonObject body = new JsonObject();
        body.addProperty("reason", reason);
        return new OutboxRequest("OVR-ACCESS", "Resend the access link to school " + urn, "POST",
                "/access-requests/" + urn + "/resend", OutboxTarget.school(urn), body, false, null);
    }
}
