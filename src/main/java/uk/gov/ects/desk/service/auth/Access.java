package uk.gov.ects.desk.service.auth;

import uk.gov.ects.desk.model.support.Role;

import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;

/** What a route needs; each route declares one, checked before it runs. */
public enum Access implements RouteRole {
    READ(EnumSet.of(Role.VIEWER, Role.AGENT, Role.LEAD), "Reading needs a viewer, agent or lead token."),
    LEAD(EnumSet.of(Role.LEAD), "Only a lead can do this."),
    /** Agent-only reads such as the teacher record check (it answers about a person's record). */
    AGENT(EnumSet.of(Role.AGENT, Role.LEAD), "Needs an agent or lead token."),
    ANY_AGENT(EnumSet.allOf(Role.class), "");

    private final Set<Role> roles;
    private final String refusal;

    Access(Set<Role> roles, String refusal) {
        this.roles = roles;
        this.refusal = refusal;
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    public String refusal() {
        return refusal;
    }
}
