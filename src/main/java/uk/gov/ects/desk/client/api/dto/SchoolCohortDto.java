package uk.gov.ects.desk.client.api.dto;

import java.time.Instant;

/** One cohort of a school: its programme choice, default AB and partnership summary. */
public record SchoolCohortDto(int year, String programmeChoice, Instant submittedAt,
        String appropriateBodyId, String appropriateBodyName, PartnershipSummaryDto partnership) {
}
