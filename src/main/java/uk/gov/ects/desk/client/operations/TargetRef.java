package uk.gov.ects.desk.client.operations;

import java.util.Objects;

/** The record an operation changes: its type ({@code school}, {@code participant}, {@code partnership}) and id. */
public record TargetRef(String type, String id) {

    public TargetRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static TargetRef school(String urn) {
        return new TargetRef("school", urn);
    }

    public static TargetRef participant(String id) {
        return new TargetRef("participant", id);
    }

    public static TargetRef partnership(String id) {
        return new TargetRef("partnership", id);
    }

    /** The {@code type:id} form notes use, e.g. {@code school:100001}. */
    @Override
    public String toString() {
        return type + ":" + id;
    }
}
