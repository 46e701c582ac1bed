package uk.gov.ects.desk.model.tickets.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.gov.ects.desk.model.support.Operation;

/**
 * What {@link TicketRecognizer} found in a ticket: the entities in text order, the category guess,
 * and any new TRN or date of birth the ticket asks for. Nothing here is decided: it is a
 * suggestion an agent confirms.
 */
public record Recognition(List<Entity> entities, CategoryGuess category, Correction correction) {

    public Recognition {
        entities = List.copyOf(entities);
        Objects.requireNonNull(category, "category");
        correction = correction == null ? Correction.NONE : correction;
    }

    public Recognition(List<Entity> entities, CategoryGuess category) {
        this(entities, category, Correction.NONE);
    }

    public List<Entity> entitiesOf(EntityKind kind) {
        return entities.stream().filter(entity -> entity.kind() == kind).toList();
    }

    /** The distinct normalised values of one kind, in the order first written. */
    public List<String> values(EntityKind kind) {
        return entitiesOf(kind).stream().map(Entity::normalised).distinct().toList();
    }

    /** The operation an agent would likely use for the guessed category; empty for {@code other}. */
    public Optional<Operation> suggestedOperation() {
        return TicketCategory.byWireName(category.category()).flatMap(TicketCategory::suggestedOperation);
    }

    /** The TRN the ticket says is the right one, 7 digits. */
    public Optional<String> correctedTrn() {
        return Optional.ofNullable(correction.trn());
    }

    /** The date of birth the ticket says is the right one. */
    public Optional<LocalDate> correctedDateOfBirth() {
        return Optional.ofNullable(correction.dateOfBirth());
    }
}
