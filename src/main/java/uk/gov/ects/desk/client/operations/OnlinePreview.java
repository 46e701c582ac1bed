package uk.gov.ects.desk.client.operations;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.api.dto.ErrorDto;

/**
 * Asks the service what a write would do ({@code ?preview=true} with a fresh Idempotency-Key and the
 * If-Match the real write will carry): the records as they would be and the emails that would go, or
 * the rule it breaks. Offline is an answer too, so the form can say what it checked locally.
 */
public final class OnlinePreview {

    private static final Logger LOG = LoggerFactory.getLogger(OnlinePreview.class);

    private final ServiceWrites writes;
    private final Executor executor;

    /** @param executor where the blocking call runs (a background thread, never the UI's) */
    public OnlinePreview(SupportApiClient client, Executor executor) {
        this(new ServiceWrites(client), executor);
    }

    public OnlinePreview(ServiceWrites writes, Executor executor) {
        this.writes = writes;
        this.executor = executor;
    }

    public CompletionStage<Preview> preview(OperationRequest request) {
        return CompletableFuture.supplyAsync(() -> previewNow(request), executor);
    }

    /** The same, on the calling (background) thread. */
    public Preview previewNow(OperationRequest request) {
        try {
            return read(writes.send(request, ServiceWrites.freshKey(), true));
        } catch (ApiException.Offline e) {
            return Preview.offline(e.getMessage());
        } catch (ApiException.ClientError e) {
            return Preview.refused(refusal(e));
        } catch (ApiException.Forbidden e) {
            return Preview.refused(new Preview.Refusal(403, "forbidden", request.operation().id(),
                    "Your role cannot do this", e.getMessage(), null));
        } catch (ApiException e) {
            LOG.warn("Preview of {} failed: {}", request.operation().id(), e.getClass().getSimpleName());
            return Preview.failed(e.getMessage());
        }
    }

    static Preview read(JsonObject answer) {
        List<Preview.Resource> resources = new ArrayList<>();
        JsonElement data = answer.get("data");
        if (data != null && data.isJsonArray()) {
            data.getAsJsonArray().forEach(element -> resources.add(resource(element.getAsJsonObject())));
        } else if (data != null && data.isJsonObject()) {
            resources.add(resource(data.getAsJsonObject()));
        }
        List<Preview.Email> emails = new ArrayList<>();
        JsonObject meta = answer.has("meta") && answer.get("meta").isJsonObject() ? answer.getAsJsonObject("meta") : null;
        if (meta != null && meta.has("emails") && meta.get("emails").isJsonArray()) {
            JsonArray list = meta.getAsJsonArray("emails");
            list.forEach(element -> {
                JsonObject email = element.getAsJsonObject();
                emails.add(new Preview.Email(text(email, "to"), text(email, "template"), text(email, "subject")));
            });
        }
        return Preview.wouldApply(resources, emails);
    }

    private static Preview.Resource resource(JsonObject object) {
        JsonElement version = object.get("version");
        return new Preview.Resource(text(object, "type"), text(object, "id"),
                version == null || version.isJsonNull() ? null : version.getAsLong(),
                object.has("attributes") && object.get("attributes").isJsonObject()
                        ? object.getAsJsonObject("attributes") : new JsonObject());
    }

    private static Preview.Refusal refusal(ApiException.ClientError error) {
        if (error.errors().isEmpty()) {
            return new Preview.Refusal(error.status(), null, null, null, error.getMessage(), null);
        }
        ErrorDto first = error.errors().get(0);
        return new Preview.Refusal(error.status(), first.code(), first.rule(), first.title(),
                first.detail() == null ? error.getMessage() : first.detail(),
                first.source() == null ? null : first.source().pointer());
    }

    private static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
