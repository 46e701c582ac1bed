package uk.gov.ects.desk.gui.records;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.gui.schools.ProgrammeNames;

/**
 * A record's attributes (docs/api-resources.md) as labelled fields in an agent's words:
 * {@code cohorts[year=2026].programme_choice} reads "Cohort 2026 › Programme" and
 * "Provider-led training (FIP)". The labels are the detail panes' where they name the
 * same thing. Shared by the outbox's conflict side by side and the operation form's preview.
 */
public final class FieldWords {

    /** One field of a record: its label and its value in words. */
    public record Cell(String label, String words) {
    }

    /** An empty value in words. */
    public static final String NONE = "(none)";

    private static final String BETWEEN = " › ";
    private static final Pattern CODE = Pattern.compile("^[a-z]+(_[a-z0-9]+)+$");
    private static final Pattern WORD = Pattern.compile("^[a-z]+$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.+Z$");
    /** What tells apart the items of a list of parts: a cohort by its year, a record by its id. */
    private static final List<String> ITEM_KEYS = List.of("year", "id", "school_urn", "urn");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("full_name", "Name"),
            Map.entry("school_name", "School"),
            Map.entry("urn", "URN"),
            Map.entry("ukprn", "UKPRN"),
            Map.entry("trn", "TRN"),
            Map.entry("email", "Email"),
            Map.entry("emails", "All emails"),
            Map.entry("gias_email", "GIAS email"),
            Map.entry("programme_choice", "Programme"),
            Map.entry("programme", "Programme"),
            Map.entry("choice", "Programme"),
            Map.entry("submitted_at", "Submitted"),
            Map.entry("appropriate_body_name", "Appropriate body"),
            Map.entry("appropriate_body_id", "Appropriate body ID"),
            Map.entry("lead_provider_name", "Lead provider"),
            Map.entry("delivery_partner_name", "Delivery partner"),
            Map.entry("local_authority_name", "Local authority"),
            Map.entry("establishment_type_name", "Type"),
            Map.entry("status_name", "Status"),
            Map.entry("eligible", "Eligible for FIP"),
            Map.entry("cip_only", "CIP only"),
            Map.entry("section_41_approved", "Section 41 approved"),
            Map.entry("receives_emails", "Receives emails"),
            Map.entry("mentor_pool_size", "Mentor pool"),
            Map.entry("qts_date", "QTS date"),
            Map.entry("date_of_birth_on_file", "Date of birth on file"),
            Map.entry("challenge_deadline", "Challenge deadline"),
            Map.entry("induction_records", "Induction record"),
            Map.entry("cohorts", "Cohort"),
            Map.entry("mentees", "Mentee"),
            Map.entry("mentor_pools", "Mentor pool at"));

    private FieldWords() {
    }

    public static String label(String key) {
        return LABELS.getOrDefault(key, Wording.humanise(key));
    }

    /** Every field of the record, nested parts and lists of parts spelled out, in the record's order. */
    public static Map<String, Cell> flatten(JsonObject record) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> field : record.entrySet()) {
            flatten(field.getKey(), field.getValue(), field.getKey(), label(field.getKey()), cells);
        }
        return cells;
    }

    private static void flatten(String key, JsonElement value, String path, String label, Map<String, Cell> cells) {
        if (value instanceof JsonObject part && !part.isEmpty()) {
            for (Map.Entry<String, JsonElement> field : part.entrySet()) {
                flatten(field.getKey(), field.getValue(), path + "." + field.getKey(),
                        label + BETWEEN + label(field.getKey()), cells);
            }
        } else if (value instanceof JsonArray list && !list.isEmpty() && allParts(list)) {
            for (int i = 0; i < list.size(); i++) {
                JsonObject item = list.get(i).getAsJsonObject();
                String id = itemId(item).orElse(String.valueOf(i + 1));
                String itemKey = itemKey(item).map(k -> k + "=" + id).orElse("#" + (i + 1));
                flatten(key, item, path + "[" + itemKey + "]", label + " " + itemName(item, id), cells);
            }
        } else {
            cells.put(path, new Cell(label, words(key, value)));
        }
    }

    /** A value as an agent reads it: codes in words, dates as "1 Oct 2026", true as "Yes". */
    public static String words(String key, JsonElement value) {
        if ((key.equals("programme_choice") || key.equals("choice") || key.equals("programme")) && (value == null || value.isJsonPrimitive()
                || value.isJsonNull())) {
            return ProgrammeNames.of(value == null || value.isJsonNull() ? null : value.getAsString());
        }
        if (value == null || value.isJsonNull()) {
            return NONE;
        }
        if (value.isJsonArray()) {
            String joined = StreamSupport.stream(value.getAsJsonArray().spliterator(), false)
                    .map(item -> words(key, item)).collect(Collectors.joining(", "));
            return joined.isEmpty() ? NONE : joined;
        }
        if (!value.isJsonPrimitive()) {
            return value.toString();
        }
        if (value.getAsJsonPrimitive().isBoolean()) {
            return value.getAsBoolean() ? "Yes" : "No";
        }
        String text = value.getAsString();
        if (key.equals("type") && text.equals("ect")) {
            return "ECT";
        }
        if ((key.equals("type") || key.endsWith("status")) && WORD.matcher(text).matches()) {
            return Wording.humanise(text); // "active" reads "Active", as the detail panes show it
        }
        try {
            if (DATE.matcher(text).matches()) {
                return Wording.date(LocalDate.parse(text));
            }
            if (TIMESTAMP.matcher(text).matches()) {
                return Wording.dateTime(Instant.parse(text));
            }
        } catch (DateTimeParseException e) {
            return text; // looked like a date but is not one: shown as sent
        }
        return CODE.matcher(text).matches() ? Wording.humanise(text) : text;
    }

    private static boolean allParts(JsonArray list) {
        for (JsonElement item : list) {
            if (!item.isJsonObject()) {
                return false;
            }
        }
        return true;
    }

    /**
     * How an agent tells the items of a list apart: a mentee by name, an induction record by its school
     * and start ("at Oak Primary from 1 Sep 2026"), a pool by its school; a cohort by its year. Ids made
     * by the service mean nothing to them.
     */
    static String itemName(JsonObject item, String id) {
        String name = text(item, "full_name");
        if (name != null) {
            return name;
        }
        String school = text(item, "school_name");
        String start = text(item, "start_date");
        if (school != null && start != null && DATE.matcher(start).matches()) {
            return "at " + school + " from " + Wording.date(LocalDate.parse(start));
        }
        return school != null ? school : id;
    }

    private static String text(JsonObject item, String key) {
        JsonElement value = item.get(key);
        return value == null || !value.isJsonPrimitive() || value.getAsString().isBlank() ? null : value.getAsString();
    }

    private static java.util.Optional<String> itemKey(JsonObject item) {
        return ITEM_KEYS.stream().filter(k -> item.get(k) != null && item.get(k).isJsonPrimitive()).findFirst();
    }

    private static java.util.Optional<String> itemId(JsonObject item) {
        return itemKey(item).map(k -> item.get(k).getAsString());
    }
}
