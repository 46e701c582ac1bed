package uk.gov.ects.desk.model.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.model.rules.Refusal;

/**
 * Working a support ticket (api.md "Tickets"). A claim is a lease: the claimant holds the ticket
 * for {@link #CLAIM_LEASE} from the service clock and may renew it; once it runs out anyone may
 * claim. Only the claimant may resolve, and only while the lease is live, so two agents never
 * answer the same school twice.
 */
public final class TicketRules {

    public static final String RULE = "TICKET";
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(30);
    public static final int MAX_NOTE = 5000;
    public static final int MAX_RESOLUTION = 5000;

    public static final String NEW = "new";
    public static final String TRIAGED = "triaged";
    public static final String WAITING_ON_SCHOOL = "waiting_on_school";
    public static final String RESOLVED = "resolved";

    public static final List<String> STATUSES = List.of(NEW, TRIAGED, WAITING_ON_SCHOOL, RESOLVED);
    /** What {@code PUT /tickets/{id}/status} may set; {@code resolved} goes through resolve, which needs the claim. */
    public static final List<String> SETTABLE_STATUSES = List.of(TRIAGED, WAITING_ON_SCHOOL);
    public static final List<String> CATEGORIES = List.of("programme_change", "trn_dob_correction",
            "multi_school_mentor", "partnership_change", "induction_tutor", "participant_details", "transfer",
            "duplicate", "other");
    public static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");
    public static final String DEFAULT_PRIORITY = "normal";

    /** The claim as stored: who, until when, and the ticket's status. */
    public record ClaimState(String status, String assignee, Instant claimedUntil) {

        public boolean liveFor(Instant now) {
            return assignee != null && claimedUntil != null && claimedUntil.isAfter(now);
        }
    }

    private TicketRules() {
    }

    /** Someone other than {@code me} whose claim is still live, if any. */
    public static Optional<String> otherClaimant(ClaimState state, String me, Instant now) {
        return state.liveFor(now) && !state.assignee().equals(me) ? Optional.of(state.assignee()) : Optional.empty();
    }

    /** A resolved ticket is closed: it takes notes, nothing else. */
    public static void requireOpen(ClaimState state) {
        if (RESOLVED.equals(state.status())) {
            throw Refusal.conflict("ticket_resolved", RULE, "The ticket is resolved",
                    "This ticket is already resolved. If the school writes again, that becomes a new ticket; "
                            + "add a note here if something needs recording.", null);
        }
    }

    /** When a claim made now by its claimant ends. */
    public static Instant leaseEnd(Instant now) {
        return now.plus(CLAIM_LEASE);
    }

    /** Release is for the claimant only (live or lapsed); a ticket nobody holds has nothing to release. */
    public static void requireReleasable(ClaimState state, String me) {
        if (state.assignee() == null || !state.assignee().equals(me)) {
            throw Refusal.conflict("not_claimed_by_you", RULE, "You do not hold this ticket",
                    "Only the agent who claimed a ticket can release it. Reload the ticket to see who holds it.", null);
        }
    }

    /** Resolving needs the caller's own live claim. */
    public static void requireLiveClaim(ClaimState state, String me, Instant now) {
        if (!state.liveFor(now) || !state.assignee().equals(me)) {
            throw Refusal.conflict("claim_required", RULE, "Claim the ticket first",
                    "Claim the ticket (it is yours for 30 minutes) and then resolve it, so nobody else answers "
                            + "the school at the same time.", null);
        }
    }

    public static void validateNote(String body) {
        if (body == null || body.isBlank()) {
            throw Refusal.rule("note_required", RULE, "The note is empty", "Write the note's text.", "/body");
        }
        if (body.length() > MAX_NOTE) {
            throw Refusal.rule("note_too_long", RULE, "The note is too long",
                    "Shorten the note to " + MAX_NOTE + " characters or fewer, or split it into two notes.", "/body");
        }
    }
}
