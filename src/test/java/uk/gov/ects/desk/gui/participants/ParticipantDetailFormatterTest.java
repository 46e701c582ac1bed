package uk.gov.ects.desk.gui.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.api.dto.EligibilityDto;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.fakes.TestData;

class ParticipantDetailFormatterTest {

    private final ParticipantDetailFormatter formatter = new ParticipantDetailFormatter();

    @Test
    @DisplayName("ECT detail: person, training, validation, mentor; no date of birth (X-PII)")
    void ect() { // rule: X-PII
        DetailSheet sheet = formatter.format(TestData.janeSmith());

        assertEquals("Jane Smith", sheet.title());
        assertEquals("ECT (early career teacher)", sheet.value("Type"));
        assertEquals("1234567", sheet.value("TRN"));
        assertEquals("jane@oak.sch.uk, jane.smith@elm.sch.uk", sheet.value("Emails"));
        assertEquals("Oak Primary (URN 100001)", sheet.value("School"));
        assertEquals("2026", sheet.value("Cohort"));
        assertEquals("Active", sheet.value("Status"));
        assertEquals("1 Sep 2026", sheet.value("Induction start"));
        assertEquals("1 Jul 2026", sheet.value("QTS"));
        assertEquals("Matches the teacher record (checked 2 Sep 2026, 11:00)", sheet.value("Validation"));
        assertEquals("Max Mentor", sheet.value("Mentor"));
        assertEquals("Yes", sheet.value("Date of birth on file"));
        assertFalse(sheet.toString().contains("1995"), "no date of birth anywhere");
    }

    @Test
    @DisplayName("Eligibility in plain words, with '(set by support)' when set by hand (OVR-ELIGIBILITY)")
    void eligibilityWords() { // rule: OVR-ELIGIBILITY, ECT-10
        assertEquals("Needs a manual check: no QTS yet (set by support)",
                formatter.format(TestData.janeSmith()).value("Eligibility"));
        assertEquals("Eligible for funding", EligibilityWords.of(new EligibilityDto("eligible", "none", false)));
        assertEquals("Not eligible for funding: took part in an earlier training programme",
                EligibilityWords.of(new EligibilityDto("ineligible", "previous_participation", false)));
        assertEquals("Needs a manual check: the teacher record has an active alert",
                EligibilityWords.of(new EligibilityDto("manual_check", "active_flags", null)));
        assertEquals("Not eligible for funding: exempt from induction",
                EligibilityWords.of(new EligibilityDto("ineligible", "exempt_from_induction", false)));
        assertEquals("Not assessed yet", EligibilityWords.of(null));
    }

    @Test
    @DisplayName("Induction records are listed oldest first with programme, providers, statuses and dates")
    void inductionRecordsInTimeOrder() {
        DetailSheet.Table records = formatter.format(TestData.janeSmith()).table(ParticipantDetailFormatter.INDUCTION_RECORDS);

        assertEquals("Elm Academy (URN 100002)", records.rows().get(0).get(0));
        assertEquals("1 Sep 2025 – 31 Aug 2026", records.rows().get(0).get(7));
        assertEquals("Left / Active", records.rows().get(0).get(6));
        assertEquals(List.of("Oak Primary (URN 100001)", "2026", "Provider-led training (FIP)",
                "Ambition Institute / North Teaching Partnership", "Alpha Teaching School Hub", "Max Mentor",
                "Active / Active", "1 Sep 2026 – now"), records.rows().get(1));
    }

    @Test
    @DisplayName("A mentor shows mentees and mentor pools instead of a mentor (LINK-2, LINK-4)")
    void mentor() { // rule: LINK-2, LINK-4
        DetailSheet sheet = formatter.format(TestData.maxMentor());

        assertEquals("Mentor", sheet.value("Type"));
        assertEquals(List.of(List.of("Jane Smith", "100001")), sheet.table(ParticipantDetailFormatter.MENTEES).rows());
        assertEquals(List.of(List.of("Oak Primary", "100001")), sheet.table(ParticipantDetailFormatter.MENTOR_POOLS).rows());
        assertEquals("Eligible for funding", sheet.value("Eligibility"));
    }
}
