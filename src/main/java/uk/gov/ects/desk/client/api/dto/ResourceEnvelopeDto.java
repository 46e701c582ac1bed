package uk.gov.ects.desk.client.api.dto;

import com.google.gson.JsonObject;

/** {@code {"data": {...resource...}, "meta": {...}}}: one resource; meta carries e.g. audit_event_id. */
public record ResourceEnvelopeDto(ResourceDto data, JsonObject meta) {
}
