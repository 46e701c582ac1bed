package uk.gov.ects.desk.service.tickets;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.http.KeysetList;
import uk.gov.ects.desk.service.http.Params;
import uk.gov.ects.desk.service.http.Responses;
import uk.gov.ects.desk.service.sql.Select;
import uk.gov.ects.desk.service.store.Database;

/** {@code GET /tickets?status=&assignee=&category=} (oldest first: the queue order), {@code /tickets/{id}}. */
public final class TicketRoutes {

    private final Database database;
    private final TicketRenderer renderer;

    public TicketRoutes(Database database, TicketRenderer renderer) {
        this.database = database;
        this.renderer = renderer;
    }

    public void register(RoutesConfig routes) {
        routes.get(SupportService.BASE_PATH + "/tickets", this::list, Access.READ);
        routes.get(SupportService.BASE_PATH + "/tickets/{id}", this::one, Access.READ);
    }

    private void list(Context ctx) {
        Select select = new Select("SELECT t.id, t.received_at AS at FROM tickets t");
        String status = Params.oneOf(ctx, "status", "new", "triaged", "waiting_on_school", "resolved");
        if (status != null) {
            select.where("t.status = ?", status);
        }
        String assignee = Params.text(ctx, "assignee");
        if (assignee != null) {
            select.where("t.assignee = ?", assignee);
        }
        String category = Params.text(ctx, "category");
        if (category != null) {
            select.where("t.category = ?", category);
        }
        KeysetList.byTime(ctx, database, select, "t.received_at", "t.id", false, renderer::renderInOrder);
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        Responses.one(ctx, database.read(c -> renderer.renderOne(c, id))
                .orElseThrow(() -> ApiError.notFound("ticket", id)));
    }
}
