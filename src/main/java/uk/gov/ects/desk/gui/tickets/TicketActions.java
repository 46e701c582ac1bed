package uk.gov.ects.desk.gui.tickets;

import java.util.List;
import java.util.concurrent.CompletionStage;
import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.client.api.dto.TicketLinksDto;

/**
 * The ticket writes the Tickets tab asks for. The launcher implements them with the outbox, so a
 * stage completes when the change is safely queued (or fails with a plain-English message);
 * callbacks may arrive on any thread.
 */
public interface TicketActions {

    CompletionStage<Void> claim(TicketDto ticket);

    CompletionStage<Void> release(TicketDto ticket);

    /** Category and priority codes as in api.md; {@code linked} replaces the ticket's links. */
    CompletionStage<Void> triage(TicketDto ticket, String category, String priority, TicketLinksDto linked);

    CompletionStage<Void> addNote(TicketDto ticket, String body);

    /** {@code reply} is emailed to the sender; null sends nothing. */
    CompletionStage<Void> resolve(TicketDto ticket, String resolution, String reply);

    CompletionStage<Void> bulkClaim(List<TicketDto> tickets);

    CompletionStage<Void> bulkCategorise(List<TicketDto> tickets, String category);
}
