package uk.gov.ects.desk.model.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.ects.desk.model.participants.Fixtures.TODAY;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBody;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBodyType;
import uk.gov.ects.desk.model.people.EmailHolder;
import uk.gov.ects.desk.model.people.PersonKind;
import uk.gov.ects.desk.model.rules.Refused;

class DetailsRulesTest {

    private static final ParticipantState JANE = Fixtures.activeEct("p-1");
    private static final ParticipantState COMPLETED = Fixtures.ect("p-1", InductionStatus.COMPLETED,
            LocalDate.of(2026, 9, 20), null);
    private static final ParticipantState LEFT = Fixtures.ect("p-1", InductionStatus.LEAVING, LocalDate.of(2026, 9, 20),
            null);

    private static DetailsChange rename(ParticipantState who, String reason, boolean override) {
        return DetailsRules.change(who, "Jane Smith", "jane@oak.sch.uk",
                new DetailsRequest("Jane Jones", reason, null, override), Optional.empty(), TODAY);
    }

    @Test
    void genuineNameChangesAreAllowedForTheWholeName() {
        // rule: CECT-1, CECT-3
        DetailsChange change = rename(JANE, "married_or_changed_name", false);
        assertEquals("Jane Jones", change.fullName());
        assertEquals(NameChangeReason.MARRIED_OR_CHANGED_NAME, change.nameChangeReason());
        assertEquals("Janet Brown", DetailsRules.change(JANE, "Jane Smith", "jane@oak.sch.uk",
                new DetailsRequest("Janet Brown", "entered_incorrectly", null, false), Optional.empty(), TODAY).fullName());
    }

    @Test
    void nameChangesThatSwapThePersonAreRefused() {
        // rule: CECT-1
        Refused.with(422, "name_change_refused", "CECT-1", () -> rename(JANE, "should_not_have_been_registered", false));
        Refused.with(422, "name_change_refused", "CECT-1", () -> rename(JANE, "replace_with_different_person", false));
        Refused.with(422, "name_change_reason_required", "CECT-1", () -> rename(JANE, null, false));
    }

    @Test
    void replacingWithADifferentPersonIsRefusedEvenForSupport() {
        // rule: OVR-DETAILS
        var refused = Refused.with(422, "name_change_refused", "OVR-DETAILS",
                () -> rename(COMPLETED, "replace_with_different_person", true));
        assertTrue(refused.detail().contains("OVR-REMOVE"));
    }

    @Test
    void onlyWhileNotCompletedOrLeftUnlessSupport() {
        // rule: CECT-2, OVR-DETAILS
        var refused = Refused.with(409, "participant_not_training", "CECT-2",
                () -> rename(COMPLETED, "married_or_changed_name", false));
        assertTrue(refused.detail().contains("OVR-DETAILS"));
        Refused.with(409, "participant_not_training", "CECT-2", () -> rename(LEFT, "married_or_changed_name", false));
        assertEquals("OVR-DETAILS", rename(LEFT, "married_or_changed_name", true).operation());
    }

    @Test
    void emailChangeObeysUniqueness() {
        // rule: CECT-4
        Refused.with(422, "email_in_use", "CECT-4", () -> DetailsRules.change(JANE, "Jane Smith", "jane@oak.sch.uk",
                new DetailsRequest(null, null, "pat@oak.sch.uk", false),
                Optional.of(new EmailHolder("s-1", "Pat Tutor", PersonKind.INDUCTION_TUTOR)), TODAY));
        DetailsChange change = DetailsRules.change(JANE, "Jane Smith", "jane@oak.sch.uk",
                new DetailsRequest(null, null, "jane.smith@oak.sch.uk", false), Optional.empty(), TODAY);
        assertEquals("jane.smith@oak.sch.uk", change.email());
        assertNull(change.fullName());
    }

    @Test
    void mentorDetailsChangeOnlyWhileNotLeft() {
        // rule: CMEN-1, CMEN-2
        ParticipantState leftMentor = Fixtures.mentor("m-1", InductionStatus.LEFT, LocalDate.of(2026, 9, 20));
        Refused.with(409, "participant_not_training", "CMEN-1", () -> DetailsRules.change(leftMentor, "Mo Mentor",
                "mo@oak.sch.uk", new DetailsRequest(null, null, "mo2@oak.sch.uk", false), Optional.empty(), TODAY));
        Refused.with(422, "email_in_use", "CMEN-2", () -> DetailsRules.change(Fixtures.activeMentor("m-1"),
                "Mo Mentor", "mo@oak.sch.uk", new DetailsRequest(null, null, "jane@oak.sch.uk", false),
                Optional.of(new EmailHolder("p-1", "Jane Smith", PersonKind.ECT)), TODAY));
        assertEquals("Mo Mentor-Khan", DetailsRules.change(Fixtures.activeMentor("m-1"), "Mo Mentor", "mo@oak.sch.uk",
                new DetailsRequest("Mo Mentor-Khan", "married_or_changed_name", null, false), Optional.empty(), TODAY)
                .fullName());
    }

    @Test
    void anEctsOwnBodyFollowsTheAppointmentRules() {
        // rule: CECT-5
        AppropriateBody hub = new AppropriateBody("ab-1", "Alpha Teaching School Hub",
                AppropriateBodyType.TEACHING_SCHOOL_HUB, null);
        AppropriateBody esp = new AppropriateBody("ab-esp", "Educational Success Partners", AppropriateBodyType.NATIONAL,
                null);
        assertEquals(hub, DetailsRules.changeAppropriateBody(JANE, hub, 1, false, TODAY));
        Refused.with(422, "appropriate_body_not_allowed", "AB-5",
                () -> DetailsRules.changeAppropriateBody(JANE, esp, 1, false, TODAY));
        Refused.with(409, "participant_not_training", "CECT-2",
                () -> DetailsRules.changeAppropriateBody(COMPLETED, hub, 1, false, TODAY));
    }

    @Test
    void trnBirthDateAndProviderAreForSupport() {
        // rule: CMEN-3, CECT-6
        var refused = Refused.with(422, "field_not_changeable", "CMEN-3", () -> DetailsRules.refuseProtectedFields(
                ParticipantType.MENTOR, Set.of("full_name", "trn")));
        assertTrue(refused.detail().contains("OVR-REVALIDATE"));
        assertEquals("/lead_provider_id", Refused.with(422, "field_not_changeable", "CECT-6",
                () -> DetailsRules.refuseProtectedFields(ParticipantType.ECT, Set.of("lead_provider_id")))
                .pointer());
        DetailsRules.refuseProtectedFields(ParticipantType.ECT, Set.of("full_name", "email"));
    }
}
