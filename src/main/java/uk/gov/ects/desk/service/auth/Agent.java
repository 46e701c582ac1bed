package uk.gov.ects.desk.service.auth;

/** A signed-in support agent. */
public record Agent(String id, String name, Role role) {
}
