package uk.gov.ects.desk.gui.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.api.dto.PersonDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.fakes.TestData;

class SchoolDetailFormatterTest {

    private final SchoolDetailFormatter formatter = new SchoolDetailFormatter(TestData.CLOCK);

    @Test
    @DisplayName("School detail: GIAS facts, the redacted email exactly as sent (ACC-3), SIT and mentor pool")
    void schoolFacts() { // rule: ACC-3, ACC-2
        DetailSheet sheet = formatter.format(TestData.oakPrimary());

        assertEquals("Oak Primary", sheet.title());
        assertEquals("100001", sheet.value("URN"));
        assertEquals("1 Oak Street, London", sheet.value("Address"));
        assertEquals("City of London (201)", sheet.value("Local authority"));
        assertEquals("Eligible for FIP", sheet.value("Eligibility"));
        assertEquals("o****e@oak.sch.uk", sheet.value("GIAS email"));
        assertEquals("Pat Tutor", sheet.value("Induction tutor"));
        assertEquals("pat@oak.sch.uk", sheet.value("Tutor email"));
        assertEquals("3 mentors", sheet.value("Mentor pool"));
        assertEquals("Not yet: the tutor has never signed in", sheet.value(SchoolDetailFormatter.PRIVACY_POLICY));
    }

    @Test
    @DisplayName("A tutor who signed in shows when they accepted the privacy policy (LOG-3)")
    void privacyPolicyAccepted() { // rule: LOG-3
        SchoolDto oak = TestData.oakPrimary();
        SchoolDto signedIn = new SchoolDto(oak.urn(), oak.name(), oak.ukprn(), oak.localAuthorityCode(),
                oak.localAuthorityName(), oak.establishmentTypeCode(), oak.establishmentTypeName(), oak.statusCode(),
                oak.statusName(), oak.phase(), oak.addressLine1(), oak.addressLine2(), oak.addressLine3(), oak.postcode(),
                oak.administrativeDistrictCode(), oak.section41Approved(), oak.giasEmail(), oak.eligible(), oak.cipOnly(),
                oak.receivesEmails(), new PersonDto("Pat Tutor", "pat@oak.sch.uk", Instant.parse("2026-10-01T09:05:00Z")),
                oak.cohorts(), oak.mentorPoolSize());

        assertEquals("1 Oct 2026, 10:05", formatter.format(signedIn).value(SchoolDetailFormatter.PRIVACY_POLICY));
    }

    @Test
    @DisplayName("A CIP-only school says it cannot choose FIP (PROG-9)")
    void cipOnly() { // rule: PROG-9
        DetailSheet sheet = formatter.format(TestData.school("100002", "Elm", false, true, List.of()));

        assertEquals("CIP only (cannot choose the full induction programme)", sheet.value("Eligibility"));
        assertEquals("This school has not set up any cohorts yet.", sheet.table(SchoolDetailFormatter.COHORTS).emptyText());
    }

    @Test
    @DisplayName("Cohorts show the programme in plain words, the AB and the partnership with its deadline (PART-2, PART-3)")
    void cohorts() { // rule: PART-2, PART-3
        DetailSheet.Table cohorts = formatter.format(TestData.oakPrimary()).table(SchoolDetailFormatter.COHORTS);

        assertEquals(List.of("2026", "Provider-led training (FIP)", "1 May 2026, 11:00",
                "Alpha Teaching School Hub", "Ambition Institute / North Teaching Partnership", "Active",
                "1 Dec 2026 (closes in 61 days)"), cohorts.rows().get(0));
        assertEquals(List.of("2025", "DfE materials (CIP)", "1 May 2025, 11:00",
                "Not appointed yet", "No partnership", "", ""), cohorts.rows().get(1));
    }

    @Test
    void programmeNames() {
        assertEquals("Provider-led training (FIP)", ProgrammeNames.of("full_induction_programme"));
        assertEquals("School's own programme (DIY)", ProgrammeNames.of("design_our_own"));
        assertEquals("School-funded provider-led training", ProgrammeNames.of("school_funded_fip"));
        assertEquals("No early career teachers this year", ProgrammeNames.of("no_early_career_teachers"));
        assertEquals("Not chosen yet", ProgrammeNames.of(null));
    }
}
