package uk.gov.ects.desk.service.notes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;
import uk.gov.ects.desk.service.http.KeysetList;
import uk.gov.ects.desk.service.http.Params;
import uk.gov.ects.desk.service.sql.Select;
import uk.gov.ects.desk.service.store.Database;

/** {@code GET /notes?target=school:123456}: notes, newest first. */
public final class NoteRoutes {

    private final Database database;
    private final NoteRenderer renderer;

    public NoteRoutes(Database database, NoteRenderer renderer) {
        this.database = database;
        this.renderer = renderer;
    }

    public void register(RoutesConfig routes) {
        routes.get(SupportService.BASE_PATH + "/notes", this::list, Access.READ);
    }

    private void list(Context ctx) {
        Select select = new Select("SELECT n.id, n.created_at AS at FROM notes n");
        String target = Params.text(ctx, "target");
        if (target != null) {
            select.where("n.target = ?", target);
        }
        KeysetList.byTime(ctx, database, select, "n.created_at", "n.id", true, renderer::renderInOrder);
    }
}
