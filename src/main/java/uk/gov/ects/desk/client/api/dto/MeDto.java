package uk.gov.ects.desk.client.api.dto;

public record MeDto(String name, String role) {
}
