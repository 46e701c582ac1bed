package uk.gov.ects.desk.model.teachers;

import java.time.LocalDate;
import java.util.Optional;

/** Where the matcher finds records; the service backs it with its table or the TRA's API. */
public interface TeacherRecordLookup {

    Optional<TeacherRecord> byTrn(String trn);

    Optional<TeacherRecord> byNinoAndBirthDate(String nino, LocalDate dateOfBirth);
}
