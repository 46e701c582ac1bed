package uk.gov.ects.desk.client.activity;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import retrofit2.Call;
import uk.gov.ects.desk.client.api.ApiCalls;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.api.dto.ResourceDto;
import uk.gov.ects.desk.client.api.dto.ResourceListDto;
import uk.gov.ects.desk.client.cache.CacheQueries;

/**
 * What happened to a school, participant or partnership: its history from the Support API (audit
 * events are not in the change feed, so this needs a connection), and the emails and notes the
 * change feed brought into the cache (these work offline). Blocking: call from a background task.
 */
public final class ActivityReader {

    /** A page of 100 keeps each answer small; 10 pages is more history than anyone reads on screen. */
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 10;

    private final SupportApiClient api;
    private final CacheQueries cache;

    public ActivityReader(SupportApiClient api, CacheQueries cache) {
        this.api = api;
        this.cache = cache;
    }

    /**
     * The audit events of the record, newest first. {@code targetType} is {@code school},
     * {@code participant} or {@code partnership}. Throws {@link ApiException.Offline} without a connection.
     */
    public List<AuditEvent> history(String targetType, String id) throws ApiException {
        List<AuditEvent> events = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ResourceListDto answer = ApiCalls.execute(historyCall(targetType, id, cursor));
            if (answer.data() != null) {
                answer.data().forEach(resource -> events.add(auditEvent(resource)));
            }
            cursor = answer.meta() == null ? null : answer.meta().nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return events;
    }

    /**
     * Emails about the record, newest first, from the cache. A partnership has no emails of its own:
     * it gets its school's emails about partnerships.
     */
    public List<SentEmail> emails(String targetType, String id) {
        List<ResourceDto> found = switch (targetType) {
            case "school" -> cache.emailsForSchool(id);
            case "participant" -> cache.emailsForParticipant(id);
            case "partnership" -> cache.partnership(id)
                    .map(partnership -> cache.emailsForSchool(partnership.schoolUrn()).stream()
                            .filter(email -> text(email.attributes(), "template").startsWith("partnership_"))
                            .toList())
                    .orElse(List.of());
            default -> throw new IllegalArgumentException("No emails for a " + targetType);
        };
        return found.stream().map(ActivityReader::sentEmail)
                .sorted(Comparator.comparing(SentEmail::sentAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Notes on {@code target} (e.g. {@code school:100001}), newest first, from the cache. */
    public List<RecordNote> notes(String target) {
        return cache.notes(target).stream().map(ActivityReader::note)
                .sorted(Comparator.comparing(RecordNote::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private Call<ResourceListDto> historyCall(String targetType, String id, String cursor) {
        return switch (targetType) {
            case "school" -> api.schools().history(id, PAGE_SIZE, cursor);
            case "participant" -> api.participants().history(id, PAGE_SIZE, cursor);
            case "partnership" -> api.partnerships().history(id, PAGE_SIZE, cursor);
            default -> throw new IllegalArgumentException("No history for a " + targetType);
        };
    }

    static AuditEvent auditEvent(ResourceDto resource) {
        JsonObject a = resource.attributes();
        List<AuditEvent.FieldChange> changes = new ArrayList<>();
        JsonElement listed = a.get("changes");
        if (listed != null && listed.isJsonArray()) {
            for (JsonElement element : (JsonArray) listed) {
                if (element.isJsonObject()) {
                    JsonObject change = element.getAsJsonObject();
                    changes.add(new AuditEvent.FieldChange(text(change, "field"), value(change.get("before")),
                            value(change.get("after"))));
                }
            }
        }
        return new AuditEvent(resource.id(), instant(a, "occurred_at"), nullable(a, "actor_name"),
                nullable(a, "actor_kind"), nullable(a, "operation"), nullable(a, "target_type"),
                nullable(a, "target_id"), changes, nullable(a, "reason"), nullable(a, "ticket_id"));
    }

    static SentEmail sentEmail(ResourceDto resource) {
        JsonObject a = resource.attributes();
        return new SentEmail(resource.id(), nullable(a, "to"), text(a, "template"), nullable(a, "subject"),
                nullable(a, "school_urn"), nullable(a, "participant_id"), instant(a, "sent_at"));
    }

    static RecordNote note(ResourceDto resource) {
        JsonObject a = resource.attributes();
        return new RecordNote(resource.id(), nullable(a, "target"), text(a, "body"), nullable(a, "author"),
                instant(a, "created_at"));
    }

    /** A change's value as text: strings as they are, numbers and flags as written, lists and objects as JSON. */
    private static String value(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        return element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }

    private static String nullable(JsonObject object, String name) {
        return value(object.get(name));
    }

    private static String text(JsonObject object, String name) {
        String value = nullable(object, name);
        return value == null ? "" : value;
    }

    private static Instant instant(JsonObject object, String name) {
        String value = nullable(object, name);
        return value == null ? null : Instant.parse(value);
    }
}
