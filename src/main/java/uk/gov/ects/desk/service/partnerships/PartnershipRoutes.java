package uk.gov.ects.desk.service.partnerships;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;
import uk.gov.ects.desk.service.history.AuditHistory;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.http.KeysetList;
import uk.gov.ects.desk.service.http.Params;
import uk.gov.ects.desk.service.http.Responses;
import uk.gov.ects.desk.service.sql.Exists;
import uk.gov.ects.desk.service.sql.Select;
import uk.gov.ects.desk.service.store.Database;

/** {@code GET /partnerships}, {@code /partnerships/{id}}, {@code /partnerships/{id}/history}. */
public final class PartnershipRoutes {

    private final Database database;
    private final PartnershipRenderer renderer;
    private final AuditHistory history;

    public PartnershipRoutes(Database database, PartnershipRenderer renderer, AuditHistory history) {
        this.database = database;
        this.renderer = renderer;
        this.history = history;
    }

    public void register(RoutesConfig routes) {
        String base = SupportService.BASE_PATH + "/partnerships";
        routes.get(base, this::search, Access.READ);
        routes.get(base + "/{id}", this::one, Access.READ);
        routes.get(base + "/{id}/history", ctx -> {
            String id = ctx.pathParam("id");
            if (!Exists.row(database, "partnerships", "id", id)) {
                throw ApiError.notFound("partnership", id);
            }
            history.serve(ctx, "partnership", List.of(id));
        }, Access.READ);
    }

    private void search(Context ctx) {
        Select select = new Select("SELECT p.id FROM partnerships p");
        String school = Params.text(ctx, "school");
        if (school != null) {
            select.where("p.school_urn = ?", school);
        }
        Integer cohort = Params.integer(ctx, "cohort");
        if (cohort != null) {
            select.where("p.cohort = ?", cohort);
        }
        String leadProvider = Params.text(ctx, "lead_provider");
        if (leadProvider != null) {
            select.where("p.lead_provider_id = ?", leadProvider);
        }
        String status = Params.oneOf(ctx, "status", "active", "challenged");
        if (status != null) {
            select.where("p.status = ?", status);
        }
        KeysetList.byKey(ctx, database, renderer, select, "p.id");
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        Responses.one(ctx, database.read(c -> renderer.renderOne(c, id))
                .orElseThrow(() -> ApiError.notFound("partnership", id)));
    }
}
