package uk.gov.ects.desk.model.people;

import java.util.Optional;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.rules.RuleViolation;

/**
 * Name and email of anyone the service registers (SIT-3, ECT-5) and the one-person-per-email rule
 * (SIT-4, CSIT-4, ECT-5, MEN-4, CECT-4, CMEN-2).
 */
public final class PersonDetails {

    private static final int MAX_NAME_LENGTH = 200;

    private PersonDetails() {
    }

    /** Both required, the email well formed. {@code rule} names the step asking (SIT-3, ECT-5, ...). */
    public static void requireNameAndEmail(String fullName, String email, String rule) {
        requireName(fullName, rule);
        requireEmail(email, rule);
    }

    public static void requireName(String fullName, String rule) {
        if (fullName == null || fullName.isBlank()) {
            throw Refusal.rule("name_required", rule, "Full name is missing",
                    "Enter the person's full name as it should appear on their record.", "/full_name");
        }
        if (fullName.trim().length() > MAX_NAME_LENGTH) {
            throw Refusal.rule("name_too_long", rule, "Full name is too long",
                    "Shorten the full name to " + MAX_NAME_LENGTH + " characters or fewer.", "/full_name");
        }
    }

    public static void requireEmail(String email, String rule) {
        if (email == null || email.isBlank()) {
            throw Refusal.rule("email_required", rule, "Email is missing",
                    "Enter the person's email address.", "/email");
        }
        if (!EmailAddress.isWellFormed(email)) {
            throw Refusal.rule("email_invalid", rule, "Email is not a valid address",
                    "Check the email address: it needs one @ and a domain such as school.org.uk, with no spaces.",
                    "/email");
        }
    }

    /**
     * SIT-4: an address belongs to one person. {@code personId} is who will hold it (null for someone
     * new); {@code holder} is who holds it now, if anyone. Returns normally when the address is free
     * or already that person's.
     */
    public static void requireEmailFree(Optional<EmailHolder> holder, String personId, String rule) {
        if (holder.isEmpty() || holder.get().personId().equals(personId)) {
            return;
        }
        throw emailInUse(holder.get(), rule);
    }

    /**
     * SIT-4's exception: a SIT being nominated at another school (MSIT-1), or a SIT adding themselves
     * as a mentor (MEN-5), reuses the address when it belongs to a SIT with the same name. Answers the
     * id of that SIT when the exception applies.
     */
    public static Optional<String> sameSitOrFree(Optional<EmailHolder> holder, String fullName, String rule) {
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        EmailHolder existing = holder.get();
        if (existing.kind() == PersonKind.INDUCTION_TUTOR && PersonName.sameName(existing.fullName(), fullName)) {
            return Optional.of(existing.personId());
        }
        throw emailInUse(existing, rule);
    }

    private static RuleViolation emailInUse(EmailHolder holder, String rule) {
        return Refusal.rule("email_in_use", rule, "Email already in use",
                "This email address already belongs to another person (" + holder.kind().label() + "). "
                        + "Each person needs their own address: ask the school for a different one. "
                        + "If it is the same person, find their existing record instead.",
                "/email");
    }
}
