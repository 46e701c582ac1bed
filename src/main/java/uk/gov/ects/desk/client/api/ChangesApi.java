package uk.gov.ects.desk.client.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;
import uk.gov.ects.desk.client.api.dto.ChangePageDto;

/** The change feed the cache syncs from; 410 {@code cursor_expired} means start again from 0. */
public interface ChangesApi {
    @GET("changes")
    Call<ChangePageDto> changes(@Query("after") long after, @Query("limit") int limit);

    /** A page of a snapshot being read into an empty cache: never refused as expired (see docs/api-resources.md). */
    @GET("changes?snapshot=true")
    Call<ChangePageDto> snapshot(@Query("after") long after, @Query("limit") int limit);
}
