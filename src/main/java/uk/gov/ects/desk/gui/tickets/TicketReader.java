package uk.gov.ects.desk.gui.tickets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.gui.tickets.RecognisedLink.Target;
import uk.gov.ects.desk.gui.tickets.Recogniser.Entity;
import uk.gov.ects.desk.gui.tickets.Recogniser.Recognition;
import uk.gov.ects.desk.model.tickets.recognition.TicketCategory;

/**
 * Turns a ticket into its reading pane and the starting triage form: runs the recogniser and
 * matches what it found against the cache (URN → school; TRN, email or name → participant).
 * Blocking: runs in a background task.
 */
final class TicketReader {

    /** The pane and the form's starting links. */
    record Result(TicketReading reading, List<LinkedRecord> linked, String guessedCategory) {
    }

    private static final int NAME_MATCHES = 5;

    private final CacheQueries cache;
    private final Recogniser recogniser;

    TicketReader(CacheQueries cache, Recogniser recogniser) {
        this.cache = cache;
        this.recogniser = recogniser;
    }

    Result read(TicketDto ticket, Instant now) {
        Recognition recognition = recogniser.recognise(ticket.subject(), ticket.body());
        List<RecognisedLink> links = new ArrayList<>();
        Map<String, LinkedRecord> linked = new LinkedHashMap<>();
        for (String urn : ticket.linkedOrEmpty().schools()) {
            linked.put("school:" + urn, schoolRecord(urn));
        }
        for (String id : ticket.linkedOrEmpty().participants()) {
            linked.put("participant:" + id, participantRecord(id));
        }
        Map<String, LinkedRecord> concerned = new LinkedHashMap<>(linked);
        String newTrn = recognition.suggestedOperation().map(SuggestedAction::newTrn).orElse(null);
        for (Entity entity : distinct(recognition.entities())) {
            RecognisedLink link = match(entity);
            links.add(link);
            // Whoever already holds the TRN the ticket asks for is someone else, not the teacher to correct.
            boolean holdsNewTrn = entity.kind() == Recogniser.EntityKind.TRN && value(entity).equals(newTrn);
            if (link.target() == Target.SCHOOL) {
                linked.putIfAbsent("school:" + link.targetId(), schoolRecord(link.targetId()));
                concerned.putIfAbsent("school:" + link.targetId(), linked.get("school:" + link.targetId()));
            } else if (link.target() == Target.PARTICIPANT) {
                linked.putIfAbsent("participant:" + link.targetId(), participantRecord(link.targetId()));
                if (!holdsNewTrn) {
                    concerned.putIfAbsent("participant:" + link.targetId(), linked.get("participant:" + link.targetId()));
                }
            }
        }
        Recogniser.CategoryGuess guess = recognition.category();
        SuggestedAction suggested = suggestion(ticket, recognition)
                .map(action -> action.forTicket(ticket.id()).withRecords(List.copyOf(concerned.values())))
                .orElse(null);
        TicketReading reading = new TicketReading(ticket, orNone(ticket.subject(), "(no subject)"),
                orNone(ticket.fromEmail(), "Not recorded"), Wording.dateTime(ticket.receivedAt()),
                orNone(ticket.body(), ""), claimText(ticket, now), List.copyOf(links), guessText(guess), suggested);
        return new Result(reading, List.copyOf(linked.values()), guess.category());
    }

    /**
     * Once an agent has set the ticket's category, its operation is the one suggested, with what the
     * text gave; before that, the recogniser's guess.
     */
    private static Optional<SuggestedAction> suggestion(TicketDto ticket, Recognition recognition) {
        Optional<SuggestedAction> recognised = recognition.suggestedOperation();
        if (ticket.category() == null) {
            return recognised;
        }
        return TicketCategory.byWireName(ticket.category()).flatMap(TicketCategory::suggestedOperation)
                .map(operation -> recognised
                        .map(action -> action.operation().equals(operation.id()) ? action
                                : action.asOperation(operation.id(), operation.label()))
                        .orElseGet(() -> new SuggestedAction(operation.id(), operation.label(), null, recognition.entities())));
    }

