package uk.gov.ects.desk.gui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A record's fields as the conflict side by side and the form's preview label them. */
class FieldWordsTest {

    @Test
    @DisplayName("a school's cohorts, tutor and flags read as the detail pane words them, one field per line")
    void schoolInWords() { // rule: PROG-1 (the programme of a cohort)
        JsonObject school = JsonParser.parseString("""
                {"urn": "100001", "cip_only": false, "induction_tutor": {"full_name": "Pat Tutor", "email": "pat@x.sch.uk"},
                 "cohorts": [{"year": 2026, "programme_choice": "full_induction_programme",
                              "submitted_at": "2026-09-01T08:30:00Z", "partnership": null},
                             {"year": 2025, "programme_choice": null, "submitted_at": null, "partnership":
                              {"id": "pa-1", "lead_provider_name": "Teach First", "challenge_deadline": "2026-10-31"}}]}
                """).getAsJsonObject();

        Map<String, FieldWords.Cell> cells = FieldWords.flatten(school);

        assertEquals(new FieldWords.Cell("URN", "100001"), cells.get("urn"));
        assertEquals(new FieldWords.Cell("CIP only", "No"), cells.get("cip_only"));
        assertEquals(new FieldWords.Cell("Induction tutor › Name", "Pat Tutor"), cells.get("induction_tutor.full_name"));
        assertEquals(new FieldWords.Cell("Cohort 2026 › Programme", "Provider-led training (FIP)"),
                cells.get("cohorts[year=2026].programme_choice"));
        assertEquals(new FieldWords.Cell("Cohort 2026 › Submitted", "1 Sep 2026, 09:30"),
                cells.get("cohorts[year=2026].submitted_at"), "UK time");
        assertEquals(new FieldWords.Cell("Cohort 2025 › Programme", "Not chosen yet"),
                cells.get("cohorts[year=2025].programme_choice"));
        assertEquals(new FieldWords.Cell("Cohort 2025 › Partnership › Challenge deadline", "31 Oct 2026"),
                cells.get("cohorts[year=2025].partnership.challenge_deadline"));
        assertEquals(new FieldWords.Cell("Cohort 2026 › Partnership", FieldWords.NONE),
                cells.get("cohorts[year=2026].partnership"));
    }

    @Test
    @DisplayName("a participant's parts are named as an agent knows them, not by the service's ids; codes read as words")
    void participantInWords() { // rule: TECT-2 (an induction record per school)
        JsonObject participant = JsonParser.parseString("""
                {"type": "ect", "status": "active",
                 "induction_records": [{"id": "ir-5f3a9c", "school_name": "Birch Academy", "start_date": "2026-09-01",
                                        "programme": "full_induction_programme", "induction_status": "left"}],
                 "mentor_pools": [{"school_urn": "100002", "school_name": "Elm Academy"}],
                 "mentees": [{"id": "e-1", "full_name": "Jane Smith"}]}
                """).getAsJsonObject();

        Map<String, FieldWords.Cell> cells = FieldWords.flatten(participant);

        assertEquals(new FieldWords.Cell("Type", "ECT"), cells.get("type"));
        assertEquals(new FieldWords.Cell("Status", "Active"), cells.get("status"));
        assertEquals(new FieldWords.Cell("Induction record at Birch Academy from 1 Sep 2026 › Programme",
                "Provider-led training (FIP)"), cells.get("induction_records[id=ir-5f3a9c].programme"));
        assertEquals(new FieldWords.Cell("Induction record at Birch Academy from 1 Sep 2026 › Induction status", "Left"),
                cells.get("induction_records[id=ir-5f3a9c].induction_status"));
        assertEquals(new FieldWords.Cell("Mentor pool at Elm Academy › School", "Elm Academy"),
                cells.get("mentor_pools[school_urn=100002].school_name"));
        assertEquals(new FieldWords.Cell("Mentee Jane Smith › Name", "Jane Smith"), cells.get("mentees[id=e-1].full_name"));
    }
}
