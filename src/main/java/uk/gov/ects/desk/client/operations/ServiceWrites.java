package uk.gov.ects.desk.client.operations;

import com.google.gson.JsonObject;
import java.util.UUID;
import retrofit2.Call;
import uk.gov.ects.desk.client.api.ApiCalls;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.SupportApiClient;

/**
 * Sends an {@link OperationRequest} to the service over the app's one HTTP client, with its own
 * {@code Idempotency-Key} and {@code If-Match}. Blocking: call it from a background task.
 */
public final class ServiceWrites {

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
        JsonObject body = request.body();
        Call<JsonObject> call = switch (request.method()) {
            case "POST" -> api.post(url, idempotencyKey, ifMatch, body);
            case "PUT" -> api.put(url, idempotencyKey, ifMatch, body);
            case "PATCH" -> api.patch(url, idempotencyKey, ifMatch, body);
            case "DELETE" -> api.delete(url, idempotencyKey, ifMatch, body);
            default -> throw new IllegalArgumentException("Not a write method: " + request.method());
        };
        return ApiCalls.execute(call);
    }

    public static String freshKey() {
        return UUID.randomUUID().toString();
    }
}
