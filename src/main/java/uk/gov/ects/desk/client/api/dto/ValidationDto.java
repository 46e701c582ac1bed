package uk.gov.ects.desk.client.api.dto;

import java.time.Instant;

public record ValidationDto(String status, Instant checkedAt) {
}
