package uk.gov.ects.desk.client.api;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;
import uk.gov.ects.desk.client.api.dto.ResourceListDto;

/** Notes on a school, participant or partnership; {@code target} is e.g. {@code school:123456}. */
public interface NotesApi {
    @GET("notes")
    Call<ResourceListDto> notes(@Query("target") String target);
}
