package uk.gov.ects.desk.client.api;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.api.dto.ResourceDto;

/** The one Gson setup for the Support API: snake_case names, ISO dates and RFC 3339 instants. */
public final class ApiJson {

    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .registerTypeAdapter(LocalDate.class, textAdapter(LocalDate::parse, LocalDate::toString))
            .registerTypeAdapter(Instant.class, textAdapter(Instant::parse, Instant::toString))
            .registerTypeAdapter(ChangeDto.class, new ChangeAdapter())
            .serializeNulls()
            .create();

    private ApiJson() {
    }

    public static Gson gson() {
        return GSON;
    }

    /** Reads a resource's raw attributes as the DTO of its type. */
    public static <T> T attributes(ResourceDto resource, Class<T> type) {
        return attributes(resource.attributes(), type);
    }

    public static <T> T attributes(JsonObject attributes, Class<T> type) {
        return GSON.fromJson(attributes, type);
    }

    /**
     * Change rows by hand: Gson's built-in JsonObject adapter (which cannot be replaced) refuses the
     * {@code "attributes": null} that deletes carry.
     */
    private static final class ChangeAdapter extends TypeAdapter<ChangeDto> {
        private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);

        @Override
        public void write(JsonWriter out, ChangeDto change) throws IOException {
            if (change == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            out.name("seq").value(change.seq());
            out.name("type").value(change.type());
            out.name("id").value(change.id());
            out.name("op").value(change.op());
            out.name("version").value(change.version());
            out.name("attributes");
            ELEMENT.write(out, change.attributes() == null ? com.google.gson.JsonNull.INSTANCE : change.attributes());
            out.endObject();
        }

        @Override
        public ChangeDto read(JsonReader in) throws IOException {
            JsonElement element = JsonParser.parseReader(in);
            if (element.isJsonNull()) {
                return null;
            }
            if (!element.isJsonObject()) {
                throw new JsonParseException("A change must be a JSON object");
            }
            JsonObject row = element.getAsJsonObject();
            JsonElement attributes = row.get("attributes");
            if (attributes != null && !attributes.isJsonNull() && !attributes.isJsonObject()) {
                throw new JsonParseException("A change's attributes must be an object or null");
            }
            try {
                return new ChangeDto(row.get("seq").getAsLong(), text(row, "type"), text(row, "id"), text(row, "op"),
                        isMissing(row.get("version")) ? null : row.get("version").getAsLong(),
                        isMissing(attributes) ? null : attributes.getAsJsonObject());
            } catch (RuntimeException e) {
                throw new JsonParseException("A change row is missing seq or has a malformed field", e);
            }
        }

        private static String text(JsonObject row, String name) {
            return isMissing(row.get(name)) ? null : row.get(name).getAsString();
        }

        private static boolean isMissing(JsonElement element) {
            return element == null || element.isJsonNull();
        }
    }

    private static <T> TypeAdapter<T> textAdapter(Function<String, T> parse, Function<T, String> format) {
        return new TypeAdapter<T>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                if (value == null) {
                    out.nullValue();
                } else {
                    out.value(format.apply(value));
                }
            }

            @Override
            public T read(JsonReader in) throws IOException {
                if (in.peek() == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                return parse.apply(in.nextString());
            }
        };
    }
}
