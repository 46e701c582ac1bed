package uk.gov.ects.desk.client.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;
import uk.gov.ects.desk.client.api.dto.ResourceEnvelopeDto;
import uk.gov.ects.desk.client.api.dto.ResourceListDto;

/** Support tickets (reads). */
public interface TicketsApi {
    @GET("tickets")
    Call<ResourceListDto> tickets(@Query("status") String status, @Query("assignee") String assignee,
            @Query("category") String category, @Query("limit") Integer limit, @Query("cursor") String cursor);

    @GET("tickets/{id}")
    Call<ResourceEnvelopeDto> ticket(@Path("id") String id);
}
