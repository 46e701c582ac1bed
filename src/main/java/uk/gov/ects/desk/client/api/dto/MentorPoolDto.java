package uk.gov.ects.desk.client.api.dto;

public record MentorPoolDto(String schoolUrn, String schoolName) {
}
