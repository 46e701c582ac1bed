package uk.gov.ects.desk.service.tickets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import uk.gov.ects.desk.service.http.Json;

/**
 * What a ticket is linked to, as kept in {@code tickets.linked}: schools and participants (triage)
 * and the audit events the resolving agent named (resolve). The API shows the first two as
 * {@code linked} and the events under {@code operations}.
 */
public record TicketLinks(List<String> schools, List<String> participants, List<String> operations) {

    public TicketLinks {
        schools = distinct(schools);
        participants = distinct(participants);
        operations = distinct(operations);
    }

    public static TicketLinks none() {
        return new TicketLinks(List.of(), List.of(), List.of());
    }

    public static TicketLinks ofSchool(String schoolUrn) {
        return new TicketLinks(schoolUrn == null ? List.of() : List.of(schoolUrn), List.of(), List.of());
    }

    /** Tolerates what older rows and datasets stored: missing keys are empty lists. */
    public static TicketLinks parse(String stored) {
        JsonElement element = Json.parseStored(stored);
        if (element == null || !element.isJsonObject()) {
            return none();
        }
        JsonObject json = element.getAsJsonObject();
        return new TicketLinks(strings(json, "schools"), strings(json, "participants"), strings(json, "operations"));
    }

    public TicketLinks withSchoolsAndParticipants(List<String> newSchools, List<String> newParticipants) {
        return new TicketLinks(newSchools, newParticipants, operations);
    }

    public TicketLinks plusOperations(List<String> more) {
        List<String> all = new ArrayList<>(operations);
        all.addAll(more);
        return new TicketLinks(schools, participants, all);
    }

    public String toJson() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("schools", schools);
        stored.put("participants", participants);
        stored.put("operations", operations);
        return Json.GSON.toJson(stored);
    }

    /** The API's {@code linked} attribute. */
    public Map<String, Object> linkedAttribute() {
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("schools", schools);
        linked.put("participants", participants);
        return linked;
    }

    /** For audit changes: {@code schools: 100001; participants: p-1}. */
    public String describeLinks() {
        return "schools: " + String.join(", ", schools) + "; participants: " + String.join(", ", participants);
    }

    private static List<String> strings(JsonObject json, String key) {
        List<String> values = new ArrayList<>();
        if (json.has(key) && json.get(key).isJsonArray()) {
            JsonArray array = json.getAsJsonArray(key);
            for (JsonElement value : array) {
                if (value.isJsonPrimitive()) {
                    values.add(value.getAsString());
                }
            }
        }
        return values;
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }
}
