package uk.gov.ects.desk.model.emails;

import java.util.Map;
import java.util.Objects;

/**
 * An email a decision says should go, before anyone knows the address. The service resolves the
 * recipient, renders the template and records it (X-NOTIFY); a preview lists these unsent.
 * {@code facts} hold ids and names the template needs, never a date of birth or NI number (X-PII).
 */
public record EmailIntent(String template, RecipientRole recipientRole, Map<String, String> facts) {

    public EmailIntent {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipientRole, "recipientRole");
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public static EmailIntent of(String template, RecipientRole recipientRole) {
        return new EmailIntent(template, recipientRole, Map.of());
    }
}
