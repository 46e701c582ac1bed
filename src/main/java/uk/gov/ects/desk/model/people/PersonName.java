package uk.gov.ects.desk.model.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** How names are compared: whole names ignoring case and spacing, first names also ignoring a title. */
public final class PersonName {

    private static final Pattern TITLE = Pattern.compile("^(mr|mrs|miss|ms|dr|prof|rev)\\.?$");

    private PersonName() {
    }

    /** SIT-4: "name compared case-insensitively"; runs of spaces count as one. */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    /** OVR-SIT update: the same first name, ignoring case and a leading title. */
    public static boolean sameFirstName(String a, String b) {
        Optional<String> first = firstName(a);
        return first.isPresent() && first.equals(firstName(b));
    }

    public static Optional<String> firstName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return Optional.empty();
        }
        String[] words = normalise(fullName).split(" ");
        int first = TITLE.matcher(words[0]).matches() ? 1 : 0;
        return first < words.length ? Optional.of(words[first]) : Optional.empty();
    }

    private static String normalise(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
