package uk.gov.ects.desk.model.schools;

/**
 * ACC-3: the GIAS email is shown with the first and last character of the local part and stars
 * between them, so the requester can recognise the mailbox without learning it. The star count is
 * always four, as in the rule's example ({@code jane.doe} → {@code j****e}), so it does not give
 * away the length of the address either.
 */
public final class EmailRedaction {

    private static final String STARS = "****";

    private EmailRedaction() {
    }

    public static String redact(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.trim();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0) {
            return STARS;
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1);
        String hidden = local.length() == 1
                ? local + STARS
                : local.charAt(0) + STARS + local.charAt(local.length() - 1);
        return hidden + "@" + domain;
    }
}
