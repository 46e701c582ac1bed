package uk.gov.ects.desk.gui.operations;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.gui.records.FieldWords;

/**
 * One record of a preview in words: named as an agent knows it, with the fields the change would
 * alter as "before → after" against the cached copy, or, for a record the write creates, its main
 * fields. Field labels and values are the outbox's ({@link FieldWords}).
 */
final class PreviewRecords {

    static final int MAX_FIELDS = 6;
    static final String ARROW = " → ";

    /** The fields that say what a new record is, in the order an agent reads them. */
    private static final Map<String, List<String>> MAIN_FIELDS = Map.of(
            "participant", List.of("full_name", "type", "trn", "email", "school_name", "cohort", "induction_start_date"),
            "partnership", List.of("school_name", "cohort", "lead_provider_name", "delivery_partner_name", "status",
                    "challenge_deadline"),
            "school", List.of("name", "urn", "local_authority_name", "establishment_type_name"),
            "note", List.of("target", "body"));

    /** Fields a new part's name already says, or that only repeat the record's own (its cohort, its status). */
    private static final Set<String> IN_ITEM_NAME = Set.of("id", "full_name", "school_name", "start_date", "cohort",
            "induction_status", "training_status");

    private PreviewRecords() {
    }

    /** The record's section; empty when the write leaves it as the cache has it. */
    static Optional<PreviewSummary.Section> section(Preview.Resource resource, Optional<JsonObject> cached) {
        JsonObject after = resource.attributes() == null ? new JsonObject() : resource.attributes();
        if (cached.isPresent()) {
            return changes(cached.get(), after).map(lines -> cut(name(resource, after), lines, "field"));
        }
        // Version 1 is what the service gives a record the write inserts; anything else exists already
        // but has not reached this cache yet, so it is shown as it would be.
        boolean created = resource.version() == null || resource.version() <= 1;
        String heading = created ? "New record: " + name(resource, after)
                : name(resource, after) + ", as it would be (not in your cache yet)";
        return Optional.of(cut(heading, mainFields(resource.type(), after), "field"));
    }

    /** "Oak Primary (URN 100001)", "Jane Smith (ECT)", "Oak Primary's 2026 partnership with Ambition Institute". */
    static String name(Preview.Resource resource, JsonObject record) {
        String id = resource.id();
        return switch (resource.type() == null ? "" : resource.type()) {
            case "school" -> text(record, "name").map(name -> name + " (URN " + id + ")").orElse("School " + id);
            case "participant" -> text(record, "full_name")
                    .map(name -> name + text(record, "type").map(type -> " (" + ("ect".equals(type) ? "ECT" : type) + ")")
                            .orElse(""))
                    .orElse("Participant " + id);
            case "partnership" -> text(record, "school_name").map(school -> school + "'s "
                    + text(record, "cohort").map(cohort -> cohort + " ").orElse("") + "partnership"
                    + text(record, "lead_provider_name").map(lead -> " with " + lead).orElse(""))
                    .orElse("Partnership " + id);
            case "note" -> "Note";
            default -> Wording.humanise(resource.type() == null ? "record" : resource.type()) + " " + id;
        };
    }

