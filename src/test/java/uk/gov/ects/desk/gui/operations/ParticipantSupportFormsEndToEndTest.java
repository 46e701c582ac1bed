package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.dto.InductionRecordDto;
import uk.gov.ects.desk.client.api.dto.MentorPoolDto;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.Fixture;

/**
 * Participant support overrides end to end (api.md "Support operations"), each with a reason, as a
 * lead (merge and remove need one): revalidation, mentor pools, moving school, status, cohort,
 * induction start, eligibility set and cleared, merge, remove.
 */
class ParticipantSupportFormsEndToEndTest extends FormsEndToEndBase {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

    @Override
    protected Role role() {
        return Role.LEAD;
    }

    @Override
    protected void records(Fixture fixture) {
        fixture.cohort(2025).cohort(2026)
                .leadProvider("lp-a", "Ambition Institute").deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2025, "lp-a", "dp-n").pairing(2026, "lp-a", "dp-n")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk")
                .schoolCohort("100001", 2025, "full_induction_programme", null)
                .schoolCohort("100001", 2026, "full_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .school("100002", "Birch Academy", 1, "202", "M1 2AB", "office@birch.sch.uk")
                .inductionTutor("100002", "Lee Tutor", "lee@birch.sch.uk")
                .schoolCohort("100002", 2026, "full_induction_programme", null);
        // registered with a mistyped date of birth; the TRA record has 12 April
        ect(fixture, "e-reval", "Rae Valid", "7654321", null);
        fixture.teacherRecord("7654321", "Rae Valid", LocalDate.of(1995, 4, 12), "AB123456C");
        mentor(fixture, "m-join", "Jo Joiner");
        mentor(fixture, "m-leave", "Max Twopools");
        fixture.mentorPool("m-leave", "100002");
        ect(fixture, "e-move", "Moe Mover", "1000003", null);
        ect(fixture, "e-status", "Sal Back", "1000004", LocalDate.of(2026, 9, 20));
        ect(fixture, "e-cohort", "Cor Earlier", "1000005", null);
        ect(fixture, "e-start", "Stu Start", "1000006", null);
        ect(fixture, "e-set", "Ella Set", "1000007", null);
        ect(fixture, "e-clear", "Cleo Clear", "1000008", null);
        fixture.teacherRecord("1000008", "Cleo Clear", LocalDate.of(1995, 4, 21), "AB888888C");
        ect(fixture, "e-keep", "Kit Keeper", "1000009", null);
        fixture.participant("e-dup", "ect", "Kit Keeper", null, LocalDate.of(1995, 4, 21), "100001", 2026,
                "kit.keeper@home.org.uk");
        ect(fixture, "e-remove", "Rory Error", "1000010", null);
        // support set Cleo's eligibility by hand earlier; clearing it works it out again from the TRA record
        db.inTransaction(c -> {
            try (PreparedStatement manual = c.prepareStatement("UPDATE participants SET eligibility_status = 'ineligible', "
                    + "eligibility_reason = 'previous_induction', eligibility_manual = TRUE WHERE id = 'e-clear'")) {
                return manual.executeUpdate();
            }
        });
    }

    private static void ect(Fixture fixture, String id, String name, String trn, LocalDate endedOn) {
        fixture.participant(id, "ect", name, trn, LocalDate.of(1995, 4, 21), "100001", 2026, id + "@oak.sch.uk")
                .inductionRecord("ir-" + id, id, "100001", 2026, "lp-a", "dp-n", null, null, SEPTEMBER, endedOn);
    }

    private static void mentor(Fixture fixture, String id, String name) {
        fixture.participant(id, "mentor", name, null, LocalDate.of(1980, 1, 2), "100001", 2026, id + "@oak.sch.uk")
                .inductionRecord("ir-" + id, id, "100001", 2026, "lp-a", "dp-n", null, null, SEPTEMBER, null)
                .mentorPool(id, "100001");
    }

