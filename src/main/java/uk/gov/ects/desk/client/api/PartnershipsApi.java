package uk.gov.ects.desk.client.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;
import uk.gov.ects.desk.client.api.dto.ResourceEnvelopeDto;
import uk.gov.ects.desk.client.api.dto.ResourceListDto;

/** Partnerships: list with filters, one partnership (attributes as PartnershipDto) and its history. */
public interface PartnershipsApi {
    @GET("partnerships")
    Call<ResourceListDto> search(@Query("school") String schoolUrn, @Query("cohort") Integer cohort,
            @Query("lead_provider") String leadProviderId, @Query("status") String status,
            @Query("limit") Integer limit, @Query("cursor") String cursor);

    @GET("partnerships/{id}")
    Call<ResourceEnvelopeDto> partnership(@Path("id") String id);

    @GET("partnerships/{id}/history")
    Call<ResourceListDto> history(@Path("id") String id, @Query("limit") Integer limit, @Query("cursor") String cursor);
}
