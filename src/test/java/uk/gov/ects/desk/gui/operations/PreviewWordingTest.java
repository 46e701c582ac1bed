package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.operations.Preview;

/** The service's preview in an agent's words: records named, fields before → after, emails, long lists cut short. */
class PreviewWordingTest {

    private static final JsonObject OAK = json("""
            {"urn": "100001", "name": "Oak Primary", "cip_only": false,
             "cohorts": [{"year": 2026, "programme_choice": "design_our_own", "submitted_at": "2026-09-01T08:30:00Z"}]}
            """);
    private static final JsonObject JANE = json("""
            {"full_name": "Jane Smith", "type": "ect", "trn": "7654321", "email": "jane@oak.sch.uk", "school_urn": "100001",
             "school_name": "Oak Primary", "cohort": 2026, "status": "active"}
            """);

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static RecordsNow cached(Map<String, JsonObject> records) {
        return (type, id) -> Optional.ofNullable(records.get(type + ":" + id));
    }

    @Test
    @DisplayName("A programme change names the school and shows the programme before → after; an untouched record is only counted")
    void programmeChange() { // op: OVR-PROG
        JsonObject after = OAK.deepCopy();
        JsonObject cohort = after.getAsJsonArray("cohorts").get(0).getAsJsonObject();
        cohort.addProperty("programme_choice", "full_induction_programme");
        Preview preview = Preview.wouldApply(List.of(new Preview.Resource("school", "100001", 8L, after),
                new Preview.Resource("participant", "e-1", 3L, JANE)), List.of());

        PreviewSummary summary = PreviewWording.describe(preview, List.of(),
                cached(Map.of("school:100001", OAK, "participant:e-1", JANE)));

        assertEquals("""
                The service checked every rule and would make this change (1 record):
                Oak Primary (URN 100001)
                  Cohort 2026 › Programme: School's own programme (DIY) → Provider-led training (FIP)
                1 other record stays as it is. No emails will be sent.""", summary.text());
    }

    @Test
    @DisplayName("A part the change adds (a cohort set up by PROG-1) reads on one line with its fields named")
    void newCohort() { // rule: PROG-1
        JsonObject after = OAK.deepCopy();
        after.getAsJsonArray("cohorts").add(json("""
                {"year": 2025, "programme_choice": "full_induction_programme", "submitted_at": "2026-10-01T09:00:00Z",
                 "appropriate_body_name": null, "partnership": null}
                """));

        PreviewSummary summary = PreviewWording.describe(Preview.wouldApply(
                List.of(new Preview.Resource("school", "100001", 8L, after)), List.of()), List.of(),
                cached(Map.of("school:100001", OAK)));

        assertEquals(List.of(new PreviewSummary.Line("New cohort",
                "2025 — Programme: Provider-led training (FIP); Submitted: 1 Oct 2026, 10:00")),
                summary.sections().get(0).lines());
    }

    @Test
    @DisplayName("A record the write creates shows its main fields; one not cached yet is shown as it would be")
    void newAndUncachedRecords() { // op: ECT-2
        Preview preview = Preview.wouldApply(List.of(new Preview.Resource("participant", "e-9", 1L, JANE),
                new Preview.Resource("school", "100001", 8L, OAK)),
                List.of(new Preview.Email("jane@oak.sch.uk", "ect_registered", "Welcome")));

        PreviewSummary summary = PreviewWording.describe(preview, List.of(), RecordsNow.UNKNOWN);

        assertEquals("""
                The service checked every rule and would make these changes (2 records):
                New record: Jane Smith (ECT)
                  Name: Jane Smith
                  Type: ECT
                  TRN: 7654321
                  Email: jane@oak.sch.uk
                  School: Oak Primary
                  Cohort: 2026
                  and 1 more field
                Oak Primary (URN 100001), as it would be (not in your cache yet)
                  Name: Oak Primary
                  URN: 100001
                  CIP only: No
                  Cohort 2026 › Programme: School's own programme (DIY)
                  Cohort 2026 › Submitted: 1 Sep 2026, 09:30
                The email that would go
                  ECT registered: to jane@oak.sch.uk""", summary.text());
    }

    @Test
    @DisplayName("Long lists are cut short: six fields a record, five records, five emails, then 'and N more'")
    void capped() {
        JsonObject before = new JsonObject();
        JsonObject after = new JsonObject();
        IntStream.rangeClosed(1, 9).forEach(i -> {
            before.addProperty("field_" + i, "old");
            after.addProperty("field_" + i, "new");
        });
        List<Preview.Resource> resources = new ArrayList<>();
        Map<String, JsonObject> cache = new java.util.HashMap<>();
        for (int i = 1; i <= 7; i++) {
            resources.add(new Preview.Resource("partnership", "p-" + i, 2L, after));
            cache.put("partnership:p-" + i, before);
        }
        List<Preview.Email> emails = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> new Preview.Email("lead_provider:lp-" + i, "partnership_challenged", "Challenged")).toList();

        PreviewSummary summary = PreviewWording.describe(Preview.wouldApply(resources, emails), List.of(), cached(cache));

        assertEquals(6, summary.sections().size(), "five records and the emails");
        PreviewSummary.Section first = summary.sections().get(0);
        assertEquals("Partnership p-1", first.heading());
        assertEquals(new PreviewSummary.Line("Field 1", "old → new"), first.lines().get(0));
        assertEquals(6, first.lines().size());
        assertEquals("and 3 more fields", first.more());
        PreviewSummary.Section mail = summary.sections().get(5);
        assertEquals("The 7 emails that would go", mail.heading());
        assertEquals(new PreviewSummary.Line("Partnership challenged", "to Lead provider lp-1"), mail.lines().get(0));
        assertEquals(5, mail.lines().size());
        assertEquals("and 2 more emails", mail.more());
        assertEquals("And 2 more records would change.", summary.footnote());
    }

    @Test
    @DisplayName("Refused and offline answers read as before")
    void refusedAndOffline() { // op: OVR-MENTOR-POOL
        assertEquals("Already in that school's pool (OVR-MENTOR-POOL): The mentor is already in the pool.",
                PreviewWording.describe(Preview.refused(new Preview.Refusal(409, "already_in_pool", "OVR-MENTOR-POOL",
                        "Already in that school's pool", "The mentor is already in the pool.", null)), List.of(),
                        RecordsNow.UNKNOWN).text());
        assertEquals("You're offline, so only the cached records were checked here: the school is in the cache. "
                + "The rest will be checked when you're back online.",
                PreviewWording.describe(Preview.offline("offline"), List.of("the school is in the cache"),
                        RecordsNow.UNKNOWN).text());
    }
}
