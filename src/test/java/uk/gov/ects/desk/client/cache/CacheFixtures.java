package uk.gov.ects.desk.client.cache;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import uk.gov.ects.desk.client.api.dto.ChangeDto;

/** Change-feed rows shaped like docs/api-resources.md, for cache and sync tests. */
public final class CacheFixtures {

    private CacheFixtures() {
    }

    public static ChangeDto school(long seq, String urn, String name, String postcode, String sitEmail) {
        JsonObject school = new JsonObject();
        school.addProperty("urn", urn);
        school.addProperty("name", name);
        school.addProperty("local_authority_name", "Camden");
        school.addProperty("postcode", postcode);
        school.addProperty("gias_email", "h***@example.org");
        if (sitEmail == null) {
            school.add("induction_tutor", JsonNull.INSTANCE);
        } else {
            JsonObject tutor = new JsonObject();
            tutor.addProperty("full_name", "Tutor of " + name);
            tutor.addProperty("email", sitEmail);
            school.add("induction_tutor", tutor);
        }
        school.add("cohorts", new JsonArray());
        school.addProperty("mentor_pool_size", 0);
        return new ChangeDto(seq, "school", urn, "upsert", seq, school);
    }

    public static ChangeDto participant(long seq, String id, String fullName, String trn, String email, String schoolUrn) {
        JsonObject person = new JsonObject();
        person.addProperty("full_name", fullName);
        person.addProperty("type", "ect");
        person.addProperty("trn", trn);
        person.addProperty("email", email);
        JsonArray emails = new JsonArray();
        emails.add(email);
        person.add("emails", emails);
        person.addProperty("date_of_birth_on_file", true);
        person.addProperty("school_urn", schoolUrn);
        person.addProperty("school_name", "School " + schoolUrn);
        person.addProperty("cohort", 2025);
        person.addProperty("status", "active");
        return new ChangeDto(seq, "participant", id, "upsert", seq, person);
    }

    public static ChangeDto partnership(long seq, String id, String urn, String schoolName, String leadProvider,
            String deliveryPartner) {
        JsonObject p = new JsonObject();
        p.addProperty("school_urn", urn);
        p.addProperty("school_name", schoolName);
        p.addProperty("cohort", 2025);
        p.addProperty("lead_provider_id", "lp1");
        p.addProperty("lead_provider_name", leadProvider);
        p.addProperty("delivery_partner_id", "dp1");
        p.addProperty("delivery_partner_name", deliveryPartner);
        p.addProperty("reported_at", "2025-07-01T09:00:00Z");
        p.addProperty("challenge_deadline", "2025-10-31");
        p.addProperty("status", "active");
        p.add("challenge_reason", JsonNull.INSTANCE);
        p.add("challenged_at", JsonNull.INSTANCE);
        return new ChangeDto(seq, "partnership", id, "upsert", seq, p);
    }

    public static ChangeDto reference(long seq, String type, String id, String name) {
        JsonObject r = new JsonObject();
        r.addProperty("name", name);
        return new ChangeDto(seq, type, id, "upsert", seq, r);
    }

    public static ChangeDto delete(long seq, String type, String id) {
        return new ChangeDto(seq, type, id, "delete", null, null);
    }
}
