package uk.gov.ects.desk.service.writes;

import io.javalin.config.RoutesConfig;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;

/**
 * Declares write routes under the API's base path. Routes are open to every token at the routing
 * level; {@link Writes} checks the role against the operation (model.support.Role), so the 403
 * names the operation.
 */
public final class WriteRoutes {

    private final RoutesConfig routes;
    private final Writes writes;

    public WriteRoutes(RoutesConfig routes, Writes writes) {
        this.routes = routes;
        this.writes = writes;
    }

    public WriteRoutes post(String path, WriteOperation<?> operation) {
        routes.post(SupportService.BASE_PATH + path, writes.handler(operation), Access.ANY_AGENT);
        return this;
    }

    public WriteRoutes put(String path, WriteOperation<?> operation) {
        routes.put(SupportService.BASE_PATH + path, writes.handler(operation), Access.ANY_AGENT);
        return this;
    }

    public WriteRoutes patch(String path, WriteOperation<?> operation) {
        routes.patch(SupportService.BASE_PATH + path, writes.handler(operation), Access.ANY_AGENT);
        return this;
    }

    public WriteRoutes delete(String path, WriteOperation<?> operation) {
        routes.delete(SupportService.BASE_PATH + path, writes.handler(operation), Access.ANY_AGENT);
        return this;
    }
}
