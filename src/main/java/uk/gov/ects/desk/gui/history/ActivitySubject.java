package uk.gov.ects.desk.gui.history;

import java.util.Objects;

/** The record a detail pane shows: {@code type} is {@code school}, {@code participant} or {@code partnership}. */
public record ActivitySubject(String type, String id) {

    public ActivitySubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static ActivitySubject school(String urn) {
        return new ActivitySubject("school", urn);
    }

    public static ActivitySubject participant(String id) {
        return new ActivitySubject("participant", id);
    }

    public static ActivitySubject partnership(String id) {
        return new ActivitySubject("partnership", id);
    }

    /** How notes name their record, e.g. {@code school:100001}. */
    public String target() {
        return type + ":" + id;
    }

    public boolean isSchool() {
        return "school".equals(type);
    }
}
