package uk.gov.ects.desk.gui.tickets;

import java.time.LocalDate;
import java.util.List;

/**
 * The operation a ticket seems to ask for (an operation ID such as {@code OVR-TRANSFER}), in words,
 * with the recognised things it is about, the records it concerns (the ticket's linked records
 * first, then those recognised in its text and found in the cache) and the new values it gives:
 * a corrected TRN or date of birth, a programme choice code. Enter on the Tickets tab hands it to
 * whoever opens operations (the launcher wires that); values it does not know are null.
 */
public record SuggestedAction(String operation, String description, String ticketId, List<Recogniser.Entity> about,
        List<LinkedRecord> records, String newTrn, LocalDate newDateOfBirth, String programme) {

    public SuggestedAction {
        about = about == null ? List.of() : List.copyOf(about);
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** A suggestion with nothing but the operation and what was recognised. */
    public SuggestedAction(String operation, String description, String ticketId, List<Recogniser.Entity> about) {
        this(operation, description, ticketId, about, List.of(), null, null, null);
    }

    public SuggestedAction forTicket(String id) {
        return new SuggestedAction(operation, description, id, about, records, newTrn, newDateOfBirth, programme);
    }

    public SuggestedAction withRecords(List<LinkedRecord> concerned) {
        return new SuggestedAction(operation, description, ticketId, about, concerned, newTrn, newDateOfBirth, programme);
    }

    /** The same values for another operation: the ticket's category, once an agent has set it, wins over the guess. */
    public SuggestedAction asOperation(String otherOperation, String otherDescription) {
        return new SuggestedAction(otherOperation, otherDescription, ticketId, about, records, newTrn, newDateOfBirth,
                programme);
    }

    /** The first record of this kind, or null. */
    public String first(LinkedRecord.Kind kind) {
        return records.stream().filter(record -> record.kind() == kind).map(LinkedRecord::id).findFirst().orElse(null);
    }
}
