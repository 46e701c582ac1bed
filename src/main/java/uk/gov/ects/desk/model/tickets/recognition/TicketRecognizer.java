package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a support ticket for the things an agent looks up (URNs, TRNs, names, dates of birth, NI
 * numbers, emails, postcodes, phone numbers), guesses its category from the words it uses, and
 * picks out a corrected TRN or date of birth. Pure and deterministic: the same text always gives
 * the same recognition, so the client can run it on a ticket as it is shown.
 *
 * <p>Finders run from the most to the least specific; a later finder never claims text an earlier
 * one took, so a phone number's digits are never a TRN and an email's name part is never a name.
 */
public final class TicketRecognizer {

    private static final List<Function<TicketText, List<Entity>>> FINDERS_MOST_SPECIFIC_FIRST = List.of(
            EmailFinder::find,
            PhoneFinder::find,
            NiNumberFinder::find,
            DateFinder::find,
            PostcodeFinder::find,
            ReferenceNumberFinder::find,
            NameFinder::find);

    private TicketRecognizer() {
    }

    /** Entity offsets are into {@code subject + "\n" + body}; either may be null. */
    public static Recognition recognise(String subject, String body) {
        TicketText ticket = new TicketText(subject, body);
        List<Entity> entities = new ArrayList<>();
        for (Function<TicketText, List<Entity>> finder : FINDERS_MOST_SPECIFIC_FIRST) {
            for (Entity candidate : finder.apply(ticket)) {
                boolean taken = entities.stream().anyMatch(entity -> entity.overlaps(candidate.start(), candidate.end()));
                if (!taken) {
                    entities.add(candidate);
                }
            }
        }
        entities.sort(Comparator.comparingInt(Entity::start));
        return new Recognition(entities, CategoryClassifier.classify(ticket), CorrectionFinder.find(ticket, entities));
    }
}
