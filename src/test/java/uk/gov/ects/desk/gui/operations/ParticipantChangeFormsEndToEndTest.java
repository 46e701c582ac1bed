package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.dto.InductionRecordDto;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.service.testing.Fixture;

/**
 * Participant changes family end to end (what the school does for a teacher, done by support):
 * leaving, mentor pairing, name and email, the ECT's appropriate body; and the overrides the same
 * forms become once the teacher has left.
 */
class ParticipantChangeFormsEndToEndTest extends FormsEndToEndBase {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);
    private static final LocalDate LEFT_ON = LocalDate.of(2026, 9, 20);

    @Override
    protected void records(Fixture fixture) {
        fixture.cohort(2025).cohort(2026)
                .leadProvider("lp-a", "Ambition Institute").deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2026, "lp-a", "dp-n")
                .appropriateBody("ab-hub", "North Teaching School Hub", "teaching_school_hub", null)
                .appropriateBody("ab-la", "Camden Local Authority", "local_authority", null)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk")
                .schoolCohort("100001", 2026, "full_induction_programme", "ab-hub")
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .participant("m-1", "mentor", "Mo Mentor", "2222222", LocalDate.of(1980, 1, 2), "100001", 2026,
                        "mo@oak.sch.uk")
                .inductionRecord("ir-m1", "m-1", "100001", 2026, "lp-a", "dp-n", null, null, SEPTEMBER, null)
                .mentorPool("m-1", "100001");
        ect(fixture, "e-leave", "Lou Leaver", "1000001", null);
        ect(fixture, "e-pair", "Pia Paired", "1000002", null);
        ect(fixture, "e-details", "Dee Details", "1000003", null);
        ect(fixture, "e-ab", "Abe Body", "1000004", null);
        // left last month: the same forms become support overrides (OVR-MENTOR, OVR-DETAILS)
        ect(fixture, "e-left-pair", "Lee Gone", "1000005", LEFT_ON);
        ect(fixture, "e-left-details", "Liv Gone", "1000006", LEFT_ON);
    }

    private static void ect(Fixture fixture, String id, String name, String trn, LocalDate endedOn) {
        String email = id + "@oak.sch.uk";
        fixture.participant(id, "ect", name, trn, LocalDate.of(1995, 4, 21), "100001", 2026, email)
                .inductionRecord("ir-" + id, id, "100001", 2026, "lp-a", "dp-n", "ab-hub", null, SEPTEMBER, endedOn);
    }

    static Stream<FormCase> changeForms() {
        return Stream.of(
                // op: OECT-1
                new FormCase("OECT-1", FormAction.REPORT_LEAVING, "e-leave", form -> {
                    form.field("leaving_date").textProperty().set("31/10/2026");
                }, "OECT-1 participant:e-leave", cache -> {
                    InductionRecordDto record = current(cache, "e-leave");
                    assertEquals(LocalDate.of(2026, 10, 31), record.endDate(), "the leaving date is on the record");
                    assertEquals("leaving", cache.participant("e-leave").orElseThrow().status());
                }),
                // op: LINK-1
                new FormCase("LINK-1", FormAction.ASSIGN_MENTOR, "e-pair", form -> {
                    form.field("mentor_id").select("m-1");
                }, "LINK-1 participant:e-pair", cache -> {
                    assertEquals("m-1", cache.participant("e-pair").orElseThrow().mentor().id());
                    assertTrue(cache.participant("m-1").orElseThrow().mentees().stream()
                            .anyMatch(mentee -> mentee.fullName().equals("Pia Paired")), "the mentor lists Pia");
                }),
                // op: OVR-MENTOR
                new FormCase("OVR-MENTOR", FormAction.ASSIGN_MENTOR, "e-left-pair", form -> {
                    form.field("mentor_id").select("m-1");
                    form.reason().textProperty().set("Ticket 31: the school paired Lee before they left; record it");
                }, "OVR-MENTOR participant:e-left-pair", cache -> {
                    assertEquals("m-1", cache.participant("e-left-pair").orElseThrow().mentor().id());
                }),
                // op: CECT-3
                new FormCase("CECT-3", FormAction.CHANGE_DETAILS, "e-details", form -> {
                    form.field("full_name").textProperty().set("Dee Married");
                    form.field("name_change_reason").select("married_or_changed_name");
                    form.field("email").textProperty().set("dee.married@oak.sch.uk");
                }, "CECT-3 participant:e-details", cache -> {
                    ParticipantDto dee = cache.participant("e-details").orElseThrow();
                    assertEquals("Dee Married", dee.fullName());
                    assertEquals("dee.married@oak.sch.uk", dee.email());
                    assertTrue(dee.emails().contains("e-details@oak.sch.uk"), "the old email stays: " + dee.emails());
                }),
                // op: OVR-DETAILS
                new FormCase("OVR-DETAILS", FormAction.CHANGE_DETAILS, "e-left-details", form -> {
                    form.field("email").textProperty().set("liv.gone@elsewhere.org.uk");
                    form.reason().textProperty().set("Liv asked for her certificate to go to her new address");
                }, "OVR-DETAILS participant:e-left-details", cache -> {
                    assertEquals("liv.gone@elsewhere.org.uk", cache.participant("e-left-details").orElseThrow().email());
                }),
                // op: CECT-5
                new FormCase("CECT-5", FormAction.ECT_APPROPRIATE_BODY, "e-ab", form -> {
                    form.field("appropriate_body_id").select("ab-la");
                }, "CECT-5 participant:e-ab", cache -> {
                    assertEquals("ab-la", current(cache, "e-ab").appropriateBodyId());
                    assertEquals("ab-hub", FormContext.cohort(cache.school("100001").orElseThrow(), 2026).orElseThrow()
                            .appropriateBodyId(), "the school's default stays");
                }));
    }

    private static InductionRecordDto current(LocalCache cache, String id) {
        return FormContext.currentRecord(cache.participant(id).orElseThrow()).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changeForms")
    @DisplayName("Participant change forms reach the service through the outbox; after a sync the cache shows the change")
    void formReachesServiceAndCacheShowsIt(FormCase formCase) throws ApiException {
        runCase(formCase);
    }
}
