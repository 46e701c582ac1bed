package uk.gov.ects.desk.service.schools;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;
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

/** {@code GET /schools}, {@code /schools/{urn}}, {@code /schools/{urn}/history}. */
public final class SchoolRoutes {

    private static final Pattern URN = Pattern.compile("\\d{6}");
    /** A full or partial UK postcode: an outward code, optionally with the start of the inward code. */
    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}\\d[A-Z\\d]?(\\s*\\d[A-Z]{0,2})?");

    private final Database database;
    private final SchoolRenderer renderer;
    private final AuditHistory history;

    public SchoolRoutes(Database database, SchoolRenderer renderer, AuditHistory history) {
        this.database = database;
        this.renderer = renderer;
        this.history = history;
    }

    public void register(RoutesConfig routes) {
        String base = SupportService.BASE_PATH + "/schools";
        routes.get(base, this::search, Access.READ);
        routes.get(base + "/{urn}", this::one, Access.READ);
        routes.get(base + "/{urn}/history", ctx -> {
            String urn = ctx.pathParam("urn");
            requireExists(urn);
            history.serve(ctx, "school", java.util.List.of(urn));
        }, Access.READ);
    }

    /** q matches a URN, the start of a postcode, an induction tutor's email, or part of the name. */
    private void search(Context ctx) {
        Select select = new Select("SELECT s.urn AS id FROM schools s");
        String q = Params.text(ctx, "q");
        if (q != null) {
            if (URN.matcher(q).matches()) {
                select.where("s.urn = ?", q);
            } else if (q.contains("@")) {
                select.where("s.urn IN (SELECT sit.school_urn FROM school_induction_tutors sit "
                        + "JOIN induction_tutors t ON t.id = sit.tutor_id WHERE LOWER(t.email) = ?)",
                        q.toLowerCase(Locale.ROOT));
            } else if (POSTCODE.matcher(q).matches()) {
                select.where("s.search_postcode LIKE ?",
                        Select.startsWith(q.replaceAll("\\s", "").toUpperCase(Locale.ROOT)));
            } else {
                // Short or unusual text may be a name or the start of a postcode ("EC"): try both.
                select.where("s.search_name LIKE ? OR s.search_postcode LIKE ?",
                        Select.contains(q.toLowerCase(Locale.ROOT)),
                        Select.startsWith(q.replaceAll("\\s", "").toUpperCase(Locale.ROOT)));
            }
        }
        String la = Params.text(ctx, "la");
        if (la != null) {
            select.where("s.local_authority_code = ?", la);
        }
        Integer type = Params.integer(ctx, "type");
        if (type != null) {
            select.where("s.establishment_type_code = ?", type);
        }
        Integer cohort = Params.integer(ctx, "cohort");
        String programme = Params.text(ctx, "programme");
        if (cohort != null && programme != null) {
            select.where("EXISTS (SELECT 1 FROM school_cohorts sc WHERE sc.school_urn = s.urn AND sc.cohort = ? "
                    + "AND sc.programme_choice = ?)", cohort, programme);
        } else if (cohort != null) {
            select.where("EXISTS (SELECT 1 FROM school_cohorts sc WHERE sc.school_urn = s.urn AND sc.cohort = ?)", cohort);
        } else if (programme != null) {
            select.where("EXISTS (SELECT 1 FROM school_cohorts sc WHERE sc.school_urn = s.urn "
                    + "AND sc.programme_choice = ?)", programme);
        }
        KeysetList.byKey(ctx, database, renderer, select, "s.urn");
    }

    private void one(Context ctx) {
        String urn = ctx.pathParam("urn");
        Responses.one(ctx, database.read(c -> renderer.renderOne(c, urn))
                .orElseThrow(() -> ApiError.notFound("school", urn)));
    }

    private void requireExists(String urn) {
        if (!Exists.row(database, "schools", "urn", urn)) {
            throw ApiError.notFound("school", urn);
        }
    }
}
