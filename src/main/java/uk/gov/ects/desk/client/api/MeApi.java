package uk.gov.ects.desk.client.api;

import retrofit2.Call;
import retrofit2.http.GET;
import uk.gov.ects.desk.client.api.dto.ResourceEnvelopeDto;

/** GET /me: the signed-in agent; attributes read as {@link uk.gov.ects.desk.client.api.dto.MeDto}. */
public interface MeApi {
    @GET("me")
    Call<ResourceEnvelopeDto> me();
}
