package uk.gov.ects.desk.client.api;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.HTTP;
import retrofit2.http.Header;
import retrofit2.http.Url;

/**
 * Any write of api.md ("School operations", "Support operations"), as the outbox sends it: the
 * path is relative to the API base (no leading slash), {@code If-Match} is left out when null.
 * The raw response is returned, because the outbox needs the status, the
 * {@code Idempotent-Replayed} header and the body of errors alike.
 */
public interface WritesApi {

    @HTTP(method = "POST", hasBody = true)
    Call<ResponseBody> post(@Url String path, @Header("Idempotency-Key") String key,
            @Header("If-Match") String ifMatch, @Body RequestBody body);

    @HTTP(method = "PUT", hasBody = true)
    Call<ResponseBody> put(@Url String path, @Header("Idempotency-Key") String key,
            @Header("If-Match") String ifMatch, @Body RequestBody body);

    @HTTP(method = "PATCH", hasBody = true)
    Call<ResponseBody> patch(@Url String path, @Header("Idempotency-Key") String key,
            @Header("If-Match") String ifMatch, @Body RequestBody body);

    @HTTP(method = "DELETE", hasBody = true)
    Call<ResponseBody> delete(@Url String path, @Header("Idempotency-Key") String key,
            @Header("If-Match") String ifMatch, @Body RequestBody body);

    /** Picks the call for {@code method} (POST, PUT, PATCH or DELETE). */
    default Call<ResponseBody> send(String method, String path, String key, String ifMatch, RequestBody body) {
        return switch (method) {
            case "POST" -> post(path, key, ifMatch, body);
            case "PUT" -> put(path, key, ifMatch, body);
            case "PATCH" -> patch(path, key, ifMatch, body);
            case "DELETE" -> delete(path, key, ifMatch, body);
            default -> throw new IllegalArgumentException("Not a write method: " + method);
        };
    }
}
