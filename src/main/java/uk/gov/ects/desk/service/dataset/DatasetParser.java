package uk.gov.ects.desk.service.dataset;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a dataset file; JSON that cannot be read becomes a problem naming the line and column. */
final class DatasetParser {

    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)(?: path (\\S+))?");

    private DatasetParser() {
    }

    /** The dataset, or {@code null} when the JSON could not be read (the reason is in {@code problems}). */
    static Dataset parse(Reader json, Problems problems) {
        try {
            JsonReader reader = new JsonReader(json);
            Dataset dataset = DatasetJson.reader(problems).fromJson(reader, Dataset.class);
            if (dataset == null) {
                problems.add("file", "the file is empty; it must hold one JSON object with at least \"cohorts\"");
                return null;
            }
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                problems.add("file", "there is more after the end of the JSON object at line "
                        + lineOf(reader) + "; the file must hold exactly one JSON object");
                return null;
            }
            return dataset;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            problems.add("file", describe(e));
            return null;
        }
    }

    private static String lineOf(JsonReader reader) {
        Matcher m = POSITION.matcher(reader.toString());
        return m.find() ? m.group(1) + ", column " + m.group(2) : "?";
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        Matcher m = POSITION.matcher(message);
        if (!m.find()) {
            return "the file is not valid JSON (" + firstLine(message) + ")";
        }
        String reason = firstLine(message.substring(0, m.start())).replaceFirst("\\s*at\\s*$", "").trim();
        String near = m.group(3) == null ? "" : " (in " + DatasetJson.pathOf(m.group(3)) + ")";
        return "the file is not valid JSON at line " + m.group(1) + ", column " + m.group(2) + near
                + ": " + reason + ". Fix the JSON and load it again.";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
