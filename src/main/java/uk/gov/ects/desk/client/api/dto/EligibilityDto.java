package uk.gov.ects.desk.client.api.dto;

/** Funding eligibility: status, reason, and whether support set it by hand (OVR-ELIGIBILITY). */
public record EligibilityDto(String status, String reason, Boolean manual) {
}
