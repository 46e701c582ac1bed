package uk.gov.ects.desk.client.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;
import uk.gov.ects.desk.client.api.dto.ResourceListDto;

/** Emails the service sent (X-NOTIFY). */
public interface EmailsApi {
    @GET("emails")
    Call<ResourceListDto> emails(@Query("to") String to, @Query("school") String schoolUrn,
            @Query("participant") String participantId, @Query("limit") Integer limit, @Query("cursor") String cursor);
}
