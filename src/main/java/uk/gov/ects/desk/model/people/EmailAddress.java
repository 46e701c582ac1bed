package uk.gov.ects.desk.model.people;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as the service compares and accepts them (SIT-3). */
public final class EmailAddress {

    /** One @, something before it, a dotted domain after it, no spaces: what the live service accepts. */
    private static final Pattern WELL_FORMED =
            Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    public static boolean isWellFormed(String email) {
        if (email == null) {
            return false;
        }
        String trimmed = email.trim();
        return trimmed.length() <= MAX_LENGTH && WELL_FORMED.matcher(trimmed).matches();
    }

    /** Addresses are unique regardless of case or surrounding spaces. */
    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }
}
