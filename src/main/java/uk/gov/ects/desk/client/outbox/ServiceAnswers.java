package uk.gov.ects.desk.client.outbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.ResourceDto;

/** Reads the parts of a write's answer the outbox keeps: resources, the first error, {@code meta.current}. */
final class ServiceAnswers {

    private ServiceAnswers() {
    }

    /** The body as a JSON object, or empty if it is not one. */
    static Optional<JsonObject> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonElement element = JsonParser.parseString(body);
            return element.isJsonObject() ? Optional.of(element.getAsJsonObject()) : Optional.empty();
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    /** {@code data}: one resource or a list of them. */
    static List<ResourceDto> resources(JsonObject answer) {
        List<ResourceDto> resources = new ArrayList<>();
        if (answer == null || answer.get("data") == null) {
            return resources;
        }
        JsonElement data = answer.get("data");
        if (data.isJsonObject()) {
            resource(data.getAsJsonObject()).ifPresent(resources::add);
        } else if (data.isJsonArray()) {
            for (JsonElement element : data.getAsJsonArray()) {
                if (element.isJsonObject()) {
                    resource(element.getAsJsonObject()).ifPresent(resources::add);
                }
            }
        }
        return resources;
    }

    /** A 412's {@code meta.current}. */
    static Optional<ResourceDto> current(JsonObject answer) {
        if (answer == null || !answer.has("meta") || !answer.get("meta").isJsonObject()) {
            return Optional.empty();
        }
        JsonElement current = answer.getAsJsonObject("meta").get("current");
        return current != null && current.isJsonObject() ? resource(current.getAsJsonObject()) : Optional.empty();
    }

    /** The first error of an error envelope, with {@code fallback} when the body has none. */
    static OutboxError firstError(JsonObject answer, String fallbackMessage, String fallbackCode) {
        if (answer != null && answer.has("errors") && answer.get("errors").isJsonArray()
                && !answer.getAsJsonArray("errors").isEmpty()
                && answer.getAsJsonArray("errors").get(0).isJsonObject()) {
            JsonObject error = answer.getAsJsonArray("errors").get(0).getAsJsonObject();
            String detail = text(error, "detail");
            String message = detail != null && !detail.isBlank() ? detail : text(error, "title");
            String pointer = error.has("source") && error.get("source").isJsonObject()
                    ? text(error.getAsJsonObject("source"), "pointer") : null;
            return new OutboxError(message == null || message.isBlank() ? fallbackMessage : message,
                    orElse(text(error, "code"), fallbackCode), text(error, "rule"), pointer);
        }
        return OutboxError.of(fallbackMessage, fallbackCode);
    }

    static JsonObject toJson(ResourceDto resource) {
        JsonObject json = new JsonObject();
        json.addProperty("id", resource.id());
        json.addProperty("type", resource.type());
        json.addProperty("version", resource.version());
        json.add("attributes", resource.attributes());
        return json;
    }

    private static Optional<ResourceDto> resource(JsonObject json) {
        String id = text(json, "id");
        String type = text(json, "type");
        JsonElement attributes = json.get("attributes");
        if (id == null || type == null || attributes == null || !attributes.isJsonObject()) {
            return Optional.empty();
        }
        JsonElement version = json.get("version");
        return Optional.of(new ResourceDto(id, type, version == null || version.isJsonNull() ? null : version.getAsLong(),
                attributes.getAsJsonObject()));
    }

    private static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static String orElse(String text, String fallback) {
        return text == null ? fallback : text;
    }
}
