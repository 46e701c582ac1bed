package uk.gov.ects.desk.service.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.gov.ects.desk.model.tickets.TicketRules;
import uk.gov.ects.desk.service.auth.AgentDirectory;
import uk.gov.ects.desk.service.dataset.Dataset;

/**
 * A desk part-way through its month, as of the demo clock (1 Oct 2026 09:00): the older tickets
 * mostly resolved over the last two weeks, some waiting on the school, some triaged and being worked
 * on, the newest still new. Worked tickets have the category their kind of message belongs to, a
 * priority, the teacher they are about, and an agent; the sandbox's own agent holds live claims, so
 * its Mine queue has work in it. Seeded like the rest of the demo.
 */
final class DemoTicketWork {

    private static final Instant NOW = DemoGenerator.CLOCK;
    /** The Overview charts resolutions over the last 14 UK days: 18 Sep to 1 Oct. */
    private static final LocalDate FIRST_CHARTED_DAY = LocalDate.of(2026, 9, 18);
    private static final LocalDate LAST_FULL_DAY = LocalDate.of(2026, 9, 30);
    private static final String SANDBOX_AGENT = AgentDirectory.FIRST_START_AGENT;
    private static final List<String> OTHER_AGENTS = List.of("Sam Okoro", "Priya Lawson");
    private static final List<String> PRIORITIES = TicketRules.PRIORITIES;
    /** low, normal, high, urgent: most work is normal. */
    private static final double[] PRIORITY_WEIGHTS = {2, 5, 2, 1};
    private static final Duration CLAIM = TicketRules.CLAIM_LEASE;
    /** The sandbox agent took its live claims ten minutes before the demo's now. */
    private static final Instant LIVE_CLAIM_UNTIL = NOW.plus(CLAIM).minus(Duration.ofMinutes(10));
    private static final Map<String, String> RESOLUTIONS = Map.of(
            "trn_dob_correction", "Revalidated the teacher record with the TRN and date of birth from the TRA certificate.",
            "programme_change", "Changed the programme choice as the governors agreed; the lead provider was told.",
            "multi_school_mentor", "Added the mentor to the second school's mentor pool so both schools can pair them.",
            "partnership_change", "Challenged the partnership so the school can report the provider it signed with.",
            "induction_tutor", "Replaced the induction tutor; the new tutor has the sign-in link.",
            "participant_details", "Updated the name on the record after the school confirmed the change.",
            "transfer", "Moved the ECT to the new school from their joining date.",
            "duplicate", "Merged the duplicate record into the one with the right email.",
            "other", "Explained what the school needs to do and pointed them to the guidance.");

    /** Shares of the tickets, oldest first: resolved, then waiting or triaged, then new. */
    private static final double RESOLVED_SHARE = 0.45;
    private static final double WORKED_SHARE = 0.75;

    private final DemoRandom random;

    DemoTicketWork(DemoRandom random) {
        this.random = random;
    }

