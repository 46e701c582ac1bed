package uk.gov.ects.desk.client.api;

import java.time.LocalDate;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;
import uk.gov.ects.desk.client.api.dto.ResourceEnvelopeDto;

/** Runs the teacher-record matching; answers the outcome and checks, never the record's name or birth date. */
public interface TeacherRecordsApi {
    @GET("teacher-records/check")
    Call<ResourceEnvelopeDto> check(@Query("trn") String trn, @Query("date_of_birth") LocalDate dateOfBirth,
            @Query("nino") String nino, @Query("name") String name);
}