    private static String value(Entity entity) {
        return entity.normalised() == null ? entity.text() : entity.normalised();
    }

    private static List<Entity> distinct(List<Entity> entities) {
        Map<String, Entity> seen = new LinkedHashMap<>();
        for (Entity entity : entities) {
            seen.putIfAbsent(entity.kind() + ":" + entity.normalised(), entity);
        }
        return List.copyOf(seen.values());
    }

    private RecognisedLink match(Entity entity) {
        String value = value(entity);
        return switch (entity.kind()) {
            case URN -> cache.school(value)
                    .map(school -> new RecognisedLink(entity, Target.SCHOOL, value, school.name() + " (URN " + value + ")"))
                    .orElseGet(() -> notFound(entity, "No school with URN " + value + " in the cache"));
            case TRN -> participant(entity, value, row -> value.equals(row.trn()), "TRN " + value);
            case EMAIL -> participant(entity, value, row -> true, value);
            case NAME -> participant(entity, value, row -> row.fullName() != null
                    && row.fullName().toLowerCase(Locale.UK).equals(value.toLowerCase(Locale.UK)), value);
            default -> new RecognisedLink(entity, Target.NONE, null, entity.text() + " (not looked up)");
        };
    }

    private RecognisedLink participant(Entity entity, String value, java.util.function.Predicate<ParticipantRow> fits,
            String described) {
        List<ParticipantRow> rows = cache.searchParticipants(value, 0, NAME_MATCHES).stream().filter(fits).toList();
        if (rows.isEmpty()) {
            return notFound(entity, "No participant with " + described + " in the cache");
        }
        ParticipantRow first = rows.get(0);
        String more = rows.size() > 1 ? " (first of " + rows.size() + " matches)" : "";
        return new RecognisedLink(entity, Target.PARTICIPANT, first.id(),
                first.fullName() + ", " + orNone(first.schoolName(), "no school") + more);
    }

    private static RecognisedLink notFound(Entity entity, String sentence) {
        return new RecognisedLink(entity, Target.NONE, null, sentence + ": not found in cache");
    }

    private LinkedRecord schoolRecord(String urn) {
        Optional<SchoolDto> school = cache.school(urn);
        return new LinkedRecord(LinkedRecord.Kind.SCHOOL, urn,
                "School " + urn + school.map(s -> ", " + s.name()).orElse(" (not in the cache)"));
    }

    private LinkedRecord participantRecord(String id) {
        Optional<ParticipantDto> participant = cache.participant(id);
        return new LinkedRecord(LinkedRecord.Kind.PARTICIPANT, id,
                participant.map(p -> p.fullName() + " (" + id + ")").orElse("Participant " + id + " (not in the cache)"));
    }

    private static String guessText(Recogniser.CategoryGuess guess) {
        if (guess.category() == null) {
            return "No likely category recognised.";
        }
        String cues = guess.cues().isEmpty() ? "" : " — cue words: " + String.join(", ", guess.cues());
        return "Looks like " + TicketCategories.numbered(guess.category()) + " ("
                + Math.round(guess.confidence() * 100) + "% sure)" + cues;
    }

    static String claimText(TicketDto ticket, Instant now) {
        if (ticket.assignee() == null) {
            return "Nobody has claimed this ticket.";
        }
        if ("resolved".equals(ticket.status())) {
            return "Resolved by " + ticket.assignee() + ".";
        }
        return ticket.claimedAt(now) ? "Claimed by " + ticket.assignee() + " until " + Wording.dateTime(ticket.claimedUntil())
                : "Claimed by " + ticket.assignee() + " before; the claim has run out.";
    }

    private static String orNone(String text, String none) {
        return text == null || text.isBlank() ? none : text;
    }
}
