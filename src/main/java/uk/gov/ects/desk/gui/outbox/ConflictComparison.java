package uk.gov.ects.desk.gui.outbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.gui.records.FieldWords;

/**
 * A 412 side by side, field by field: the record when the agent queued the change, the record as
 * the service has it now ({@code meta.current}), and the agent's change as re-applying it on the
 * current version would leave each field. Only the fields that differ somewhere are listed. A change queued before the outbox kept the record seen still compares the
 * service's version with the change, and says the first was not kept.
 *
 * @param seenNote  "" when the version seen was kept; otherwise why its column is empty
 * @param rows      one per field that someone changed, in the record's order
 */
public record ConflictComparison(String explanation, String seenHeading, String currentHeading, String changeHeading,
        String seenNote, List<Row> rows, String seenJson, String currentJson, String changeJson) {

    public static final String NONE = FieldWords.NONE;
    public static final String NOT_KEPT = "Not kept";
    public static final String NOT_CHANGED = "(no change)";
    public static final String SEEN_NOT_KEPT = "The version you saw was not kept for this change (it was queued "
            + "before the app kept a copy), so only the service's version and your change are compared.";

    /**
     * One field in three versions.
     *
     * @param changedOnService someone changed it after the agent queued their change
     * @param changedByYou     re-applying the agent's change on the current version sets it to something else
     */
    public record Row(String field, String seen, String current, String yours, boolean changedOnService,
            boolean changedByYou) {

        /** Re-applying would undo someone else's change: the agent must choose. */
        public boolean clash() {
            return changedOnService && changedByYou;
        }
    }

    public static ConflictComparison of(OutboxEntry entry) {
        String record = OutboxWording.record(entry.target()).toLowerCase(Locale.UK);
        Long seenVersion = version(entry.seen()).orElse(entry.baseVersion());
        String seen = seenVersion == null ? "the version you saw" : "version " + seenVersion;
        String now = entry.currentVersion() == null ? "a newer version" : "version " + entry.currentVersion();
        JsonObject seenRecord = attributes(entry.seen());
        JsonObject currentRecord = orEmpty(attributes(entry.current()));
        List<Row> rows = entry.appliedTo(currentRecord)
                .map(reapplied -> recordRows(seenRecord, currentRecord, reapplied, entry.body()))
                .orElseGet(() -> bodyRows(seenRecord, currentRecord, entry.body()));
        List<String> undone = rows.stream().filter(Row::clash).map(Row::field).toList();
        return new ConflictComparison("Someone changed " + record + " after you made this change on " + seen
                + ". The service now has " + now + ". Compare them, then re-apply your change on the current version "
                + "or discard it." + (undone.isEmpty() ? "" : " Re-applying it as it is would undo their change to "
                + String.join(", ", undone) + "."),
                "When you queued it" + (seenRecord == null ? " (not kept)" : " (" + seen + ")"),
                "Now on the service (" + now + ")", "Your change",
                seenRecord == null ? SEEN_NOT_KEPT : "", List.copyOf(rows),
                seenRecord == null ? SEEN_NOT_KEPT : OutboxWording.pretty(seenRecord),
                OutboxWording.pretty(currentRecord), OutboxWording.pretty(entry.body()));
    }

    /**
     * A change the app can show on the record: "Your change" is what re-applying it on the current
     * version would make each field, so a field someone else changed and the change sets back is a clash.
     */
    private static List<Row> recordRows(JsonObject seenRecord, JsonObject currentRecord, JsonObject reapplied,
            JsonObject body) {
        Map<String, FieldWords.Cell> seen = seenRecord == null ? Map.of() : FieldWords.flatten(seenRecord);
        Map<String, FieldWords.Cell> current = FieldWords.flatten(currentRecord);
        Map<String, FieldWords.Cell> yours = FieldWords.flatten(reapplied);
        Set<String> paths = new LinkedHashSet<>(seen.keySet());
        paths.addAll(current.keySet());
        paths.addAll(yours.keySet());
        List<Row> rows = new ArrayList<>();
        for (String path : paths) {
            String seenWords = seenRecord == null ? NOT_KEPT : words(seen, path);
            String currentWords = words(current, path);
            String yoursWords = words(yours, path);
            boolean changedOnService = seenRecord != null && !seenWords.equals(currentWords);
            boolean changedByYou = !currentWords.equals(yoursWords);
            if (changedOnService || changedByYou) {
                rows.add(new Row(label(seen, current, yours, path), seenWords, currentWords,
                        changedByYou ? yoursWords : NOT_CHANGED, changedOnService, changedByYou));
            }
        }
        reason(body).ifPresent(reason -> rows.add(new Row("Your reason", "", "", reason, false, false)));
        return rows;
    }

    /**
     * A change only the service works out: the fields it sends, looked up by name in the records,
     * then whatever else changed on the service meanwhile.
     */
    private static List<Row> bodyRows(JsonObject seenRecord, JsonObject currentRecord, JsonObject body) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, JsonElement> field : body.entrySet()) {
            String seenWords = seenRecord == null ? NOT_KEPT : FieldWords.words(field.getKey(), find(seenRecord, field.getKey()));
            String currentWords = FieldWords.words(field.getKey(), find(currentRecord, field.getKey()));
            String yoursWords = FieldWords.words(field.getKey(), field.getValue());
            boolean changedOnService = seenRecord != null && !seenWords.equals(currentWords);
            boolean changedByYou = !currentWords.equals(yoursWords);
            rows.add(new Row(FieldWords.label(field.getKey()), seenWords, currentWords, yoursWords, changedOnService,
                    changedByYou));
        }
        if (seenRecord != null) {
            Map<String, FieldWords.Cell> seen = FieldWords.flatten(seenRecord);
            Map<String, FieldWords.Cell> current = FieldWords.flatten(currentRecord);
            Set<String> paths = new LinkedHashSet<>(seen.keySet());
            paths.addAll(current.keySet());
            for (String path : paths) {
                if (!words(seen, path).equals(words(current, path)) && !body.has(leaf(path))) {
                    rows.add(new Row(label(seen, current, Map.of(), path), words(seen, path), words(current, path),
                            NOT_CHANGED, true, false));
                }
            }
        }
        return rows;
    }

    private static Optional<String> reason(JsonObject body) {
        JsonElement reason = body.get("reason");
        return reason == null || reason.isJsonNull() || reason.getAsString().isBlank()
                ? Optional.empty() : Optional.of(reason.getAsString());
    }

    private static String words(Map<String, FieldWords.Cell> record, String path) {
        FieldWords.Cell cell = record.get(path);
        return cell == null ? NONE : cell.words();
    }

    private static String label(Map<String, FieldWords.Cell> seen, Map<String, FieldWords.Cell> current,
            Map<String, FieldWords.Cell> yours, String path) {
        for (Map<String, FieldWords.Cell> record : List.of(current, seen, yours)) {
            if (record.containsKey(path)) {
                return record.get(path).label();
            }
        }
        return FieldWords.label(leaf(path));
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static Optional<Long> version(JsonObject resource) {
        return resource == null || resource.get("version") == null || resource.get("version").isJsonNull()
                ? Optional.empty() : Optional.of(resource.get("version").getAsLong());
    }

    private static JsonObject attributes(JsonObject resource) {
        return resource != null && resource.get("attributes") instanceof JsonObject attributes ? attributes : null;
    }

    private static JsonObject orEmpty(JsonObject record) {
        return record == null ? new JsonObject() : record;
    }

    /** The field at the top of the record, or in one of its parts (the tutor's email is in induction_tutor). */
    private static JsonElement find(JsonObject record, String name) {
        if (record.has(name)) {
            return record.get(name);
        }
        for (Map.Entry<String, JsonElement> part : record.entrySet()) {
            if (part.getValue() instanceof JsonObject nested) {
                JsonElement found = find(nested, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