    private static Optional<List<PreviewSummary.Line>> changes(JsonObject before, JsonObject after) {
        Map<String, FieldWords.Cell> was = FieldWords.flatten(before);
        Map<String, FieldWords.Cell> will = FieldWords.flatten(after);
        Set<String> paths = new LinkedHashSet<>(will.keySet());
        paths.addAll(was.keySet());
        List<PreviewSummary.Line> lines = new ArrayList<>();
        Set<String> newItems = new LinkedHashSet<>();
        for (String path : paths) {
            Optional<String> newItem = newItem(path, was);
            if (newItem.isPresent()) {
                if (newItems.add(newItem.get())) {
                    lines.add(newItemLine(newItem.get(), will));
                }
                continue;
            }
            String then = words(was, path);
            String now = words(will, path);
            if (!then.equals(now) && !namedElsewhere(path, will.containsKey(path) ? will : was)) {
                String label = (will.containsKey(path) ? will : was).get(path).label();
                lines.add(new PreviewSummary.Line(label, then + ARROW + now));
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines);
    }

    /** The list item ({@code induction_records[id=ir-9]}) the path is in when the cached record has no such item. */
    private static Optional<String> newItem(String path, Map<String, FieldWords.Cell> was) {
        for (int end = path.indexOf(']'); end >= 0; end = path.indexOf(']', end + 1)) {
            String item = path.substring(0, end + 1);
            if (was.keySet().stream().noneMatch(old -> old.startsWith(item))) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /**
     * A part the change adds (a new induction record) on one line: "New induction record" with
     * "at Oak Primary from 1 Oct 2026 — Programme: Provider-led training (FIP); Lead provider: Ambition Institute".
     */
    private static PreviewSummary.Line newItemLine(String item, Map<String, FieldWords.Cell> will) {
        String list = item.substring(item.lastIndexOf('.', item.lastIndexOf('[')) + 1, item.lastIndexOf('['));
        String listLabel = FieldWords.label(list);
        List<String> values = new ArrayList<>();
        String name = "";
        for (Map.Entry<String, FieldWords.Cell> cell : will.entrySet()) {
            if (!cell.getKey().startsWith(item + ".")) {
                continue;
            }
            String label = cell.getValue().label();
            int between = label.indexOf(" › ", label.lastIndexOf(listLabel));
            name = between < 0 ? name : label.substring(label.lastIndexOf(listLabel) + listLabel.length(), between).trim();
            String leaf = cell.getKey().substring(item.length() + 1);
            if (!cell.getValue().words().equals(FieldWords.NONE) && !namedElsewhere(cell.getKey(), will)
                    && !IN_ITEM_NAME.contains(leaf) && !leaf.endsWith("_id") && !leaf.endsWith("_urn")) {
                String field = between < 0 ? label : label.substring(between + " › ".length());
                values.add(field + ": " + cell.getValue().words());
            }
        }
        String what = listLabel.toLowerCase(java.util.Locale.UK);
        if (what.endsWith(" at") && !name.isEmpty()) { // "Mentor pool at" names its school: "New mentor pool", "at Elm Academy"
            what = what.substring(0, what.length() - " at".length());
            name = "at " + name;
        }
        String text = name + (values.isEmpty() ? "" : (name.isEmpty() ? "" : " — ") + String.join("; ", values));
        return new PreviewSummary.Line("New " + what, text);
    }

    private static List<PreviewSummary.Line> mainFields(String type, JsonObject record) {
        Map<String, FieldWords.Cell> cells = FieldWords.flatten(record);
        List<String> main = MAIN_FIELDS.getOrDefault(type, List.of());
        List<String> order = new ArrayList<>(main.stream().filter(cells::containsKey).toList());
        cells.keySet().stream().filter(path -> !order.contains(path)).forEach(order::add);
        List<PreviewSummary.Line> lines = new ArrayList<>();
        for (String path : order) {
            FieldWords.Cell cell = cells.get(path);
            if (!cell.words().equals(FieldWords.NONE) && !namedElsewhere(path, cells)) {
                lines.add(new PreviewSummary.Line(cell.label(), cell.words()));
            }
        }
        return lines;
    }

    /**
     * An id beside its name ({@code lead_provider_id} next to {@code lead_provider_name}, {@code school_urn}
     * next to {@code school_name}) says nothing more to an agent, and neither does the key a list item is
     * named by (its id, a cohort's year).
     */
    private static boolean namedElsewhere(String path, Map<String, FieldWords.Cell> record) {
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "" : path.substring(0, dot + 1);
        String leaf = path.substring(dot + 1);
        if (parent.endsWith("].") && path.contains("[" + leaf + "=")) {
            return true; // the item's own key: "Cohort 2026 › Year: 2026"
        }
        for (String suffix : List.of("_id", "_urn")) {
            if (leaf.endsWith(suffix)) {
                String name = parent + leaf.substring(0, leaf.length() - suffix.length()) + "_name";
                if (record.containsKey(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    static PreviewSummary.Section cut(String heading, List<PreviewSummary.Line> lines, String what) {
        if (lines.size() <= MAX_FIELDS) {
            return new PreviewSummary.Section(heading, lines, "");
        }
        int left = lines.size() - MAX_FIELDS;
        return new PreviewSummary.Section(heading, lines.subList(0, MAX_FIELDS),
                "and " + Wording.plural(left, "more " + what));
    }

    private static String words(Map<String, FieldWords.Cell> record, String path) {
        FieldWords.Cell cell = record.get(path);
        return cell == null ? FieldWords.NONE : cell.words();
    }

    private static Optional<String> text(JsonObject record, String name) {
        JsonElement value = record.get(name);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() || value.getAsString().isBlank()
                ? Optional.empty() : Optional.of(value.getAsString());
    }
}
