package uk.gov.ects.desk.client.session;

/**
 * Who a token belongs to, as GET /me answers.
 *
 * @param id   the agent's id on the service; with the service address it names the agent's cache
 * @param name the agent's name
 * @param role the role code ({@code viewer}, {@code agent}, {@code lead}, {@code intake})
 */
public record SignedInAgent(String id, String name, String role) {
}
