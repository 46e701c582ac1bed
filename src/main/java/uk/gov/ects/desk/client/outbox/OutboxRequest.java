package uk.gov.ects.desk.client.outbox;

import com.google.gson.JsonObject;
import java.util.Objects;

/**
 * A change the agent asks for, before it is queued.
 *
 * @param guarded     the write changes an existing resource and so carries If-Match (api.md "Writes")
 * @param baseVersion the version the agent saw; null takes the cached version at enqueue
 */
public record OutboxRequest(String operation, String summary, String method, String path, OutboxTarget target,
        JsonObject body, boolean guarded, Long baseVersion) {

    public OutboxRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with /, e.g. /notes");
        }
    }

    /** OVR-NOTE: {@code POST /notes}; create-only, queued behind other changes to the same record. */
    public static OutboxRequest note(OutboxTarget about, String text) {
        JsonObject body = new JsonObject();
        body.addProperty("target", about.toString());
        body.addProperty("body", text);
        return new OutboxRequest("OVR-NOTE", "Add a note to " + about.type() + " " + about.id(), "POST", "/notes", about,
                body, false, null);
    }

    /** SIT-2, CSIT-1, OVR-SIT: {@code PUT /schools/{urn}/induction-tutor}; {@code reason} may be null. */
    public static OutboxRequest inductionTutor(String urn, String mode, String fullName, String email, String reason,
            Long baseVersion) {
        JsonObject body = new JsonObject();
        body.addProperty("mode", mode);
        body.addProperty("full_name", fullName);
        body.addProperty("email", email);
        if (reason != null) {
            body.addProperty("reason", reason);
        }
        String operation = switch (mode) {
            case "nominate" -> "SIT-2";
            case "replace" -> "CSIT-1";
            default -> "OVR-SIT";
        };
        return new OutboxRequest(operation, "Induction tutor at school " + urn + ": " + mode + " " + fullName, "PUT",
                "/schools/" + urn + "/induction-tutor", OutboxTarget.school(urn), body, true, baseVersion);
    }

    /** PROG-1, OVR-PROG: {@code PUT /schools/{urn}/cohorts/{year}/programme}. */
    public static OutboxRequest programme(String urn, int year, String choice, boolean override, String reason,
            Long baseVersion) {
        JsonObject body = new JsonObject();
        body.addProperty("choice", choice);
        if (override) {
            body.addProperty("override", true);
        }
        if (reason != null) {
            body.addProperty("reason", reason);
        }
        return new OutboxRequest(override ? "OVR-PROG" : "PROG-1",
                "Programme for school " + urn + ", cohort " + year + ": " + choice, "PUT",
                "/schools/" + urn + "/cohorts/" + year + "/programme", OutboxTarget.school(urn), body, true, baseVersion);
    }
}
