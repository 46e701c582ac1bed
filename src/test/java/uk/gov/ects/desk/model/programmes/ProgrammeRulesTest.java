package uk.gov.ects.desk.model.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.ects.desk.model.programmes.ProgrammeChoice.CORE_INDUCTION_PROGRAMME;
import static uk.gov.ects.desk.model.programmes.ProgrammeChoice.DESIGN_OUR_OWN;
import static uk.gov.ects.desk.model.programmes.ProgrammeChoice.FULL_INDUCTION_PROGRAMME;
import static uk.gov.ects.desk.model.programmes.ProgrammeChoice.NO_EARLY_CAREER_TEACHERS;
import static uk.gov.ects.desk.model.programmes.ProgrammeChoice.SCHOOL_FUNDED_FIP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.partnerships.Pairing;
import uk.gov.ects.desk.model.rules.Refused;

class ProgrammeRulesTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 4, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final Set<Pairing> PAIRINGS_2026 = Set.of(new Pairing(2026, "lp-ambition", "dp-north"));
    private static final SchoolCohortState NEW_2026 = SchoolCohortState.notSetUp(2026);
    private static final RolloverOffer NOTHING_TO_ROLL = new RolloverOffer(false, "PROG-6", null, null);

    private static RolloverOffer offerAfterFipWith(String lp, String dp) {
        return ProgrammeRules.rolloverOffer(new PreviousCohort(2025, FULL_INDUCTION_PROGRAMME, lp, dp), PAIRINGS_2026);
    }

    @Test
    void fipWithAPartnershipWhosePairingStillExistsMayRollOver() {
        // rule: PROG-2
        RolloverOffer offer = offerAfterFipWith("lp-ambition", "dp-north");
        assertTrue(offer.mayRollOver());
        assertEquals("PROG-2", offer.rule());
        ProgrammeDecision decision = ProgrammeRules.choose(new ProgrammeRequest(null, true, false), NEW_2026, OPENS,
                TODAY, false, offer);
        assertEquals(FULL_INDUCTION_PROGRAMME, decision.choice());
        assertEquals(new Pairing(2026, "lp-ambition", "dp-north"), decision.rolledOverPartnership());
        assertTrue(decision.emails().isEmpty());
    }

    @Test
    void pairingGoneMeansChooseAgain() {
        // rule: PROG-3
        RolloverOffer offer = offerAfterFipWith("lp-ambition", "dp-south");
        assertFalse(offer.mayRollOver());
        assertEquals("PROG-3", offer.rule());
        Refused.with(422, "rollover_not_available", "PROG-3", () -> ProgrammeRules.choose(
                new ProgrammeRequest(null, true, false), NEW_2026, OPENS, TODAY, false, offer));
    }

    @Test
    void fipWithoutAPartnershipMeansChooseAgain() {
        // rule: PROG-4
        RolloverOffer offer = offerAfterFipWith(null, null);
        assertEquals("PROG-4", offer.rule());
        Refused.with(422, "rollover_not_available", "PROG-4", () -> ProgrammeRules.choose(
                new ProgrammeRequest(FULL_INDUCTION_PROGRAMME, true, false), NEW_2026, OPENS, TODAY, false, offer));
    }

    @Test
    void choosingFipAgainAfterThePairingChangedEmailsThePreviousProvider() {
        // rule: PROG-5
        RolloverOffer offer = offerAfterFipWith("lp-ambition", "dp-south");
        ProgrammeDecision decision = ProgrammeRules.choose(ProgrammeRequest.choose(FULL_INDUCTION_PROGRAMME), NEW_2026,
                OPENS, TODAY, false, offer);
        assertEquals(1, decision.emails().size());
        assertEquals(EmailTemplates.PARTNERSHIP_NOT_ROLLED_OVER, decision.emails().get(0).template());
        assertEquals(RecipientRole.PREVIOUS_LEAD_PROVIDER, decision.emails().get(0).recipientRole());
        assertEquals("lp-ambition", decision.emails().get(0).facts().get("lead_provider_id"));
        ProgrammeDecision cip = ProgrammeRules.choose(ProgrammeRequest.choose(CORE_INDUCTION_PROGRAMME), NEW_2026,
                OPENS, TODAY, false, offer);
        assertTrue(cip.emails().isEmpty());
    }

    @Test
    void cipDiyOrNothingLastYearMustChoose() {
        // rule: PROG-6
        assertEquals("PROG-6", ProgrammeRules.rolloverOffer(new PreviousCohort(2025, CORE_INDUCTION_PROGRAMME, null,
                null), PAIRINGS_2026).rule());
        assertEquals("PROG-6", ProgrammeRules.rolloverOffer(new PreviousCohort(2025, DESIGN_OUR_OWN, null, null),
                PAIRINGS_2026).rule());
        assertFalse(ProgrammeRules.rolloverOffer(PreviousCohort.none(2025), PAIRINGS_2026).mayRollOver());
    }

    @Test
    void choiceOnlyOnceRegistrationOpensAndAChoiceIsGiven() {
        // rule: PROG-1
        Refused.with(422, "registration_not_open", "PROG-1", () -> ProgrammeRules.choose(
                ProgrammeRequest.choose(CORE_INDUCTION_PROGRAMME), NEW_2026, OPENS, OPENS.minusDays(1), false,
                NOTHING_TO_ROLL));
        Refused.with(422, "choice_required", "PROG-1", () -> ProgrammeRules.choose(ProgrammeRequest.choose(null),
                NEW_2026, OPENS, OPENS, false, NOTHING_TO_ROLL));
    }

    @Test
    void submittedChoiceIsLockedForTheSchool() {
        // rule: PROG-7
        SchoolCohortState submitted = new SchoolCohortState(2026, CORE_INDUCTION_PROGRAMME,
                Instant.parse("2026-05-01T10:00:00Z"), false);
        var refused = Refused.with(409, "programme_locked", "PROG-7", () -> ProgrammeRules.choose(
                ProgrammeRequest.choose(DESIGN_OUR_OWN), submitted, OPENS, TODAY, false, NOTHING_TO_ROLL));
        assertTrue(refused.detail().contains("OVR-PROG"));
    }

    @Test
    void supportOverrideChangesTheChoiceAndMovesParticipants() {
        // rule: OVR-PROG
        SchoolCohortState submitted = new SchoolCohortState(2026, FULL_INDUCTION_PROGRAMME,
                Instant.parse("2026-05-01T10:00:00Z"), false);
        ProgrammeDecision decision = ProgrammeRules.choose(ProgrammeRequest.overrideTo(CORE_INDUCTION_PROGRAMME),
                submitted, OPENS, TODAY, false, NOTHING_TO_ROLL);
        assertEquals(CORE_INDUCTION_PROGRAMME, decision.defaultProgramme());
        assertTrue(decision.moveCurrentParticipants());
        assertTrue(decision.emails().isEmpty());
    }

    @Test
    void overrideMustChangeTheChoice() {
        // rule: OVR-PROG
        SchoolCohortState submitted = new SchoolCohortState(2026, DESIGN_OUR_OWN, Instant.parse("2026-05-01T10:00:00Z"),
                false);
        Refused.with(422, "choice_unchanged", "OVR-PROG", () -> ProgrammeRules.choose(
                ProgrammeRequest.overrideTo(DESIGN_OUR_OWN), submitted, OPENS, TODAY, false, NOTHING_TO_ROLL));
    }

    @Test
    void anActivePartnershipKeepsTheCohortOnFip() {
        // rule: OVR-PROG
        SchoolCohortState partnered = new SchoolCohortState(2026, FULL_INDUCTION_PROGRAMME,
                Instant.parse("2026-05-01T10:00:00Z"), true);
        var refused = Refused.with(409, "active_partnership", "OVR-PROG", () -> ProgrammeRules.choose(
                ProgrammeRequest.overrideTo(CORE_INDUCTION_PROGRAMME), partnered, OPENS, TODAY, false, NOTHING_TO_ROLL));
        assertTrue(refused.detail().contains("OVR-PARTNERSHIP"));
    }

    @Test
    void noEctsLeavesNoDefaultProgrammeAndNoTutorNeeded() {
        // rule: SIT-1, OVR-PROG
        ProgrammeDecision first = ProgrammeRules.choose(ProgrammeRequest.choose(NO_EARLY_CAREER_TEACHERS), NEW_2026,
                OPENS, TODAY, false, NOTHING_TO_ROLL);
        assertNull(first.defaultProgramme());
        assertFalse(first.inductionTutorNeeded());
        SchoolCohortState submitted = new SchoolCohortState(2026, DESIGN_OUR_OWN, Instant.parse("2026-05-01T10:00:00Z"),
                false);
        ProgrammeDecision overridden = ProgrammeRules.choose(ProgrammeRequest.overrideTo(NO_EARLY_CAREER_TEACHERS),
                submitted, OPENS, TODAY, false, NOTHING_TO_ROLL);
        assertNull(overridden.defaultProgramme());
        assertFalse(overridden.moveCurrentParticipants());
    }

    @Test
    void reportedPartnershipSetsFipOnlyWhenTheCohortIsSetUp() {
        // rule: PROG-8
        assertEquals(Optional.of(FULL_INDUCTION_PROGRAMME), ProgrammeRules.onPartnershipReported(
                new SchoolCohortState(2026, CORE_INDUCTION_PROGRAMME, Instant.parse("2026-05-01T10:00:00Z"), false)));
        assertEquals(Optional.empty(), ProgrammeRules.onPartnershipReported(NEW_2026));
    }

    @Test
    void cipOnlySchoolNeverChoosesFip() {
        // rule: PROG-9
        Refused.with(422, "fip_not_allowed", "PROG-9", () -> ProgrammeRules.choose(
                ProgrammeRequest.choose(FULL_INDUCTION_PROGRAMME), NEW_2026, OPENS, TODAY, true, NOTHING_TO_ROLL));
        assertEquals(SCHOOL_FUNDED_FIP, ProgrammeRules.choose(ProgrammeRequest.choose(SCHOOL_FUNDED_FIP), NEW_2026,
                OPENS, TODAY, true, NOTHING_TO_ROLL).choice());
    }

    @Test
    void newParticipantsStartOnTheDefaultProgramme() {
        // rule: PROG-10
        assertEquals(DESIGN_OUR_OWN, ProgrammeRules.choose(ProgrammeRequest.choose(DESIGN_OUR_OWN), NEW_2026, OPENS,
                TODAY, false, NOTHING_TO_ROLL).defaultProgramme());
    }
}
