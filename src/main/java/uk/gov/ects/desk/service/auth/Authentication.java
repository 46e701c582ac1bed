package uk.gov.ects.desk.service.auth;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.http.ApiError;

/**
 * Checks the bearer token on every API request (401) and the route's {@link Access} once the
 * route is known (403).
 */
public final class Authentication {

    private static final String AGENT = "ects.agent";

    private final AgentDirectory agents;
    private final ServiceClock clock;

    public Authentication(AgentDirectory agents, ServiceClock clock) {
        this.agents = agents;
        this.clock = clock;
    }

    /** A {@code before} handler: unauthenticated requests never reach a route, known or not. */
    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw ApiError.unauthorised("Send your token as 'Authorization: Bearer <token>'.");
        }
        AgentDirectory.Check check = agents.check(header.substring(7).trim(), clock.now());
        if (check instanceof AgentDirectory.Check.Valid valid) {
            ctx.attribute(AGENT, valid.agent());
        } else if (check instanceof AgentDirectory.Check.Expired) {
            throw ApiError.unauthorised("Your token has expired. Ask a lead for a new one.");
        } else {
            throw ApiError.unauthorised("The token is not recognised. Check it, or ask a lead for a new one.");
        }
    }

    /** A {@code beforeMatched} handler: the route's declared access against the agent's role. */
    public void authorise(Context ctx) {
        Agent agent = ctx.attribute(AGENT);
        if (agent == null) {
            return; // outside the API's base path: nothing to check
        }
        boolean declared = false;
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof Access access) {
                declared = true;
                if (!access.allows(agent.role())) {
                    throw ApiError.forbidden(access.refusal() + " You are signed in as a " + agent.role().code() + ".");
                }
            }
        }
        if (!declared) {
            // Deny by default: a route that forgot to declare its access is closed, not open.
            throw ApiError.forbidden("This route is not open to any role.");
        }
    }

    public static Agent agent(Context ctx) {
        Agent agent = ctx.attribute(AGENT);
        if (agent == null) {
            throw ApiError.unauthorised("Send your token as 'Authorization: Bearer <token>'.");
        }
        return agent;
    }
}
