package uk.gov.ects.desk.client.api.dto;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/** A school as the Support API returns it (docs/api-resources.md). */
public record SchoolDto(
        String urn, String name, String ukprn,
        String localAuthorityCode, String localAuthorityName,
        Integer establishmentTypeCode, String establishmentTypeName,
        Integer statusCode, String statusName, String phase,
        String addressLine1, String addressLine2, String addressLine3, String postcode,
        String administrativeDistrictCode,
        @SerializedName("section_41_approved") Boolean section41Approved,
        String giasEmail, Boolean eligible, Boolean cipOnly, Boolean receivesEmails,
        PersonDto inductionTutor, List<SchoolCohortDto> cohorts, Integer mentorPoolSize) {
}
