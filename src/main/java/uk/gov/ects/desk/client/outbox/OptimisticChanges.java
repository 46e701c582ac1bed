package uk.gov.ects.desk.client.outbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.ects.desk.client.api.dto.ResourceDto;

/**
 * What a waiting change looks like in the cache before the service has it. Writes not known here
 * change nothing in the cache; their target is still shown as pending.
 */
final class OptimisticChanges {

    private static final Pattern INDUCTION_TUTOR = Pattern.compile("^/schools/[^/]+/induction-tutor$");
    private static final Pattern PROGRAMME = Pattern.compile("^/schools/[^/]+/cohorts/(\\d+)/programme$");
    static final String PROVISIONAL_PREFIX = "pending-";

    private OptimisticChanges() {
    }

    /** The target's attributes with the entry's change made on them (a copy; the input is untouched). */
    static JsonObject onTarget(OutboxEntry entry, JsonObject attributes) {
        JsonObject changed = attributes.deepCopy();
        JsonObject body = entry.body();
        if ("PUT".equals(entry.method()) && INDUCTION_TUTOR.matcher(entry.path()).matches()) {
            JsonObject tutor = new JsonObject();
            tutor.add("full_name", field(body, "full_name"));
            tutor.add("email", field(body, "email"));
            changed.add("induction_tutor", tutor);
            return changed;
        }
        Matcher programme = PROGRAMME.matcher(entry.path());
        if ("PUT".equals(entry.method()) && programme.matches()) {
            cohort(changed, Integer.parseInt(programme.group(1))).add("programme_choice", field(body, "choice"));
        }
        return changed;
    }

    /** True for the changes {@link #onTarget} shows on the record (even when the record already says the same). */
    static boolean knows(OutboxEntry entry) {
        return "PUT".equals(entry.method())
                && (INDUCTION_TUTOR.matcher(entry.path()).matches() || PROGRAMME.matcher(entry.path()).matches());
    }

    /** A resource the change creates, shown until the real one arrives (a note, with a provisional id). */
    static Optional<ResourceDto> provisional(OutboxEntry entry, String author) {
        if (!"POST".equals(entry.method()) || !"/notes".equals(entry.path())) {
            return Optional.empty();
        }
        JsonObject note = new JsonObject();
        note.add("target", field(entry.body(), "target"));
        note.add("body", field(entry.body(), "body"));
        note.addProperty("author", author);
        note.addProperty("created_at", entry.createdAt().toString());
        return Optional.of(new ResourceDto(provisionalId(entry), "note", 0L, note));
    }

    static String provisionalId(OutboxEntry entry) {
        return PROVISIONAL_PREFIX + entry.id();
    }

    static String provisionalType(OutboxEntry entry) {
        return "POST".equals(entry.method()) && "/notes".equals(entry.path()) ? "note" : null;
    }

    private static JsonObject cohort(JsonObject school, int year) {
        JsonElement cohorts = school.get("cohorts");
        if (cohorts == null || !cohorts.isJsonArray()) {
            cohorts = new JsonArray();
            school.add("cohorts", cohorts);
        }
        for (JsonElement element : cohorts.getAsJsonArray()) {
            if (element.isJsonObject() && element.getAsJsonObject().has("year")
                    && element.getAsJsonObject().get("year").getAsInt() == year) {
                return element.getAsJsonObject();
            }
        }
        JsonObject added = new JsonObject();
        added.addProperty("year", year);
        added.add("programme_choice", JsonNull.INSTANCE);
        added.add("submitted_at", JsonNull.INSTANCE);
        added.add("appropriate_body_id", JsonNull.INSTANCE);
        added.add("appropriate_body_name", JsonNull.INSTANCE);
        added.add("partnership", JsonNull.INSTANCE);
        cohorts.getAsJsonArray().add(added);
        return added;
    }

    private static JsonElement field(JsonObject body, String name) {
        JsonElement value = body.get(name);
        return value == null ? JsonNull.INSTANCE : value.deepCopy();
    }
}
