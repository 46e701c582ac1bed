package uk.gov.ects.desk.gui.tickets;

import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.TicketDto;

/** Dialogs the Tickets tab's ViewModel asks for; tests answer them with a fake. */
public interface TicketDialogs {

    /** What the agent wrote to resolve the ticket, or empty if they cancelled. */
    Optional<Resolution> askToResolve(TicketDto ticket, String suggestedReply);

    /** The resolution note and the reply to email (null: send no reply). */
    record Resolution(String resolution, String reply) {
    }
}
