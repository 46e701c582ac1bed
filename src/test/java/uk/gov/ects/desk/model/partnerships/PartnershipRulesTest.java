package uk.gov.ects.desk.model.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.rules.Refused;

class PartnershipRulesTest {

    private static final Set<Pairing> PAIRINGS = Set.of(new Pairing(2026, "lp-ambition", "dp-north"),
            new Pairing(2026, "lp-teach", "dp-south"), new Pairing(2025, "lp-teach", "dp-north"));
    private static final SchoolCohortState CIP_2026 = new SchoolCohortState(2026,
            ProgrammeChoice.CORE_INDUCTION_PROGRAMME, Instant.parse("2026-05-01T10:00:00Z"), false);
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final PartnershipState ACTIVE = new PartnershipState("p-1", "100001", 2026, "lp-ambition",
            "dp-north", true, LocalDate.of(2026, 12, 1));
    private static final PartnershipState CHALLENGED = new PartnershipState("p-1", "100001", 2026, "lp-ambition",
            "dp-north", false, LocalDate.of(2026, 12, 1));

    @Test
    void reportNeedsAPairingForThatCohort() {
        // rule: PART-1
        Refused.with(422, "pairing_not_available", "PART-1", () -> PartnershipRules.report(CIP_2026, false, "lp-teach",
                "dp-north", PAIRINGS, Optional.empty(), Instant.parse("2026-06-01T10:00:00Z"), START));
    }

    @Test
    void reportSetsTheDeadlineAndFipForASetUpCohort() {
        // rule: PART-1, PART-3, PROG-8
        var reported = PartnershipRules.report(CIP_2026, false, "lp-ambition", "dp-north", PAIRINGS, Optional.empty(),
                Instant.parse("2026-06-01T10:00:00Z"), START);
        assertEquals(LocalDate.of(2026, 12, 1), reported.challengeDeadline());
        assertEquals(ProgrammeChoice.FULL_INDUCTION_PROGRAMME, reported.cohortChoice());
        var notSetUp = PartnershipRules.report(SchoolCohortState.notSetUp(2026), false, "lp-ambition", "dp-north",
                PAIRINGS, Optional.empty(), Instant.parse("2026-06-01T10:00:00Z"), START);
        assertNull(notSetUp.cohortChoice());
    }

    @Test
    void cipOnlySchoolCannotBePartnered() {
        // rule: PROG-9
        Refused.with(422, "fip_not_allowed", "PROG-9", () -> PartnershipRules.report(CIP_2026, true, "lp-ambition",
                "dp-north", PAIRINGS, Optional.empty(), Instant.parse("2026-06-01T10:00:00Z"), START));
    }

    @Test
    void oneActivePartnershipPerSchoolAndCohort() {
        // rule: PART-4
        Refused.with(409, "partnership_exists", "PART-4", () -> PartnershipRules.report(CIP_2026, false, "lp-teach",
                "dp-south", PAIRINGS, Optional.of(ACTIVE), Instant.parse("2026-06-01T10:00:00Z"), START));
    }

    @Test
    void challengeInTheWindowVoidsItAndEmailsTheProvider() {
        // rule: PART-3
        var challenged = PartnershipRules.challenge(ACTIVE, "do_not_recognise", false, LocalDate.of(2026, 12, 1));
        assertEquals(ChallengeReason.DO_NOT_RECOGNISE, challenged.reason());
        assertNull(challenged.cohortChoice());
        assertEquals(EmailTemplates.PARTNERSHIP_CHALLENGED, challenged.emails().get(0).template());
        assertEquals(RecipientRole.LEAD_PROVIDER, challenged.emails().get(0).recipientRole());
    }

    @Test
    void challengeForNoEctsSetsNoEarlyCareerTeachers() {
        // rule: PART-3
        var challenged = PartnershipRules.challenge(ACTIVE, "no_ects", false, LocalDate.of(2026, 10, 1));
        assertEquals(ProgrammeChoice.NO_EARLY_CAREER_TEACHERS, challenged.cohortChoice());
    }

    @Test
    void challengeNeedsAKnownReasonAndAnActivePartnership() {
        // rule: PART-3
        Refused.with(422, "challenge_reason_invalid", "PART-3",
                () -> PartnershipRules.challenge(ACTIVE, "changed_mind", false, LocalDate.of(2026, 10, 1)));
        Refused.with(409, "already_challenged", "PART-3",
                () -> PartnershipRules.challenge(CHALLENGED, "mistake", false, LocalDate.of(2026, 10, 1)));
    }

    @Test
    void afterTheDeadlineOnlySupportChallenges() {
        // rule: PART-5, OVR-PARTNERSHIP
        var refused = Refused.with(409, "challenge_window_closed", "PART-5",
                () -> PartnershipRules.challenge(ACTIVE, "mistake", false, LocalDate.of(2026, 12, 2)));
        assertTrue(refused.detail().contains("OVR-PARTNERSHIP"));
        var overridden = PartnershipRules.challenge(ACTIVE, "mistake", true, LocalDate.of(2026, 12, 2));
        assertEquals(ChallengeReason.MISTAKE, overridden.reason());
    }

    @Test
    void replaceChallengesTheOldOneAsAnotherProvider() {
        // rule: OVR-PARTNERSHIP
        var replaced = PartnershipRules.replace(CIP_2026, false, Optional.of(ACTIVE), "lp-teach", "dp-south", PAIRINGS);
        assertEquals("p-1", replaced.challengedPartnershipId());
        assertEquals(ChallengeReason.ANOTHER_PROVIDER, replaced.challengeReason());
        assertEquals(new Pairing(2026, "lp-teach", "dp-south"), replaced.newPairing());
        assertTrue(replaced.moveParticipants());
        assertEquals(1, replaced.emails().size());
    }

    @Test
    void replaceNeedsAPairingForTheCohort() {
        // rule: OVR-PARTNERSHIP
        Refused.with(422, "pairing_not_available", "OVR-PARTNERSHIP",
                () -> PartnershipRules.replace(CIP_2026, false, Optional.of(ACTIVE), "lp-teach", "dp-north", PAIRINGS));
        Refused.with(422, "partnership_unchanged", "OVR-PARTNERSHIP", () -> PartnershipRules.replace(CIP_2026, false,
                Optional.of(ACTIVE), "lp-ambition", "dp-north", PAIRINGS));
    }

    @Test
    void reinstateOnlyWhenNoOtherIsActive() {
        // rule: OVR-PARTNERSHIP, PART-4
        assertEquals(ProgrammeChoice.FULL_INDUCTION_PROGRAMME,
                PartnershipRules.reinstate(CHALLENGED, CIP_2026, Optional.empty()).cohortChoice());
        PartnershipState other = new PartnershipState("p-2", "100001", 2026, "lp-teach", "dp-south", true, null);
        Refused.with(409, "partnership_exists", "PART-4",
                () -> PartnershipRules.reinstate(CHALLENGED, CIP_2026, Optional.of(other)));
        Refused.with(409, "not_challenged", "OVR-PARTNERSHIP",
                () -> PartnershipRules.reinstate(ACTIVE, CIP_2026, Optional.empty()));
    }
}
