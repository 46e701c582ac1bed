package uk.gov.ects.desk.model.tickets.recognition;

import java.util.Objects;

/**
 * One recognised piece of a ticket. {@code start} and {@code end} are offsets (end exclusive) into
 * {@code subject + "\n" + body}, so a view can highlight {@code text} where it was written;
 * {@code normalised} is the value to search or pre-fill with (TRN padded to 7 digits, date as ISO,
 * email in lower case, postcode in capitals with one space, phone as digits from the leading 0).
 */
public record Entity(EntityKind kind, String text, String normalised, int start, int end) {

    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalised, "normalised");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
