package uk.gov.ects.desk.client.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;
import uk.gov.ects.desk.client.api.dto.ResourceListDto;

/** Reference data; appropriate bodies come already filtered by AB-2..AB-5 when a school is given. */
public interface ReferenceApi {
    @GET("reference/cohorts")
    Call<ResourceListDto> cohorts();

    @GET("reference/lead-providers")
    Call<ResourceListDto> leadProviders();

    @GET("reference/delivery-partners")
    Call<ResourceListDto> deliveryPartners();

    @GET("reference/provider-pairings")
    Call<ResourceListDto> providerPairings(@Query("cohort") Integer cohort);

    @GET("reference/appropriate-bodies")
    Call<ResourceListDto> appropriateBodies(@Query("cohort") Integer cohort, @Query("school") String schoolUrn);
}
