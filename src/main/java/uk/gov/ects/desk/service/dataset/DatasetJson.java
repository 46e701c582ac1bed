package uk.gov.ects.desk.service.dataset;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The Gson set-up for dataset files: snake_case keys, dates {@code YYYY-MM-DD}, instants RFC 3339.
 * When reading, a badly written date or instant is recorded as a problem against its path and read
 * as {@code null}, so one bad date does not hide the other problems in the file.
 */
public final class DatasetJson {

    private DatasetJson() {
    }

    /** For writing datasets (nulls kept, so optional keys such as {@code mentor_id} stay visible). */
    public static Gson writer() {
        return builder(null).serializeNulls().create();
    }

    static Gson reader(Problems problems) {
        return builder(problems).create();
    }

    private static GsonBuilder builder(Problems problems) {
        return new GsonBuilder()
                .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
                .disableHtmlEscaping()
                .registerTypeAdapter(LocalDate.class, new LocalDateAdapter(problems).nullSafe())
                .registerTypeAdapter(Instant.class, new InstantAdapter(problems).nullSafe());
    }

    /** {@code $.participants[3].trn} → {@code participants[3].trn}. */
    static String pathOf(String jsonPath) {
        return jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath;
    }

    private abstract static class LenientAdapter<T> extends TypeAdapter<T> {
        private final Problems problems;

        LenientAdapter(Problems problems) {
            this.problems = problems;
        }

        @Override
        public T read(JsonReader in) throws IOException {
            String path = pathOf(in.getPath());
            if (in.peek() != JsonToken.STRING) {
                in.skipValue();
                return reject(path, "expected a quoted " + expected());
            }
            String text = in.nextString();
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return reject(path, "\"" + text + "\" is not a valid " + expected());
            }
        }

        private T reject(String path, String message) {
            if (problems == null) {
                throw new IllegalArgumentException(path + ": " + message);
            }
            problems.add(path, message);
            return null;
        }

        abstract String expected();

        abstract T parse(String text);
    }

    private static final class LocalDateAdapter extends LenientAdapter<LocalDate> {
        LocalDateAdapter(Problems problems) {
            super(problems);
        }

        @Override
        String expected() {
            return "date (YYYY-MM-DD)";
        }

        @Override
        LocalDate parse(String text) {
            return LocalDate.parse(text);
        }

        @Override
        public void write(JsonWriter out, LocalDate value) throws IOException {
            out.value(value.toString());
        }
    }

    private static final class InstantAdapter extends LenientAdapter<Instant> {
        InstantAdapter(Problems problems) {
            super(problems);
        }

        @Override
        String expected() {
            return "UTC time (like 2026-09-01T08:30:00Z)";
        }

        @Override
        Instant parse(String text) {
            return Instant.parse(text);
        }

        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }
    }
}
