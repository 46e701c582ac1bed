package uk.gov.ects.desk.client.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;
import uk.gov.ects.desk.client.api.dto.ResourceEnvelopeDto;
import uk.gov.ects.desk.client.api.dto.ResourceListDto;

/** ECTs and mentors: search, one participant (attributes as ParticipantDto) and its audit history. */
public interface ParticipantsApi {
    @GET("participants")
    Call<ResourceListDto> search(@Query("q") String text, @Query("school") String schoolUrn,
            @Query("type") String type, @Query("status") String status,
            @Query("limit") Integer limit, @Query("cursor") String cursor);

    @GET("participants/{id}")
    Call<ResourceEnvelopeDto> participant(@Path("id") String id);

    @GET("participants/{id}/history")
    Call<ResourceListDto> history(@Path("id") String id, @Query("limit") Integer limit, @Query("cursor") String cursor);
}
