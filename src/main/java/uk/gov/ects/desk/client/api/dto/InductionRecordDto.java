package uk.gov.ects.desk.client.api.dto;

import java.time.LocalDate;

/** One period of a participant at a school. */
public record InductionRecordDto(String id, String schoolUrn, String schoolName, Integer cohort, String programme,
        String leadProviderId, String leadProviderName, String deliveryPartnerId, String deliveryPartnerName,
        String appropriateBodyId, String appropriateBodyName, String mentorId, String mentorName,
        String inductionStatus, String trainingStatus, LocalDate startDate, LocalDate endDate) {
}
