package uk.gov.ects.desk.gui.tickets;

import java.util.List;

/**
 * The operation a ticket seems to ask for (an operation ID such as {@code OVR-TRANSFER}), in words,
 * with the recognised things it is about. Enter on the Tickets tab hands it to whoever opens
 * operations (the launcher wires that).
 */
public record SuggestedAction(String operation, String description, String ticketId, List<Recogniser.Entity> about) {

    public SuggestedAction {
        about = about == null ? List.of() : List.copyOf(about);
    }

    public SuggestedAction forTicket(String id) {
        return new SuggestedAction(operation, description, id, about);
    }
}
