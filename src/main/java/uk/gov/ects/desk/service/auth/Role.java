package uk.gov.ects.desk.service.auth;

import java.util.Locale;

/** An agent's role (api.md "Authentication and roles"). */
public enum Role {
    VIEWER, AGENT, LEAD, INTAKE;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromApiName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Viewers, agents and leads read; the contact form's intake token does not. */
    public boolean canRead() {
        return this != INTAKE;
    }
}
