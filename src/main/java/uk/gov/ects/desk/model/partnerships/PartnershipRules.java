package uk.gov.ects.desk.model.partnerships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.ProgrammeRules;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.rules.Refusal;

/** Reporting, challenging, replacing and reinstating partnerships: PART-1, PART-3..PART-5, OVR-PARTNERSHIP. */
public final class PartnershipRules {

    private PartnershipRules() {
    }

    /**
     * PART-1, PART-4, PROG-8, PROG-9: an LP reports a partnership (recorded by support for the LP).
     *
     * @param active the school's active partnership for the cohort, if any
     */
    public static PartnershipDecisions.Reported report(SchoolCohortState cohort, boolean cipOnly, String leadProviderId,
            String deliveryPartnerId, Set<Pairing> pairings, Optional<PartnershipState> active, Instant reportedAt,
            LocalDate cohortStart) {
        requirePairing(cohort.year(), leadProviderId, deliveryPartnerId, pairings, "PART-1");
        requireFipAllowed(cipOnly);
        if (active.isPresent()) {
            throw Refusal.conflict("partnership_exists", "PART-4", "The school already has a partnership",
                    "The school already has an active partnership for " + cohort.year()
                            + ". Another provider can only be recorded once that one is challenged "
                            + "(or use OVR-PARTNERSHIP replace).", "/lead_provider_id");
        }
        return new PartnershipDecisions.Reported(ChallengeDeadline.of(reportedAt, cohortStart),
                ProgrammeRules.onPartnershipReported(cohort).orElse(null));
    }

    /**
     * PART-3 (in the window) and OVR-PARTNERSHIP challenge (after it, with {@code override}).
     *
     * @param reasonCode the challenge reason's API code
     */
    public static PartnershipDecisions.Challenged challenge(PartnershipState partnership, String reasonCode,
            boolean override, LocalDate today) {
        ChallengeReason reason = ChallengeReason.fromCode(reasonCode).orElseThrow(() -> Refusal.rule(
                "challenge_reason_invalid", "PART-3", "Choose why the school is challenging",
                "Give one of: another_provider, not_confirmed, do_not_recognise, no_ects, mistake.",
                "/challenge_reason"));
        if (!partnership.active()) {
            throw Refusal.conflict("already_challenged", "PART-3", "The partnership was already challenged",
                    "This partnership is no longer active. To bring it back, reinstate it (OVR-PARTNERSHIP).", null);
        }
        boolean windowOpen = ChallengeDeadline.isOpen(partnership.challengeDeadline(), today);
        if (!windowOpen && !override) {
            throw Refusal.conflict("challenge_window_closed", "PART-5", "The challenge window has closed",
                    "The school could challenge this partnership until "
                            + (partnership.challengeDeadline() == null ? "support set it up"
                                    : partnership.challengeDeadline().toString())
                            + ". Only support can challenge it now: send it as a support operation with a reason "
                            + "(OVR-PARTNERSHIP).", "/challenge_reason");
        }
        ProgrammeChoice choice = reason == ChallengeReason.NO_ECTS ? ProgrammeChoice.NO_EARLY_CAREER_TEACHERS : null;
        return new PartnershipDecisions.Challenged(reason, choice, List.of(challengedEmail(partnership, reason)));
    }

    /** OVR-PARTNERSHIP replace: new LP and DP for the cohort. */
    public static PartnershipDecisions.Replaced replace(SchoolCohortState cohort, boolean cipOnly,
            Optional<PartnershipState> active, String leadProviderId, String deliveryPartnerId, Set<Pairing> pairings) {
        requirePairing(cohort.year(), leadProviderId, deliveryPartnerId, pairings, "OVR-PARTNERSHIP");
        requireFipAllowed(cipOnly);
        if (active.isPresent() && active.get().leadProviderId().equals(leadProviderId)
                && active.get().deliveryPartnerId().equals(deliveryPartnerId)) {
            throw Refusal.rule("partnership_unchanged", "OVR-PARTNERSHIP", "That is already the partnership",
                    "The school is already partnered with this lead provider and delivery partner for "
                            + cohort.year() + ".", "/delivery_partner_id");
        }
        List<EmailIntent> emails = active
                .map(old -> List.of(challengedEmail(old, ChallengeReason.ANOTHER_PROVIDER)))
                .orElse(List.of());
        return new PartnershipDecisions.Replaced(active.map(PartnershipState::id).orElse(null),
                active.isPresent() ? ChallengeReason.ANOTHER_PROVIDER : null,
                new Pairing(cohort.year(), leadProviderId, deliveryPartnerId),
                ProgrammeRules.onPartnershipReported(cohort).orElse(null), active.isPresent(), emails);
    }

    /** OVR-PARTNERSHIP reinstate: only a challenged one, and only if no other is active (PART-4). */
    public static PartnershipDecisions.Reinstated reinstate(PartnershipState partnership, SchoolCohortState cohort,
            Optional<PartnershipState> otherActive) {
        if (partnership.active()) {
            throw Refusal.conflict("not_challenged", "OVR-PARTNERSHIP", "The partnership is already active",
                    "Only a challenged partnership can be reinstated; this one is active.", null);
        }
        if (otherActive.isPresent() && !otherActive.get().id().equals(partnership.id())) {
            throw Refusal.conflict("partnership_exists", "PART-4", "Another partnership is active",
                    "The school has another active partnership for " + partnership.cohort()
                            + ". Challenge that one first, then reinstate this one.", null);
        }
        return new PartnershipDecisions.Reinstated(ProgrammeRules.onPartnershipReported(cohort).orElse(null));
    }

    private static void requirePairing(int cohort, String leadProviderId, String deliveryPartnerId,
            Set<Pairing> pairings, String rule) {
        boolean exists = pairings.stream()
                .anyMatch(pairing -> pairing.cohort() == cohort && pairing.sameProviders(leadProviderId, deliveryPartnerId));
        if (!exists) {
            throw Refusal.rule("pairing_not_available", rule, "These providers do not work together this year",
                    "That lead provider and delivery partner are not paired for " + cohort
                            + ". Check the provider pairings for the cohort and pick a delivery partner the lead provider works with.",
                    "/delivery_partner_id");
        }
    }

    private static void requireFipAllowed(boolean cipOnly) {
        if (cipOnly) {
            throw Refusal.rule("fip_not_allowed", "PROG-9", "This school cannot have provider-led training",
                    "The school is not eligible for DfE-funded training, so a lead provider cannot be partnered with it.",
                    "/school_urn");
        }
    }

    private static EmailIntent challengedEmail(PartnershipState partnership, ChallengeReason reason) {
        return new EmailIntent(EmailTemplates.PARTNERSHIP_CHALLENGED, RecipientRole.LEAD_PROVIDER,
                Map.of("partnership_id", partnership.id(), "lead_provider_id", partnership.leadProviderId(),
                        "school_urn", partnership.schoolUrn(), "cohort", String.valueOf(partnership.cohort()),
                        "challenge_reason", reason.code()));
    }
}
