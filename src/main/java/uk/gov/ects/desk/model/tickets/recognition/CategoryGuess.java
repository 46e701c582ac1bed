package uk.gov.ects.desk.model.tickets.recognition;

import java.util.List;

/**
 * The category the words of a ticket suggest, how sure the recogniser is (0 to 1), and the words
 * that suggested it, as written in the ticket, so an agent can see why and overrule it.
 */
public record CategoryGuess(String category, double confidence, List<String> cues) {

    public CategoryGuess {
        cues = List.copyOf(cues);
    }

    public static CategoryGuess other(double confidence) {
        return new CategoryGuess(TicketCategory.OTHER.wireName(), confidence, List.of());
    }
}
