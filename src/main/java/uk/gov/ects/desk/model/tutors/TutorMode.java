package uk.gov.ects.desk.model.tutors;

import java.util.Locale;

/** The {@code mode} of PUT /schools/{urn}/induction-tutor. */
public enum TutorMode {
    /** SIT-2: the school has no tutor yet. */
    NOMINATE,
    /** CSIT-1, CSIT-2: a different person, or the same person (same name) with a new email. */
    REPLACE,
    /** OVR-SIT update: support corrects the same person's name or email (what CSIT-3 forbids the school). */
    UPDATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
