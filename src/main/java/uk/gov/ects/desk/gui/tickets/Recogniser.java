package uk.gov.ects.desk.gui.tickets;

import java.util.List;
import java.util.Optional;

/**
 * What the app recognises in a ticket's message: the records it names and the likely category.
 * Mirrors {@code model.tickets.recognition.TicketRecognizer};
 * {@link ModelRecogniser} adapts it; tests pass their own.
 */
@FunctionalInterface
public interface Recogniser {

    Recognition recognise(String subject, String body);

    enum EntityKind { URN, TRN, EMAIL, NAME, DATE, NI_NUMBER, POSTCODE, PHONE }

    /** One thing found in the text: where it was ({@code start}..{@code end} in subject + "\n" + body) and its tidy form. */
    record Entity(EntityKind kind, String text, String normalised, int start, int end) {
    }

    /** The likely category code, how sure (0..1), and the words that suggested it. */
    record CategoryGuess(String category, double confidence, List<String> cues) {

        public static final CategoryGuess NONE = new CategoryGuess(null, 0, List.of());

        public CategoryGuess {
            cues = cues == null ? List.of() : List.copyOf(cues);
        }
    }

    record Recognition(List<Entity> entities, CategoryGuess category, SuggestedAction suggested) {

        public static final Recognition NOTHING = new Recognition(List.of(), CategoryGuess.NONE, null);

        public Recognition {
            entities = entities == null ? List.of() : List.copyOf(entities);
            category = category == null ? CategoryGuess.NONE : category;
        }

        public Optional<SuggestedAction> suggestedOperation() {
            return Optional.ofNullable(suggested);
        }
    }
}
