package uk.gov.ects.desk.client.operations;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * What the service said a write would do, without doing it ({@code ?preview=true}).
 *
 * @param outcome   whether it would apply, was refused, or could not be asked
 * @param resources the records as they would be after the change (type, id, attributes)
 * @param emails    emails that would be sent
 * @param refusal   why the service refused it (rule broken, version conflict, ...), when refused
 * @param message   a sentence for the agent when offline or failed
 */
public record Preview(Outcome outcome, List<Resource> resources, List<Email> emails, Refusal refusal, String message) {

    public enum Outcome {
        /** The service ran every check and would apply it. */
        WOULD_APPLY,
        /** The service turned it down: {@link #refusal()} says why. */
        REFUSED,
        /** No answer: the service can't be reached. */
        OFFLINE,
        /** Any other failure (sign-in, server error): {@link #message()} says what to do. */
        FAILED
    }

    public record Resource(String type, String id, Long version, JsonObject attributes) {
    }

    /** An email the service would send; {@code to} is as the service would address it. */
    public record Email(String to, String template, String subject) {
    }

    /** A refused request: the error envelope's first error. {@code pointer} names the field, e.g. {@code /trn}. */
    public record Refusal(int status, String code, String rule, String title, String detail, String pointer) {
    }

    public Preview {
        resources = resources == null ? List.of() : List.copyOf(resources);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    public static Preview wouldApply(List<Resource> resources, List<Email> emails) {
        return new Preview(Outcome.WOULD_APPLY, resources, emails, null, null);
    }

    public static Preview refused(Refusal refusal) {
        return new Preview(Outcome.REFUSED, List.of(), List.of(), refusal, refusal.detail());
    }

    public static Preview offline(String message) {
        return new Preview(Outcome.OFFLINE, List.of(), List.of(), null, message);
    }

    public static Preview failed(String message) {
        return new Preview(Outcome.FAILED, List.of(), List.of(), null, message);
    }
}
