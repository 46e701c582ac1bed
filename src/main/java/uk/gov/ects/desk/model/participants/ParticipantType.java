package uk.gov.ects.desk.model.participants;

import java.util.Locale;

public enum ParticipantType {
    ECT("early career teacher"),
    MENTOR("mentor");

    private final String label;

    ParticipantType(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
