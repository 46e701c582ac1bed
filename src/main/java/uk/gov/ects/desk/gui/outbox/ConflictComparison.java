package uk.gov.ects.desk.gui.outbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.gui.common.Wording;

/**
 * A 412 side by side: the version the agent's change was made on, the record as the service has it
 * now ({@code meta.current}), and the agent's change, field by field for the fields the change sets.
 *
 * @param fields one row per field of the change: its value on the service now, and the agent's value
 */
public record ConflictComparison(String explanation, String seenHeading, String currentHeading, String changeHeading,
        List<Field> fields, String currentJson, String changeJson) {

    public static final String NONE = "(none)";

    /** One field of the change. */
    public record Field(String name, String current, String yours) {
        public boolean differs() {
            return !current.equals(yours);
        }
    }

    public static ConflictComparison of(OutboxEntry entry) {
        String record = OutboxWording.record(entry.target()).toLowerCase(java.util.Locale.UK);
        String seen = entry.baseVersion() == null ? "the version you saw" : "version " + entry.baseVersion();
        String now = entry.currentVersion() == null ? "a newer version" : "version " + entry.currentVersion();
        JsonObject current = entry.current() != null && entry.current().get("attributes") instanceof JsonObject attributes
                ? attributes : new JsonObject();
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonElement> field : entry.body().entrySet()) {
            fields.add(new Field(Wording.humanise(field.getKey()), words(find(current, field.getKey())),
                    words(field.getValue())));
        }
        return new ConflictComparison("Someone changed " + record + " after you made this change on " + seen
                + ". The service now has " + now + ". Compare them, then re-apply your change on the current version "
                + "or discard it.",
                "You made your change on " + seen, "On the service now (" + now + ")", "Your change (made on " + seen + ")",
                List.copyOf(fields), OutboxWording.pretty(current), OutboxWording.pretty(entry.body()));
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

    private static String words(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return NONE;
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }
}
