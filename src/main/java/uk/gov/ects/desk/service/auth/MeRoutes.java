package uk.gov.ects.desk.service.auth;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.ects.desk.service.SupportService;

/** {@code GET /me}: who the token belongs to. Open to every role, intake included. */
public final class MeRoutes {

    public void register(RoutesConfig routes) {
        routes.get(SupportService.BASE_PATH + "/me", ctx -> {
            Agent agent = Authentication.agent(ctx);
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("name", agent.name());
            attributes.put("role", agent.role().code());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", agent.id());
            data.put("type", "agent");
            data.put("attributes", attributes);
            ctx.json(Map.of("data", data));
        }, Access.ANY_AGENT);
    }
}
