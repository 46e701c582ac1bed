package uk.gov.ects.desk.model.tickets.recognition;

import java.time.LocalDate;

/**
 * A new value the ticket says is right ("the correct TRN is 1234567", "her date of birth should be
 * 12/04/1995"), for pre-filling a revalidation form. Either part may be null when the ticket does
 * not say which value is the right one; the agent still checks before sending.
 */
public record Correction(String trn, LocalDate dateOfBirth) {

    public static final Correction NONE = new Correction(null, null);
}
