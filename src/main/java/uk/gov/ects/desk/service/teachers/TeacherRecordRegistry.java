package uk.gov.ects.desk.service.teachers;

import java.time.LocalDate;
import java.util.Optional;
import uk.gov.ects.desk.model.teachers.MatchRequest;
import uk.gov.ects.desk.model.teachers.MatchResult;
import uk.gov.ects.desk.model.teachers.TeacherMatcher;
import uk.gov.ects.desk.model.teachers.TeacherRecord;
import uk.gov.ects.desk.model.teachers.TeacherRecordLookup;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.store.Database;

/**
 * Where the service finds TRA teacher records (teacher-records.md): the local {@code teacher_records}
 * table by default, or a real TRA endpoint when {@value #URL_PROPERTY} is set.
 */
public interface TeacherRecordRegistry {

    String URL_PROPERTY = "ects.tra.url";
    String API_KEY_ENV = "ECTS_TRA_API_KEY";
    /** The live service sends this TRN to make the TRA look the teacher up by NI number and date of birth. */
    String NINO_LOOKUP_TRN = "0000001";

    /**
     * The record for this TRN (seen with this date of birth, and NI number if given), or, when the
     * TRN is {@link #NINO_LOOKUP_TRN}, the record with that NI number and date of birth.
     */
    Optional<TeacherRecord> find(String trn, LocalDate dateOfBirth, String nino);

    /** The matcher's view of the registry for one request's date of birth and NI number. */
    default TeacherRecordLookup lookupFor(LocalDate dateOfBirth, String nino) {
        TeacherRecordRegistry registry = this;
        return new TeacherRecordLookup() {
            @Override
            public Optional<TeacherRecord> byTrn(String trn) {
                return registry.find(trn, dateOfBirth, nino);
            }

            @Override
            public Optional<TeacherRecord> byNinoAndBirthDate(String ninoToFind, LocalDate birthDate) {
                if (ninoToFind == null || ninoToFind.isBlank() || birthDate == null) {
                    return Optional.empty();
                }
                return registry.find(NINO_LOOKUP_TRN, birthDate, ninoToFind);
            }
        };
    }

    /** Runs the matching of teacher-records.md against this registry. */
    default MatchResult match(MatchRequest request) {
        return TeacherMatcher.match(request, lookupFor(request.dateOfBirth(), request.nino()));
    }

    /**
     * The answer when the TRA cannot be reached: a 503 envelope, so the write is rolled back and its
     * Idempotency-Key released, and the agent knows to try again rather than doubt the teacher's details.
     */
    static ApiError unavailable() {
        return new ApiError(503, "teacher_records_unavailable", "Teacher records cannot be checked right now",
                "The Teaching Regulation Agency's service did not answer, so nothing was changed. Try again in a few "
                        + "minutes (the same request with the same Idempotency-Key is safe to resend); if it keeps "
                        + "failing, tell the service team.", null, null);
    }

    /** The HTTP registry for {@code url} with the API key from {@value #API_KEY_ENV}. */
    static TeacherRecordRegistry http(String url) {
        return new HttpTeacherRecordRegistry(java.net.URI.create(url.trim()), System.getenv(API_KEY_ENV));
    }

    /** The HTTP registry when {@value #URL_PROPERTY} names a TRA endpoint, else the local table. */
    static TeacherRecordRegistry fromConfiguration(Database database) {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            return new LocalTeacherRecordRegistry(database);
        }
        return http(url);
    }
}
