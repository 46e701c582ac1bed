package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.service.testing.Fixture;

/** Participant registration family end to end: add an ECT, add a mentor, transfer a teacher in. */
class ParticipantRegistrationFormsEndToEndTest extends FormsEndToEndBase {

    @Override
    protected void records(Fixture fixture) {
        fixture.cohort(2025).cohort(2026)
                .leadProvider("lp-a", "Ambition Institute").deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2026, "lp-a", "dp-n")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk")
                .schoolCohort("100001", 2026, "full_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .school("100002", "Birch Academy", 1, "202", "M1 2AB", "office@birch.sch.uk")
                .inductionTutor("100002", "Lee Tutor", "lee@birch.sch.uk")
                .schoolCohort("100002", 2026, "full_induction_programme", null)
                // moving from Birch to Oak (TECT-2)
                .participant("e-move", "ect", "Ola Mover", "3333333", LocalDate.of(1996, 3, 3), "100002", 2026,
                        "ola@birch.sch.uk")
                .inductionRecord("ir-move", "e-move", "100002", 2026, "lp-a", "dp-n", null, null,
                        LocalDate.of(2026, 9, 1), null)
                // the TRA records the new registrations match (ECT-2, MEN-2)
                .teacherRecord("4444444", "Amy New", LocalDate.of(1997, 5, 6), "AB111111C")
                .teacherRecord("5555555", "Ben Guide", LocalDate.of(1980, 7, 8), "AB222222C");
    }

    static Stream<FormCase> registrationForms() {
        return Stream.of(
                // op: ECT-2
                new FormCase("ECT-2", FormAction.ADD_ECT, "100001", form -> {
                    form.field("trn").textProperty().set("4444444");
                    form.field("date_of_birth").textProperty().set("06/05/1997");
                    form.field("full_name").textProperty().set("Amy New");
                    form.field("email").textProperty().set("amy.new@oak.sch.uk");
                    form.field("cohort").select("2026");
                }, "ECT-2 participant:", cache -> {
                    ParticipantRow amy = atSchool(cache, "100001", "Amy New");
                    assertEquals("ect", amy.type());
                    assertEquals(2026, amy.cohort());
                    assertEquals("4444444", amy.trn());
                }),
                // op: MEN-2
                new FormCase("MEN-2", FormAction.ADD_MENTOR, "100001", form -> {
                    form.field("trn").textProperty().set("5555555");
                    form.field("date_of_birth").textProperty().set("08/07/1980");
                    form.field("full_name").textProperty().set("Ben Guide");
                    form.field("email").textProperty().set("ben.guide@oak.sch.uk");
                    form.field("cohort").select("2026");
                }, "MEN-2 participant:", cache -> {
                    ParticipantRow ben = atSchool(cache, "100001", "Ben Guide");
                    assertEquals("mentor", ben.type());
                    assertEquals(2026, ben.cohort());
                }),
                // op: TECT-2
                new FormCase("TECT-2", FormAction.TRANSFER_IN, "100001", form -> {
                    form.field("participant_id").textProperty().set("e-move");
                    form.field("joining_date").textProperty().set("01/10/2026");
                    form.field("training").select("continue");
                }, "TECT-2 participant:e-move", cache -> {
                    ParticipantDto ola = cache.participant("e-move").orElseThrow();
                    assertEquals("100001", ola.schoolUrn(), "Ola trains at Oak now");
                    assertEquals("lp-a", FormContext.currentRecord(ola).orElseThrow().leadProviderId(),
                            "and keeps the lead provider");
                    assertEquals(List.of("Ola Mover"), cache.participantsAtSchool("100001").stream()
                            .map(ParticipantRow::fullName).filter("Ola Mover"::equals).toList());
                }));
    }

    private static ParticipantRow atSchool(LocalCache cache, String urn, String name) {
        return cache.participantsAtSchool(urn).stream().filter(row -> name.equals(row.fullName())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not at school " + urn + " in the cache"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registrationForms")
    @DisplayName("Registration forms reach the service through the outbox; after a sync the cache shows the teacher")
    void formReachesServiceAndCacheShowsIt(FormCase formCase) throws ApiException {
        runCase(formCase);
    }
}
