package uk.gov.ects.desk.client.api.dto;

public record MenteeDto(String id, String fullName, String schoolUrn) {
}
