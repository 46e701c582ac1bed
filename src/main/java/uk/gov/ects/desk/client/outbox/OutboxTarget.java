package uk.gov.ects.desk.client.outbox;

import java.util.Objects;

/** The resource a change is about: entries on one target are sent one after the other, in order. */
public record OutboxTarget(String type, String id) {

    public OutboxTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static OutboxTarget school(String urn) {
        return new OutboxTarget("school", urn);
    }

    public static OutboxTarget participant(String id) {
        return new OutboxTarget("participant", id);
    }

    public static OutboxTarget partnership(String id) {
        return new OutboxTarget("partnership", id);
    }

    /** Reads the {@code type:id} form notes use, e.g. {@code school:100001}. */
    public static OutboxTarget parse(String typeAndId) {
        int colon = typeAndId.indexOf(':');
        if (colon <= 0 || colon == typeAndId.length() - 1) {
            throw new IllegalArgumentException("A target looks like school:100001");
        }
        return new OutboxTarget(typeAndId.substring(0, colon), typeAndId.substring(colon + 1));
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
