package uk.gov.ects.desk.gui.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.people.EmailAddress;
import uk.gov.ects.desk.model.rules.RuleViolation;
import uk.gov.ects.desk.model.teachers.TeacherMatcher;

/** Field checks the forms share, in the words the service's rules use, and email sentences. */
final class Checks {

    private static final Pattern URN = Pattern.compile("^\\d{6}$");
    private static final Pattern NINO = Pattern.compile("^[A-Z]{2}\\d{6}[A-D]$");
    private static final int MAX_NAME = 200;

    private Checks() {
    }

    static String email(FormField field) {
        return field.value() == null || EmailAddress.isWellFormed(field.value()) ? null
                : "Check the email address: it needs one @ and a domain such as school.org.uk, with no spaces.";
    }

    /** TeacherMatcher's own normalisation: 5 to 7 digits. */
    static String trn(FormField field) {
        return field.value() == null || TeacherMatcher.normaliseTrn(field.value()).isPresent() ? null
                : "A TRN has 5 to 7 digits, for example 1234567.";
    }

    static String nino(FormField field) {
        if (field.value() == null) {
            return null;
        }
        String compact = field.value().replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return NINO.matcher(compact).matches() ? null
                : "A National Insurance number looks like QQ 12 34 56 C. Leave it empty if the school did not give one.";
    }

    static String urn(FormField field) {
        return field.value() == null || URN.matcher(field.value()).matches() ? null : "A URN has 6 digits, for example 100001.";
    }

    static String name(FormField field) {
        return field.value() == null || field.value().length() <= MAX_NAME ? null
                : "Shorten the name to " + MAX_NAME + " characters or fewer.";
    }

    static Function<LocalDate, String> birthDate(LocalDate today) {
        return date -> {
            if (!date.isBefore(today)) {
                return "The date of birth must be in the past.";
            }
            if (date.isBefore(today.minusYears(100)) || date.isAfter(today.minusYears(16))) {
                return "Check the year: a teacher is born between " + today.minusYears(100).getYear() + " and "
                        + today.minusYears(16).getYear() + ".";
            }
            return null;
        };
    }

    /** Runs a model rule for the form: a refusal reaches the form as a problem. */
    static void refuse(String code, String rule, String title, String detail, String pointer) {
        throw RuleViolation.unprocessable(code, rule, title, detail, pointer);
    }

    /**
     * "Emails: the induction tutor nomination goes to Sam Lee." or "No emails will be sent." Schools that
     * get no emails (children's centres) are said so.
     */
    static String emails(List<EmailIntent> emails, Map<RecipientRole, String> who, boolean schoolGetsEmails) {
        if (emails.isEmpty()) {
            return "No emails will be sent.";
        }
        if (!schoolGetsEmails) {
            return "No emails will be sent: the school is a children's centre, which gets none.";
        }
        return "Emails: " + emails.stream()
                .map(email -> Wording.humanise(email.template()).toLowerCase(java.util.Locale.UK) + " to "
                        + who.getOrDefault(email.recipientRole(), describe(email.recipientRole())))
                .collect(Collectors.joining("; ")) + ".";
    }

    private static String describe(RecipientRole role) {
        return switch (role) {
            case INDUCTION_TUTOR -> "the school's induction tutor";
            case NEW_INDUCTION_TUTOR -> "the new induction tutor";
            case PARTICIPANT -> "the teacher";
            case LEAD_PROVIDER -> "the lead provider";
            case PREVIOUS_LEAD_PROVIDER -> "last year's lead provider";
        };
    }

    static String countPeople(long ects, long mentors) {
        if (ects == 0 && mentors == 0) {
            return "no current ECTs or mentors";
        }
        if (mentors == 0) {
            return Wording.plural(ects, "current ECT");
        }
        if (ects == 0) {
            return Wording.plural(mentors, "current mentor");
        }
        return Wording.plural(ects, "current ECT") + " and " + Wording.plural(mentors, "mentor");
    }
}