    static Stream<FormCase> supportForms() {
        return Stream.of(
                // op: OVR-REVALIDATE
                new FormCase("OVR-REVALIDATE", FormAction.REVALIDATE, "e-reval", form -> {
                    form.field("date_of_birth").textProperty().set("12/04/1995");
                    reason(form, "The school says the date of birth on file is wrong");
                }, "OVR-REVALIDATE participant:e-reval", cache -> {
                    ParticipantDto rae = participant(cache, "e-reval");
                    assertEquals("validated", rae.validation().status());
                    assertEquals("7654321", rae.trn());
                }),
                // op: OVR-MENTOR-POOL (add)
                new FormCase("OVR-MENTOR-POOL", FormAction.ADD_TO_MENTOR_POOL, "m-join", form -> {
                    form.field("school_urn").textProperty().set("100002");
                    reason(form, "Jo also mentors at Birch Academy from October");
                }, "OVR-MENTOR-POOL participant:m-join", cache -> {
                    assertEquals(List.of("100001", "100002"), pools(cache, "m-join"));
                }),
                // op: OVR-MENTOR-POOL (remove)
                new FormCase("OVR-MENTOR-POOL", FormAction.REMOVE_FROM_MENTOR_POOL, "m-leave", form -> {
                    form.field("school_urn").select("100002");
                    reason(form, "Birch Academy says Max no longer mentors there");
                }, "OVR-MENTOR-POOL participant:m-leave", cache -> {
                    assertEquals(List.of("100001"), pools(cache, "m-leave"));
                }),
                // op: OVR-TRANSFER
                new FormCase("OVR-TRANSFER", FormAction.MOVE_SCHOOL, "e-move", form -> {
                    form.field("school_urn").textProperty().set("100002");
                    form.field("start_date").textProperty().set("01/10/2026");
                    form.field("training").select("continue");
                    reason(form, "Ticket 40: neither school can record the move itself");
                }, "OVR-TRANSFER participant:e-move", cache -> {
                    ParticipantDto moe = participant(cache, "e-move");
                    assertEquals("100002", moe.schoolUrn());
                    assertEquals("100002", current(moe).schoolUrn());
                    assertTrue(cache.participantsAtSchool("100002").stream().anyMatch(row -> row.id().equals("e-move")));
                }),
                // op: OVR-STATUS
                new FormCase("OVR-STATUS", FormAction.CHANGE_STATUS, "e-status", form -> {
                    form.field("action").select("reinstate");
                    reason(form, "Sal did not leave; the school reported the wrong teacher");
                }, "OVR-STATUS participant:e-status", cache -> {
                    InductionRecordDto record = current(participant(cache, "e-status"));
                    assertEquals(null, record.endDate(), "the end date is cleared");
                    assertEquals("active", record.inductionStatus());
                }),
                // op: OVR-COHORT
                new FormCase("OVR-COHORT", FormAction.MOVE_COHORT, "e-cohort", form -> {
                    form.field("cohort").select("2025");
                    reason(form, "Cor started induction in 2025 at a previous school");
                }, "OVR-COHORT participant:e-cohort", cache -> {
                    ParticipantDto cor = participant(cache, "e-cohort");
                    assertEquals(2025, cor.cohort());
                    assertEquals(2025, current(cor).cohort());
                }),
                // op: OVR-INDUCTION-START
                new FormCase("OVR-INDUCTION-START", FormAction.SET_INDUCTION_START, "e-start", form -> {
                    form.field("date").textProperty().set("15/09/2026");
                    reason(form, "The appropriate body confirmed Stu started on 15 September");
                }, "OVR-INDUCTION-START participant:e-start", cache -> {
                    assertEquals(LocalDate.of(2026, 9, 15), participant(cache, "e-start").inductionStartDate());
                }),
                // op: OVR-ELIGIBILITY (set)
                new FormCase("OVR-ELIGIBILITY", FormAction.SET_ELIGIBILITY, "e-set", form -> {
                    form.field("status").select("ineligible");
                    form.field("eligibility_reason").textProperty().set("previous_induction");
                    reason(form, "DfE confirmed Ella completed an induction in Wales");
                }, "OVR-ELIGIBILITY participant:e-set", cache -> {
                    var eligibility = participant(cache, "e-set").eligibility();
                    assertEquals("ineligible", eligibility.status());
                    assertEquals("previous_induction", eligibility.reason());
                    assertTrue(eligibility.manual(), "set by hand");
                }),
                // op: OVR-ELIGIBILITY (clear)
                new FormCase("OVR-ELIGIBILITY", FormAction.CLEAR_ELIGIBILITY, "e-clear", form -> {
                    reason(form, "The earlier hand-set decision was for another teacher");
                }, "OVR-ELIGIBILITY participant:e-clear", cache -> {
                    var eligibility = participant(cache, "e-clear").eligibility();
                    assertFalse(eligibility.manual(), "worked out again");
                    assertEquals("eligible", eligibility.status(), "from the TRA record: QTS and induction in progress");
                }),
                // op: OVR-MERGE
                new FormCase("OVR-MERGE", FormAction.MERGE, "e-keep", form -> {
                    form.field("duplicate_id").textProperty().set("e-dup");
                    reason(form, "The school registered Kit twice with a home email");
                }, "OVR-MERGE participant:e-keep", cache -> {
                    ParticipantDto kit = participant(cache, "e-keep");
                    assertTrue(kit.retiredIds().contains("e-dup"), "the duplicate's id is retired into Kit's record");
                    assertTrue(kit.emails().contains("kit.keeper@home.org.uk"), "its email moved: " + kit.emails());
                    assertTrue(cache.participant("e-dup").isEmpty(), "the duplicate is gone from the cache");
                }),
                // op: OVR-REMOVE
                new FormCase("OVR-REMOVE", FormAction.REMOVE, "e-remove", form -> {
                    form.field("reason_code").select("registered_in_error");
                    reason(form, "The school registered a teaching assistant by mistake");
                }, "OVR-REMOVE participant:e-remove", cache -> {
                    assertEquals("withdrawn", participant(cache, "e-remove").status());
                }));
    }

    private static void reason(OperationFormViewModel form, String why) {
        form.reason().textProperty().set(why);
    }

    private static ParticipantDto participant(LocalCache cache, String id) {
        return cache.participant(id).orElseThrow(() -> new AssertionError(id + " is not in the cache"));
    }

    private static InductionRecordDto current(ParticipantDto participant) {
        return FormContext.currentRecord(participant).orElseThrow();
    }

    private static List<String> pools(LocalCache cache, String id) {
        return participant(cache, id).mentorPools().stream().map(MentorPoolDto::schoolUrn).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportForms")
    @DisplayName("Support override forms reach the service through the outbox; after a sync the cache shows the change")
    void formReachesServiceAndCacheShowsIt(FormCase formCase) throws ApiException {
        runCase(formCase);
    }
}
