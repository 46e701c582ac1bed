package uk.gov.ects.desk.service.emails;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;
import uk.gov.ects.desk.service.http.KeysetList;
import uk.gov.ects.desk.service.http.Params;
import uk.gov.ects.desk.service.sql.Select;
import uk.gov.ects.desk.service.store.Database;

/** {@code GET /emails?to=&school=&participant=}: sent emails, newest first (X-NOTIFY). */
public final class EmailRoutes {

    private final Database database;
    private final EmailRenderer renderer;

    public EmailRoutes(Database database, EmailRenderer renderer) {
        this.database = database;
        this.renderer = renderer;
    }

    public void register(RoutesConfig routes) {
        routes.get(SupportService.BASE_PATH + "/emails", this::list, Access.READ);
    }

    private void list(Context ctx) {
        Select select = new Select("SELECT e.id, e.sent_at AS at FROM emails e");
        String to = Params.text(ctx, "to");
        if (to != null) {
            select.where("LOWER(e.to_address) = ?", to.toLowerCase(Locale.ROOT));
        }
        String school = Params.text(ctx, "school");
        if (school != null) {
            select.where("e.school_urn = ?", school);
        }
        String participant = Params.text(ctx, "participant");
        if (participant != null) {
            select.where("e.participant_id = ?", participant);
        }
        KeysetList.byTime(ctx, database, select, "e.sent_at", "e.id", true, renderer::renderInOrder);
    }
}
