package uk.gov.ects.desk.model.participants;

import java.time.LocalDate;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;

/**
 * The school and cohort a participant is added to or moved into.
 *
 * @param registrationOpens the cohort's {@code registration_opens} (ECT-7, MEN-7)
 */
public record SchoolContext(String schoolUrn, int establishmentTypeCode, SchoolCohortState cohort,
        LocalDate registrationOpens) {
}
