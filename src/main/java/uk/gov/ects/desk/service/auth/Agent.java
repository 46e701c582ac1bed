package uk.gov.ects.desk.service.auth;

import uk.gov.ects.desk.model.support.Role;

/** A signed-in support agent. */
public record Agent(String id, String name, Role role) {
}
