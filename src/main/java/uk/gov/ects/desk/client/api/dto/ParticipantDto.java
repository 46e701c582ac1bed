package uk.gov.ects.desk.client.api.dto;

import java.time.LocalDate;
import java.util.List;

/** An ECT or mentor as the Support API returns it; the date of birth is never sent (X-PII). */
public record ParticipantDto(String fullName, String type, String trn, String email, List<String> emails,
        Boolean dateOfBirthOnFile, String schoolUrn, String schoolName, Integer cohort, String status,
        LocalDate inductionStartDate, LocalDate qtsDate, ValidationDto validation, EligibilityDto eligibility,
        List<InductionRecordDto> inductionRecords, NamedRefDto mentor, List<MentorPoolDto> mentorPools,
        List<MenteeDto> mentees, List<String> retiredIds) {
}
