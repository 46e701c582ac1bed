package uk.gov.ects.desk.client.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;
import uk.gov.ects.desk.client.api.dto.ResourceEnvelopeDto;
import uk.gov.ects.desk.client.api.dto.ResourceListDto;

/** Schools: search, one school (attributes as SchoolDto) and its audit history. Null queries are left out. */
public interface SchoolsApi {
    @GET("schools")
    Call<ResourceListDto> search(@Query("q") String text, @Query("la") String localAuthority,
            @Query("type") Integer establishmentType, @Query("cohort") Integer cohort,
            @Query("programme") String programme, @Query("limit") Integer limit, @Query("cursor") String cursor);

    @GET("schools/{urn}")
    Call<ResourceEnvelopeDto> school(@Path("urn") String urn);

    @GET("schools/{urn}/history")
    Call<ResourceListDto> history(@Path("urn") String urn, @Query("limit") Integer limit, @Query("cursor") String cursor);
}
