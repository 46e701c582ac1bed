package uk.gov.ects.desk.client.operations;

import com.google.gson.JsonObject;
import java.util.UUID;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import uk.gov.ects.desk.client.api.ApiCalls;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.api.WritesApi;

/**
 * Sends an {@link OperationRequest} to the service over the app's one HTTP client (the outbox's
 * generic {@link WritesApi}), with its own {@code Idempotency-Key} and {@code If-Match}, and classifies
 * the outcome with {@link ApiCalls}. Blocking: call it from a background task.
 */
public final class ServiceWrites {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final WritesApi api;

    public ServiceWrites(SupportApiClient client) {
        this.api = client.create(WritesApi.class);
    }

    /**
     * @param preview only ask what would happen ({@code ?preview=true}); nothing is written
     * @return the service's answer: {@code data} and {@code meta}
     */
    public JsonObject send(OperationRequest request, String idempotencyKey, boolean preview) throws ApiException {
        // Relative to the base URL: a leading slash would resolve against the host and lose /api/support/v1.
        String url = request.path().substring(1) + (preview ? "?preview=true" : "");
        String ifMatch = request.basedOnVersion() == null ? null : "\"" + request.basedOnVersion() + "\"";
        RequestBody body = RequestBody.create(request.body().toString(), JSON);
        try (ResponseBody answer = ApiCalls.execute(api.send(request.method(), url, idempotencyKey, ifMatch, body))) {
            JsonElement parsed = JsonParser.parseString(answer.string());
            if (!parsed.isJsonObject()) {
                throw new ApiException.Unexpected("a write answered with no JSON object", null);
            }
            return parsed.getAsJsonObject();
        } catch (IOException | JsonParseException e) {
            throw new ApiException.Unexpected("unreadable write answer: " + e.getClass().getSimpleName(), e);
        }
    }

    public static String freshKey() {
        return UUID.randomUUID().toString();
    }
}
