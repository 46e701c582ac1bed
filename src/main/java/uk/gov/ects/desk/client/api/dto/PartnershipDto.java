package uk.gov.ects.desk.client.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/** A partnership as the Support API returns it. */
public record PartnershipDto(String schoolUrn, String schoolName, int cohort,
        String leadProviderId, String leadProviderName, String deliveryPartnerId, String deliveryPartnerName,
        Instant reportedAt, LocalDate challengeDeadline, String status, String challengeReason, Instant challengedAt) {
}
