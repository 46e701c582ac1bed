package uk.gov.ects.desk.service.participants;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;
import uk.gov.ects.desk.service.clock.ServiceClock;
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
    private final ServiceClock clock;

    public ParticipantRoutes(Database database, ParticipantRenderer renderer, AuditHistory history) {
        this(database, renderer, history, new ServiceClock(database));
    }

    public ParticipantRoutes(Database database, ParticipantRenderer renderer, AuditHistory history, ServiceClock clock) {
        this.database = database;
        this.renderer = renderer;
        this.history = history;
        this.clock = clock;
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
        LocalDate today = clock.today();
        String school = Params.text(ctx, "school");
        if (school != null) {
            // The current school as of today; the index narrows to anyone with a record there first.
            select.where("p.school_urn = ? OR p.id IN (SELECT participant_id FROM induction_records WHERE school_urn = ?)",
                    school, school);
            select.where("COALESCE(" + CurrentRecord.currentSchoolSql() + ", p.school_urn) = ?", today, today, school);
        }
        String type = Params.oneOf(ctx, "type", "ect", "mentor");
        if (type != null) {
            select.where("p.participant_type = ?", type);
        }
        String status = Params.text(ctx, "status");
        if (status != null) {
            statusFilter(select, status, today);
        } else {
            // OVR-REMOVE: a removed participant drops out of lists unless asked for by status.
            select.where("p.status <> 'withdrawn'");
        }
        KeysetList.byKey(ctx, database, renderer, select, "p.id");
    }

    /**
     * VECT-1: {@code training} (active or leaving), {@code completed}, {@code left}; VMEN-1:
     * {@code mentoring} (paired with an ECT today) or {@code not_mentoring}; any other value is a
     * record status as it shows today ({@code active}, {@code leaving}, {@code withdrawn}).
     */
    private static void statusFilter(Select select, String status, LocalDate today) {
        String current = "COALESCE(" + CurrentRecord.currentStatusSql() + ", p.status)";
        String mentoring = "EXISTS (SELECT 1 FROM induction_records mr JOIN participants e ON e.id = mr.participant_id "
                + "WHERE mr.mentor_id = p.id AND e.merged_into IS NULL AND mr.start_date <= ? "
                + "AND (mr.end_date IS NULL OR mr.end_date > ?))";
        switch (status) {
            case "training" -> select.where(current + " IN ('active', 'leaving')", today, today, today);
            case "mentoring" -> select.where("p.participant_type = 'mentor' AND " + mentoring, today, today);
            case "not_mentoring" -> select.where("p.participant_type = 'mentor' AND NOT " + mentoring, today, today);
            default -> select.where(current + " = ?", today, today, today, status);
        }
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
