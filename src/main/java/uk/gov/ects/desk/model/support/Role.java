package uk.gov.ects.desk.model.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An API token's role (api.md, "Authentication and roles"). */
public enum Role {
    /** Reads only. */
    VIEWER,
    /** Reads, works tickets, does school and support operations. */
    AGENT,
    /** An agent who may also merge and remove participants. */
    LEAD,
    /** The school-facing pages (contact form, sign-in page): may only create tickets and sign tutors in. */
    INTAKE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }

    public boolean mayDo(Operation operation) {
        return switch (operation.access()) {
            case READ -> this != INTAKE;
            case INTAKE -> this == INTAKE || this == AGENT || this == LEAD;
            case SCHOOL_PAGE -> this == INTAKE;
            case AGENT -> this == AGENT || this == LEAD;
            case LEAD -> this == LEAD;
        };
    }
}
