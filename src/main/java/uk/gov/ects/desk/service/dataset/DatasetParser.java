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
        JsonReader reader = new JsonReader(json);
        try {
            Dataset dataset = DatasetJson.reader(problems).fromJson(reader, Dataset.class);
            if (dataset == null) {
                problems.add("file", "the file is empty; it must hold one JSON object with at least \"cohorts\"");
                return null;
            }
            if (!endsAfterObject(reader)) {
                problems.add("file", "there is more after the end of the JSON object at line "
                        + lineOf(reader) + "; the file must hold exactly one JSON object");
                return null;
            }
            return dataset;
        } catch (JsonParseException | IllegalStateException e) {
            problems.add("file", describe(e, reader));
            return null;
        }
    }

    private static boolean endsAfterObject(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String lineOf(JsonReader reader) {
        Matcher m = POSITION.matcher(reader.toString());
        return m.find() ? m.group(1) + ", column " + m.group(2) : "?";
    }

    /** The reader's own position is the surest: Gson's messages carry it for syntax errors but not for type errors. */
    private static String describe(Exception e, JsonReader reader) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        Matcher inMessage = POSITION.matcher(message);
        String reason = firstLine(inMessage.find() ? message.substring(0, inMessage.start()) : message)
                .replaceFirst("[;\\s]*at\\s*$", "").replaceFirst("^For input string", "not a number").trim()
                .replace("BEGIN_OBJECT", "{").replace("END_OBJECT", "}").replace("BEGIN_ARRAY", "[").replace("END_ARRAY", "]")
                .replace("Expected", "expected").replace("but was", "but found");
        Matcher position = POSITION.matcher(reader.toString());
        if (!position.find()) {
            return "the file is not valid JSON (" + reason + "). Fix the JSON and load it again.";
        }
        String near = position.group(3) == null || position.group(3).equals("$") ? "" : " (in " + DatasetJson.pathOf(position.group(3)) + ")";
        return "the file is not valid JSON at line " + position.group(1) + ", column " + position.group(2) + near
                + ": " + reason + ". Fix the JSON and load it again.";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
