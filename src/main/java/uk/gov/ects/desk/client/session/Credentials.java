package uk.gov.ects.desk.client.session;

/**
 * An agent's sign-in to one service, as kept (encrypted) by {@link CredentialsStore}.
 *
 * @param serviceUrl the API base URL, normalised by {@link ServiceAddress#normalise}
 * @param agent      who the token belongs to, from GET /me when it was last checked
 * @param token      the agent's bearer token; never logged, never written in clear
 */
public record Credentials(String serviceUrl, SignedInAgent agent, String token) {

    @Override
    public String toString() {
        return "Credentials[" + serviceUrl + ", " + agent + ", token hidden]";
    }
}
