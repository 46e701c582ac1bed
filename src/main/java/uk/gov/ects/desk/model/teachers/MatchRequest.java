package uk.gov.ects.desk.model.teachers;

import java.time.LocalDate;

/** What the school or agent typed: TRN, date of birth, optional NI number, the name, and another name if given. */
public record MatchRequest(String trn, LocalDate dateOfBirth, String nino, String fullName, String knownAs) {
}
