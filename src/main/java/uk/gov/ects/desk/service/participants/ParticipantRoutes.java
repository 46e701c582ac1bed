package uk.gov.ects.desk.service.participants;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;
import uk.gov.ects.desk.service.history.AuditHistory;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.http.KeysetList;
import uk.gov.ects.desk.service.http.Params;
import uk.gov.ects.desk.service.http.Responses;
import uk.gov.ects.desk.service.sql.Select;
import uk.gov.ects.desk.service.store.Database;

/** {@code GET /participants}, {@code /participants/{id}}, {@code /participants/{id}/history}. */
public final class ParticipantRoutes {

    private static final Pattern TRN = Pattern.compile("\\d{7}");
    /** Merges can chain (A into B, B into C); a longer chain means bad data, not a real merge. */
    private static final int MAX_MERGE_HOPS = 20;

    private final Database database;
    private final ParticipantRenderer renderer;
    private final AuditHistory history;

    public ParticipantRoutes(Database database, ParticipantRenderer renderer, AuditHistory history) {
        this.database = database;
        this.renderer = renderer;
        this.history = history;
    }

    public void register(RoutesConfig routes) {
        String base = SupportService.BASE_PATH + "/participants";
        routes.get(base, this::search, Access.READ);
        routes.get(base + "/{id}", this::one, Access.READ);
        routes.get(base + "/{id}/history", this::history, Access.READ);
    }

    /** q matches a TRN, an email (any of theirs), an id, or the start of any word of the name. */
    private void search(Context ctx) {
        Select select = new Select("SELECT p.id FROM participants p").where("p.merged_into IS NULL");
        String q = Params.text(ctx, "q");
        if (q != null) {
            String lower = q.toLowerCase(Locale.ROOT);
            if (TRN.matcher(q).matches()) {
                select.where("p.trn = ?", q);
            } else if (q.contains("@")) {
                select.where("p.id IN (SELECT e.owner_id FROM email_addresses e "
                        + "WHERE e.owner_type = 'participant' AND e.email_lower = ?)", lower);
            } else {
                select.where("p.id = ? OR p.search_name LIKE ? OR p.search_name LIKE ?",
                        q, Select.startsWith(lower), Select.contains(" " + lower));
            }
        }
        String school = Params.text(ctx, "school");
        if (school != null) {
            select.where("p.school_urn = ?", school);
        }
        String type = Params.oneOf(ctx, "type", "ect", "mentor");
        if (type != null) {
            select.where("p.participant_type = ?", type);
        }
        String status = Params.text(ctx, "status");
        if (status != null) {
            select.where("p.status = ?", status);
        } else {
            // OVR-REMOVE: a removed participant drops out of lists unless asked for by status.
            select.where("p.status <> 'withdrawn'");
        }
        KeysetList.byKey(ctx, database, renderer, select, "p.id");
    }

    /** OVR-MERGE: a retired id answers with the participant it was merged into. */
    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        String kept = resolve(id).orElseThrow(() -> ApiError.notFound("participant", id));
        Responses.one(ctx, database.read(c -> renderer.renderOne(c, kept))
                .orElseThrow(() -> ApiError.notFound("participant", id)));
    }

    /** The kept participant's history includes the events of the ids merged into it. */
    private void history(Context ctx) {
        String id = ctx.pathParam("id");
        String kept = resolve(id).orElseThrow(() -> ApiError.notFound("participant", id));
        List<String> ids = new ArrayList<>();
        ids.add(kept);
        database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT id FROM participants WHERE merged_into = ?")) {
                query.setString(1, kept);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return null;
        });
        history.serve(ctx, "participant", ids);
    }

    /** The id of the participant that stands for {@code id} now, following merges. */
    Optional<String> resolve(String id) {
        return database.read(c -> {
            String current = id;
            for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
                try (PreparedStatement query = c.prepareStatement("SELECT merged_into FROM participants WHERE id = ?")) {
                    query.setString(1, current);
                    try (ResultSet rs = query.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        String mergedInto = rs.getString(1);
                        if (mergedInto == null) {
                            return Optional.of(current);
                        }
                        current = mergedInto;
                    }
                }
            }
            return Optional.empty();
        });
    }
}
