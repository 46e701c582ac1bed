package uk.gov.ects.desk.client.api;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import uk.gov.ects.desk.client.api.dto.ResourceDto;

/** The one Gson setup for the Support API: snake_case names, ISO dates and RFC 3339 instants. */
public final class ApiJson {

    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .registerTypeAdapter(LocalDate.class, textAdapter(LocalDate::parse, LocalDate::toString))
            .registerTypeAdapter(Instant.class, textAdapter(Instant::parse, Instant::toString))
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
