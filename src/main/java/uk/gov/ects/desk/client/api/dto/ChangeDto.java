package uk.gov.ects.desk.client.api.dto;

import com.google.gson.JsonObject;

/** One row of the change feed. {@code attributes} is null when {@code op} is {@code delete}. */
public record ChangeDto(long seq, String type, String id, String op, Long version, JsonObject attributes) {
}
