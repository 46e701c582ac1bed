package uk.gov.ects.desk.service.http;

import java.util.Map;

/** The JSON:API-style resource object: {@code {id, type, version, attributes}}. */
public record Resource(String id, String type, long version, Map<String, Object> attributes) {
}
