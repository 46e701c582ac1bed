package uk.gov.ects.desk.client.api.dto;

/** A named person with an email: the school induction tutor. */
public record PersonDto(String fullName, String email) {
}
