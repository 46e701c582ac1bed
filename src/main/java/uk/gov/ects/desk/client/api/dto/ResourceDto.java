package uk.gov.ects.desk.client.api.dto;

import com.google.gson.JsonObject;

/** The JSON:API-style resource object; attributes stay raw until the caller knows the type. */
public record ResourceDto(String id, String type, Long version, JsonObject attributes) {
}
