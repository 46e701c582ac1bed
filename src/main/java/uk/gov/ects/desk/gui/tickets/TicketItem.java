package uk.gov.ects.desk.gui.tickets;

import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.model.tickets.TicketAge;

/**
 * One row of the tickets table, in words: the ticket's age against its target and where it
 * stands (null for resolved tickets, which have no target any more).
 */
public record TicketItem(TicketDto ticket, String age, String target, TicketAge.Standing standing, String status,
        String priority, String category, String from, String subject, String assignee) {

    public String id() {
        return ticket.id();
    }
}
