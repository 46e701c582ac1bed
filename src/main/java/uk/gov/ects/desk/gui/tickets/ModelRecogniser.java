package uk.gov.ects.desk.gui.tickets;

import java.util.List;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.tickets.recognition.ProgrammeFinder;
import uk.gov.ects.desk.model.tickets.recognition.TicketRecognizer;

/** The model's {@link TicketRecognizer} in the Tickets tab's shape; the suggested operation is named by its ID. */
public final class ModelRecogniser implements Recogniser {

    @Override
    public Recognition recognise(String subject, String body) {
        uk.gov.ects.desk.model.tickets.recognition.Recognition found = TicketRecognizer.recognise(subject, body);
        List<Entity> entities = found.entities().stream()
                .map(e -> new Entity(EntityKind.valueOf(e.kind().name()), e.text(), e.normalised(), e.start(), e.end()))
                .toList();
        CategoryGuess guess = new CategoryGuess(found.category().category(), found.category().confidence(),
                found.category().cues());
        String programme = ProgrammeFinder.askedFor(subject, body).map(ProgrammeChoice::code).orElse(null);
        SuggestedAction suggested = found.suggestedOperation()
                .map(operation -> new SuggestedAction(operation.id(), operation.label(), null, entities, List.of(),
                        found.correctedTrn().orElse(null), found.correctedDateOfBirth().orElse(null), programme))
                .orElse(null);
        return new Recognition(entities, guess, suggested);
    }

}
