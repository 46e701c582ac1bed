package uk.gov.ects.desk.client.operations;

import com.google.gson.JsonObject;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.HTTP;
import retrofit2.http.Header;
import retrofit2.http.Url;

/**
 * Any write of the Support API, by method; the path comes from the {@link OperationRequest}. A null
 * {@code If-Match} is left out (create-only writes). Retrofit needs the method as a constant, hence one
 * call per method. DELETE carries a body because OVR-REMOVE and support deletes take a reason.
 */
interface WritesApi {

    @HTTP(method = "POST", hasBody = true)
    Call<JsonObject> post(@Url String url, @Header("Idempotency-Key") String key, @Header("If-Match") String ifMatch,
            @Body JsonObject body);

    @HTTP(method = "PUT", hasBody = true)
    Call<JsonObject> put(@Url String url, @Header("Idempotency-Key") String key, @Header("If-Match") String ifMatch,
            @Body JsonObject body);

    @HTTP(method = "PATCH", hasBody = true)
    Call<JsonObject> patch(@Url String url, @Header("Idempotency-Key") String key, @Header("If-Match") String ifMatch,
            @Body JsonObject body);

    @HTTP(method = "DELETE", hasBody = true)
    Call<JsonObject> delete(@Url String url, @Header("Idempotency-Key") String key, @Header("If-Match") String ifMatch,
            @Body JsonObject body);
}
