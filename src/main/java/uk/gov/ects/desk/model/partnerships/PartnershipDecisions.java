package uk.gov.ects.desk.model.partnerships;

import java.time.LocalDate;
import java.util.List;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;

/** The changes partnership decisions describe. */
public final class PartnershipDecisions {

    private PartnershipDecisions() {
    }

    /**
     * PART-1, PROG-8: a new active partnership.
     *
     * @param challengeDeadline PART-3, or null when support set it (no school window)
     * @param cohortChoice      FIP when the school has the cohort set up (PROG-8), else null (unchanged)
     */
    public record Reported(LocalDate challengeDeadline, ProgrammeChoice cohortChoice) {
    }

    /**
     * PART-3, OVR-PARTNERSHIP challenge: the partnership is voided.
     *
     * @param cohortChoice {@code no_early_career_teachers} for reason {@code no_ects}, else null (unchanged)
     */
    public record Challenged(ChallengeReason reason, ProgrammeChoice cohortChoice, List<EmailIntent> emails) {

        public Challenged {
            emails = List.copyOf(emails);
        }
    }

    /**
     * OVR-PARTNERSHIP replace: the old one (if any) is challenged as {@code another_provider} and the new
     * one is active with no school window; participants on the old programme move to it from today.
     */
    public record Replaced(String challengedPartnershipId, ChallengeReason challengeReason, Pairing newPairing,
            ProgrammeChoice cohortChoice, boolean moveParticipants, List<EmailIntent> emails) {

        public Replaced {
            emails = List.copyOf(emails);
        }
    }

    /** OVR-PARTNERSHIP reinstate: active again, and the cohort back on FIP if it is set up. */
    public record Reinstated(ProgrammeChoice cohortChoice) {
    }
}
