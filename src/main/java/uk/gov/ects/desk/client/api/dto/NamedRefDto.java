package uk.gov.ects.desk.client.api.dto;

public record NamedRefDto(String id, String fullName) {
}