    /**
     * @param participantIds per ticket, the teacher its message is about (or null)
     * @param categories     per ticket, the category an agent files it under
     */
    List<Dataset.Ticket> workOn(List<Dataset.Ticket> arrived, List<String> participantIds, List<String> categories) {
        List<Integer> oldestFirst = IntStream.range(0, arrived.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> arrived.get(i).receivedAt()).thenComparing(i -> arrived.get(i).id()))
                .toList();
        List<Dataset.Ticket> worked = new ArrayList<>(arrived);
        int liveClaims = 0;
        for (int rank = 0; rank < oldestFirst.size(); rank++) {
            int i = oldestFirst.get(rank);
            Dataset.Ticket ticket = arrived.get(i);
            double age = (double) rank / arrived.size();
            String category = categories.get(i);
            List<String> about = participantIds.get(i) == null ? List.of() : List.of(participantIds.get(i));
            if (age < RESOLVED_SHARE && rank % 5 != 4) {
                worked.set(i, resolved(ticket, category, about));
            } else if (age < WORKED_SHARE) {
                boolean waiting = rank % 5 == 4 || random.chance(0.4);
                if (waiting) {
                    worked.set(i, with(ticket, TicketRules.WAITING_ON_SCHOOL, category, about,
                            random.chance(0.5) ? SANDBOX_AGENT : OTHER_AGENTS.get(0), ranOut(ticket)));
                } else if (liveClaims < 2) {
                    liveClaims++;
                    worked.set(i, with(ticket, TicketRules.TRIAGED, category, about, SANDBOX_AGENT, LIVE_CLAIM_UNTIL));
                } else {
                    worked.set(i, with(ticket, TicketRules.TRIAGED, category, about, OTHER_AGENTS.get(0), ranOut(ticket)));
                }
            } else if (rank == oldestFirst.size() - 1) {
                // Just claimed, not triaged yet: new tickets can be someone's too.
                worked.set(i, new Dataset.Ticket(ticket.id(), ticket.receivedAt(), ticket.fromEmail(), ticket.subject(),
                        ticket.body(), ticket.schoolUrn(), TicketRules.NEW, null, TicketRules.DEFAULT_PRIORITY,
                        SANDBOX_AGENT, LIVE_CLAIM_UNTIL, List.of(), null, null));
            }
        }
        coverEveryCategory(worked, oldestFirst, participantIds, categories);
        return worked;
    }

    /**
     * The Overview shows every category only if some worked ticket has it: a category only new
     * tickets have gets its newest ticket triaged (unclaimed, in the queue for whoever is free).
     */
    private void coverEveryCategory(List<Dataset.Ticket> worked, List<Integer> oldestFirst, List<String> participantIds,
            List<String> categories) {
        for (String category : TicketRules.CATEGORIES) {
            boolean covered = worked.stream().anyMatch(t -> category.equals(t.category()));
            for (int rank = oldestFirst.size() - 2; rank >= 0 && !covered; rank--) {
                int i = oldestFirst.get(rank);
                if (category.equals(categories.get(i)) && TicketRules.NEW.equals(statusOf(worked.get(i)))) {
                    List<String> about = participantIds.get(i) == null ? List.of() : List.of(participantIds.get(i));
                    worked.set(i, with(worked.get(i), TicketRules.TRIAGED, category, about, null, null));
                    covered = true;
                }
            }
        }
    }

    private static String statusOf(Dataset.Ticket ticket) {
        return ticket.status() == null ? TicketRules.NEW : ticket.status();
    }

    private Dataset.Ticket resolved(Dataset.Ticket ticket, String category, List<String> about) {
        LocalDate from = ticket.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
        from = from.isBefore(FIRST_CHARTED_DAY) ? FIRST_CHARTED_DAY : from;
        Instant resolvedAt = random.workingTimeBetween(from.isAfter(LAST_FULL_DAY) ? LAST_FULL_DAY : from, LAST_FULL_DAY);
        if (!resolvedAt.isAfter(ticket.receivedAt())) {
            resolvedAt = ticket.receivedAt().plus(Duration.ofHours(2));
        }
        if (resolvedAt.isAfter(NOW)) {
            resolvedAt = NOW.minus(Duration.ofMinutes(15));
        }
        String agent = random.chance(0.4) ? SANDBOX_AGENT : random.pick(OTHER_AGENTS);
        return new Dataset.Ticket(ticket.id(), ticket.receivedAt(), ticket.fromEmail(), ticket.subject(), ticket.body(),
                ticket.schoolUrn(), TicketRules.RESOLVED, category, priority(), agent, null, about,
                RESOLUTIONS.get(category), resolvedAt);
    }

    private Dataset.Ticket with(Dataset.Ticket ticket, String status, String category, List<String> about, String agent,
            Instant claimedUntil) {
        return new Dataset.Ticket(ticket.id(), ticket.receivedAt(), ticket.fromEmail(), ticket.subject(), ticket.body(),
                ticket.schoolUrn(), status, category, priority(), agent, claimedUntil, about, null, null);
    }

    private String priority() {
        return random.pickWeighted(PRIORITIES, PRIORITY_WEIGHTS);
    }

    /** A claim that ran out while the agent waited on the school: half an hour after they took it. */
    private Instant ranOut(Dataset.Ticket ticket) {
        Instant claimed = ticket.receivedAt().plus(Duration.ofHours(random.between(1, 20)));
        Instant until = claimed.plus(CLAIM);
        return until.isBefore(NOW) ? until : NOW.minus(Duration.ofMinutes(5));
    }
}
