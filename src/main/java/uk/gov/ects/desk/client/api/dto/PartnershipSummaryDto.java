package uk.gov.ects.desk.client.api.dto;

import java.time.LocalDate;

/** The partnership shown inside a school cohort. */
public record PartnershipSummaryDto(String id, String leadProviderId, String leadProviderName,
        String deliveryPartnerId, String deliveryPartnerName, String status, LocalDate challengeDeadline) {
}
