package uk.gov.ects.desk.gui.tickets;

import java.util.List;
import uk.gov.ects.desk.client.api.dto.TicketDto;

/**
 * The reading pane of a ticket, in words: the message, what the app recognised in it (matched
 * against the cache), the likely category with its cues, and the suggested action if any.
 */
public record TicketReading(TicketDto ticket, String subject, String from, String received, String body,
        String claim, List<RecognisedLink> links, String categoryGuess, SuggestedAction suggested) {
}
