package uk.gov.ects.desk.gui.signin;

/**
 * A sign-in the service accepted.
 *
 * @param name          the agent's name from GET /me
 * @param role          the role code from GET /me
 * @param restartNeeded the token belongs to another service or agent than the records open now,
 *                      so they show after a restart
 */
public record SignInOutcome(String name, String role, boolean restartNeeded) {
}
