package uk.gov.ects.desk.service.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.gov.ects.desk.model.teachers.Eligibility;
import uk.gov.ects.desk.model.teachers.TeacherRecord;

/** A dataset that passed validation, with everything the loader derives from it. */
record PreparedDataset(
        Dataset source,
        Instant now,
        List<PreparedParticipant> participants,
        List<PreparedPartnership> partnerships) {

    /** A participant as the service would have registered it (ECT-2, ECT-9, teacher-records.md eligibility). */
    record PreparedParticipant(
            Dataset.Participant source,
            TeacherRecord record,
            Eligibility eligibility,
            LocalDate startDate,
            String programme,
            String leadProviderId,
            String deliveryPartnerId,
            String appropriateBodyId,
            String inductionRecordId) {

        boolean isMentor() {
            return DatasetValidator.MENTOR.equals(source.type());
        }
    }

    /** A partnership with its challenge deadline (PART-3). */
    record PreparedPartnership(Dataset.Partnership source, LocalDate challengeDeadline) {
    }
}
