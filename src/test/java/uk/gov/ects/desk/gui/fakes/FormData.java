package uk.gov.ects.desk.gui.fakes;

import com.google.gson.JsonObject;
import java.util.List;

/** Reference data and a second school for the operation form tests (today is 1 Oct 2026). */
public final class FormData {

    private FormData() {
    }

    /** Oak Primary (2026 FIP submitted, active partnership; 2025 CIP), Elm Academy, Jane (ECT) and Max (mentor). */
    public static FakeCache cache() {
        FakeCache cache = TestData.cacheWithOneOfEach()
                .withReference("cohort", "2026", attributes("year", 2026, "registration_opens", "2026-04-01"))
                .withReference("cohort", "2025", attributes("year", 2025, "registration_opens", "2025-04-01"))
                .withReference("cohort", "2027", attributes("year", 2027, "registration_opens", "2027-04-01"))
                .withReference("appropriate_body", "ab-tsh-1", attributes("name", "Alpha Teaching School Hub",
                        "type", "teaching_school_hub"))
                .withReference("appropriate_body", "ab-old", attributes("name", "Old County Council",
                        "type", "local_authority", "disabled_from_year", 2024))
                .withReference("appropriate_body", "istip", attributes("name",
                        "Independent Schools Teacher Induction Panel (ISTIP)", "type", "national"))
                .withReference("lead_provider", "lp-ambition", attributes("name", "Ambition Institute"))
                .withReference("lead_provider", "lp-ucl", attributes("name", "UCL Early Career"))
                .withReference("delivery_partner", "dp-north", attributes("name", "North Teaching Partnership"))
                .withReference("delivery_partner", "dp-south", attributes("name", "South Learning Trust"))
                .withReference("provider_pairing", "2026:lp-ambition:dp-north",
                        attributes("cohort", 2026, "lead_provider_id", "lp-ambition", "delivery_partner_id", "dp-north"))
                .withReference("provider_pairing", "2026:lp-ucl:dp-south",
                        attributes("cohort", 2026, "lead_provider_id", "lp-ucl", "delivery_partner_id", "dp-south"))
                .withReference("provider_pairing", "2025:lp-ucl:dp-north",
                        attributes("cohort", 2025, "lead_provider_id", "lp-ucl", "delivery_partner_id", "dp-north"));
        cache.withParticipant("pp-3", ect("Ann Lee", 2025, "active"))
                .withParticipant("pp-4", ect("Bob Kay", 2025, "active"))
                .withParticipant("pp-5", ect("Cat Roe", 2025, "active"));
        cache.versions.put("school:100001", 7L);
        cache.versions.put("participant:pp-1", 4L);
        cache.versions.put("participant:pp-2", 9L);
        return cache;
    }

    private static uk.gov.ects.desk.client.api.dto.ParticipantDto ect(String name, int cohort, String status) {
        var jane = TestData.janeSmith();
        return new uk.gov.ects.desk.client.api.dto.ParticipantDto(name, "ect", null, null, List.of(), true, "100001",
                "Oak Primary", cohort, status, null, null, jane.validation(), jane.eligibility(), List.of(), null,
                List.of(), List.of(), List.of());
    }

    public static JsonObject attributes(Object... pairs) {
        JsonObject json = new JsonObject();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof Number number) {
                json.addProperty((String) pairs[i], number);
            } else {
                json.addProperty((String) pairs[i], (String) value);
            }
        }
        return json;
    }
}
