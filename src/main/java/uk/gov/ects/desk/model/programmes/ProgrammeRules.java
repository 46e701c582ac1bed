package uk.gov.ects.desk.model.programmes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.partnerships.Pairing;
import uk.gov.ects.desk.model.rules.Refusal;

/** A school's default programme for a cohort: PROG-1..PROG-10, SIT-1, OVR-PROG. */
public final class ProgrammeRules {

    private ProgrammeRules() {
    }

    /**
     * PROG-2..PROG-6: may the school roll last year's choice over into {@code newCohort}?
     *
     * @param previous              the directly previous cohort
     * @param pairingsForNewCohort  LP/DP pairings that exist for the new cohort
     */
    public static RolloverOffer rolloverOffer(PreviousCohort previous, Set<Pairing> pairingsForNewCohort) {
        if (previous == null || previous.choice() != ProgrammeChoice.FULL_INDUCTION_PROGRAMME) {
            return new RolloverOffer(false, "PROG-6", null, null);
        }
        if (!previous.hadPartnership()) {
            return new RolloverOffer(false, "PROG-4", null, null);
        }
        boolean pairingStillExists = pairingsForNewCohort.stream()
                .anyMatch(pairing -> pairing.cohort() == previous.year() + 1
                        && pairing.sameProviders(previous.leadProviderId(), previous.deliveryPartnerId()));
        return new RolloverOffer(pairingStillExists, pairingStillExists ? "PROG-2" : "PROG-3",
                previous.leadProviderId(), previous.deliveryPartnerId());
    }

    /**
     * Decides a programme choice for {@code current}'s cohort.
     *
     * @param registrationOpens the day registration opens for the cohort (PROG-1)
     * @param cipOnly           the school is CIP-only (GiasRules.isCipOnly; PROG-9)
     * @param offer             {@link #rolloverOffer} for this cohort
     */
    public static ProgrammeDecision choose(ProgrammeRequest request, SchoolCohortState current,
            LocalDate registrationOpens, LocalDate today, boolean cipOnly, RolloverOffer offer) {
        if (today.isBefore(registrationOpens)) {
            throw Refusal.rule("registration_not_open", "PROG-1", "Registration has not opened for this cohort",
                    "Registration for " + current.year() + " opens on " + registrationOpens
                            + ". The school can choose its programme from that day.", "/choice");
        }
        ProgrammeChoice choice = request.rollover() ? ProgrammeChoice.FULL_INDUCTION_PROGRAMME : request.choice();
        if (choice == null) {
            throw Refusal.rule("choice_required", "PROG-1", "Programme choice is missing",
                    "Choose the school's programme for " + current.year() + ", or choose to roll over last year's.",
                    "/choice");
        }
        if (request.rollover() && request.choice() != null && request.choice() != choice) {
            throw Refusal.rule("rollover_needs_fip", "PROG-2", "Rolling over keeps provider-led training",
                    "Rolling over keeps last year's lead provider and delivery partner, which means FIP. "
                            + "Untick rollover to choose a different programme.", "/choice");
        }
        boolean overriding = current.isSubmitted();
        if (overriding && !request.override()) {
            throw Refusal.conflict("programme_locked", "PROG-7", "Programme choice already submitted",
                    "The school already submitted its programme choice for " + current.year()
                            + ". Only support can change it: send the change as a support operation with a reason (OVR-PROG).",
                    "/choice");
        }
        if (cipOnly && choice == ProgrammeChoice.FULL_INDUCTION_PROGRAMME) {
            throw Refusal.rule("fip_not_allowed", "PROG-9", "This school cannot choose provider-led training",
                    "The school is not eligible for DfE-funded training, so it may choose DfE materials (CIP), "
                            + "its own programme, school-funded provider-led training or no ECTs.", "/choice");
        }
        if (overriding && choice == current.choice()) {
            throw Refusal.rule("choice_unchanged", "OVR-PROG", "The choice is the same",
                    "The cohort's choice is already " + choice.label() + ". Pick the choice the school wants now.",
                    "/choice");
        }
        if (current.hasActivePartnership() && current.choice() == ProgrammeChoice.FULL_INDUCTION_PROGRAMME
                && choice != ProgrammeChoice.FULL_INDUCTION_PROGRAMME) {
            throw Refusal.conflict("active_partnership", overriding ? "OVR-PROG" : "PART-4",
                    "The cohort has an active partnership",
                    "A lead provider is still partnered with the school for " + current.year()
                            + ". Challenge the partnership first (OVR-PARTNERSHIP), then change the programme.",
                    "/choice");
        }
        Pairing rolledOver = null;
        if (request.rollover()) {
            if (!offer.mayRollOver()) {
                throw Refusal.rule("rollover_not_available", offer.rule(), "Last year's choice cannot be rolled over",
                        rolloverRefusal(offer) + " Choose the programme for " + current.year() + " instead.",
                        "/rollover");
            }
            rolledOver = new Pairing(current.year(), offer.leadProviderId(), offer.deliveryPartnerId());
        }
        List<EmailIntent> emails = new ArrayList<>();
        if (!request.rollover() && choice == ProgrammeChoice.FULL_INDUCTION_PROGRAMME && offer.pairingGone()) {
            emails.add(new EmailIntent(EmailTemplates.PARTNERSHIP_NOT_ROLLED_OVER, RecipientRole.PREVIOUS_LEAD_PROVIDER,
                    Map.of("lead_provider_id", offer.leadProviderId(), "delivery_partner_id", offer.deliveryPartnerId(),
                            "cohort", String.valueOf(current.year()))));
        }
        ProgrammeChoice defaultProgramme = choice.isProgramme() ? choice : null;
        boolean moveParticipants = overriding && current.hasDefaultProgramme() && defaultProgramme != null;
        boolean tutorNeeded = choice != ProgrammeChoice.NO_EARLY_CAREER_TEACHERS;
        return new ProgrammeDecision(choice, defaultProgramme, rolledOver, moveParticipants, tutorNeeded, emails);
    }

    /** PROG-8: a reported partnership makes the cohort FIP, but only if the school has set the cohort up. */
    public static Optional<ProgrammeChoice> onPartnershipReported(SchoolCohortState current) {
        return current.isSetUp() ? Optional.of(ProgrammeChoice.FULL_INDUCTION_PROGRAMME) : Optional.empty();
    }

    private static String rolloverRefusal(RolloverOffer offer) {
        return switch (offer.rule()) {
            case "PROG-3" -> "Last year's lead provider and delivery partner no longer work together this year.";
            case "PROG-4" -> "Last year the school chose FIP but no partnership was reported, so there is nothing to roll over.";
            default -> "Only a school that chose FIP last year with a partnership can roll over.";
        };
    }
}
