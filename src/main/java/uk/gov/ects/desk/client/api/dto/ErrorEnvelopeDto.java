package uk.gov.ects.desk.client.api.dto;

import java.util.List;

public record ErrorEnvelopeDto(List<ErrorDto> errors) {
}
