package uk.gov.ects.desk.service.testing;

import com.google.gson.JsonObject;
import java.time.LocalDate;

/** Request bodies several areas' tests send. */
public final class Bodies {

    private Bodies() {
    }

    /** An add-ECT or add-mentor body for the 2026 cohort. */
    public static JsonObject person(String trn, LocalDate dob, String fullName, String email) {
        JsonObject body = new JsonObject();
        body.addProperty("trn", trn);
        body.addProperty("date_of_birth", dob.toString());
        body.addProperty("full_name", fullName);
        body.addProperty("email", email);
        body.addProperty("cohort", 2026);
        return body;
    }
}
