package uk.gov.ects.desk.service.dataset;

import com.google.gson.annotations.SerializedName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dataset file (shared/spec/dataset.md) as Java records. Every key is optional except
 * {@code cohorts}; absent keys read as {@code null}, so numbers and flags are boxed.
 * Field names map to the file's snake_case keys through {@link DatasetJson}.
 */
public record Dataset(
        Instant clock,
        List<Agent> agents,
        List<Cohort> cohorts,
        List<School> schools,
        List<LeadProvider> leadProviders,
        List<DeliveryPartner> deliveryPartners,
        List<ProviderPairing> providerPairings,
        List<AppropriateBody> appropriateBodies,
        List<TeacherRecord> teacherRecords,
        List<String> previousParticipationTrns,
        List<InductionTutor> inductionTutors,
        List<SchoolCohort> schoolCohorts,
        List<Partnership> partnerships,
        List<Participant> participants,
        List<Ticket> tickets) {

    /** A support agent and the bearer token they sign in with (stored hashed). */
    public record Agent(String name, String role, String token) {
    }

    public record Cohort(Integer year, LocalDate registrationOpens, LocalDate academicYearStarts) {
    }

    /** A GIAS establishment (gias.md). */
    public record School(
            String urn, String name, String ukprn,
            String localAuthorityCode, String localAuthorityName,
            Integer establishmentTypeCode, Integer statusCode, String phase,
            String administrativeDistrictCode,
            @SerializedName("section_41_approved") Boolean section41Approved,
            String addressLine1, String addressLine2, String addressLine3,
            String postcode, String giasEmail) {
    }

    public record LeadProvider(String id, String name) {
    }

    public record DeliveryPartner(String id, String name) {
    }

    public record ProviderPairing(Integer cohort, String leadProviderId, String deliveryPartnerId) {
    }

    /** {@code type}: teaching_school_hub, local_authority or national. */
    public record AppropriateBody(String id, String name, String type, Integer disabledFromYear) {
    }

    /** A TRA teacher record (teacher-records.md); the NI number stays in this table only (X-PII). */
    public record TeacherRecord(
            String trn, String name, LocalDate dateOfBirth, String niNumber, String state,
            Boolean activeAlert, LocalDate qtsDate, LocalDate inductionStartDate,
            LocalDate inductionCompletionDate, String inductionStatus) {
    }

    /** The school's induction tutor (SIT). */
    public record InductionTutor(String schoolUrn, String fullName, String email) {
    }

    public record SchoolCohort(
            String schoolUrn, Integer cohort, String programmeChoice, Instant submittedAt,
            String appropriateBodyId) {
    }

    public record Partnership(
            String id, String schoolUrn, Integer cohort, String leadProviderId,
            String deliveryPartnerId, Instant reportedAt) {
    }

    /**
     * An ECT or mentor as the school registered them. {@code appropriate_body_id} is optional:
     * without it the school cohort's default body applies.
     */
    public record Participant(
            String id, String type, String fullName, String email, String trn,
            LocalDate dateOfBirth, String schoolUrn, Integer cohort, LocalDate startDate,
            String mentorId, String appropriateBodyId) {
    }

    /**
     * A message a school sent to support (SUP-2). The fields after {@code schoolUrn} are optional (a
     * demo's desk part-way through its work): absent, the ticket is new, uncategorised, normal
     * priority and unclaimed. {@code linkedParticipants} are participant ids the ticket is linked to
     * besides its school; {@code resolution} and {@code resolvedAt} go with status {@code resolved}.
     */
    public record Ticket(
            String id, Instant receivedAt, String fromEmail, String subject, String body,
            String schoolUrn, String status, String category, String priority, String assignee,
            Instant claimedUntil, List<String> linkedParticipants, String resolution, Instant resolvedAt) {

        /** A message as it arrives. */
        public Ticket(String id, Instant receivedAt, String fromEmail, String subject, String body, String schoolUrn) {
            this(id, receivedAt, fromEmail, subject, body, schoolUrn, null, null, null, null, null, null, null, null);
        }
    }
}
