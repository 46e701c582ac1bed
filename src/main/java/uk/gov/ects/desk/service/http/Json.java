package uk.gov.ects.desk.service.http;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The service's JSON: snake_case names, {@code YYYY-MM-DD} dates, RFC 3339 UTC instants to the
 * second, and nulls written out (docs/api-resources.md: absent values are JSON null, never omitted).
 */
public final class Json {

    public static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .serializeNulls()
            .disableHtmlEscaping()
            .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
            .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
            .create();

    private Json() {
    }

    /** Plugs {@link #GSON} into Javalin for {@code ctx.json} and {@code ctx.bodyAsClass}. */
    public static JsonMapper javalinMapper() {
        return new JsonMapper() {
            @Override
            public String toJsonString(Object obj, Type type) {
                return obj instanceof String s ? s : GSON.toJson(obj);
            }

            @Override
            public <T> T fromJsonString(String json, Type targetType) {
                return GSON.fromJson(json, targetType);
            }
        };
    }

    /**
     * A request body read strictly as one JSON object; an empty body counts as {@code {}}. Anything
     * else (broken JSON, trailing text, an array, {@code null}, a bare value) is 400
     * {@code malformed_json}, so every route answers a body it cannot read the same way.
     */
    public static com.google.gson.JsonObject requestObject(String text) {
        if (text == null || text.isBlank()) {
            return new com.google.gson.JsonObject();
        }
        try {
            JsonReader reader = new JsonReader(new java.io.StringReader(text));
            reader.setStrictness(com.google.gson.Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw malformedBody();
            }
            if (!element.isJsonObject()) {
                throw ApiError.badRequest("malformed_json", "The body is not a JSON object",
                        "Send the fields as one JSON object, for example {\"urn\": \"100001\"}.", "");
            }
            return element.getAsJsonObject();
        } catch (com.google.gson.JsonParseException | IOException | IllegalStateException e) {
            throw malformedBody();
        }
    }

    private static ApiError malformedBody() {
        return ApiError.badRequest("malformed_json", "The body is not valid JSON",
                "The request body could not be read as JSON. Check for missing quotes, commas or brackets.", "");
    }

    /** Parses JSON kept as text in a column (ticket links, email facts, audit changes). */
    public static JsonElement parseStored(String text) {
        return text == null ? null : JsonParser.parseString(text);
    }

    private static final class LocalDateAdapter extends TypeAdapter<LocalDate> {
        @Override
        public void write(JsonWriter out, LocalDate value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public LocalDate read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return LocalDate.parse(in.nextString());
        }
    }

    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.truncatedTo(ChronoUnit.SECONDS).toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return Instant.parse(in.nextString());
        }
    }
}
