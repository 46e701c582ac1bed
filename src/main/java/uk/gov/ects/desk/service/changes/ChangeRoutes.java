package uk.gov.ects.desk.service.changes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.http.Params;

/** {@code GET /changes?after=&limit=&snapshot=}. */
public final class ChangeRoutes {

    private final ChangeFeed feed;

    public ChangeRoutes(ChangeFeed feed) {
        this.feed = feed;
    }

    public void register(RoutesConfig routes) {
        routes.get(SupportService.BASE_PATH + "/changes", this::changes, Access.READ);
    }

    private void changes(Context ctx) {
        long after = Params.longParam(ctx, "after", 0);
        int limit = Params.intParam(ctx, "limit", ChangeFeed.DEFAULT_LIMIT);
        if (limit < 1 || limit > ChangeFeed.MAX_LIMIT) {
            throw ApiError.badRequest("invalid_limit", "Limit out of range",
                    "limit must be between 1 and " + ChangeFeed.MAX_LIMIT + ".", "/limit");
        }
        boolean snapshot = Boolean.parseBoolean(ctx.queryParam("snapshot"));
        ChangeFeed.Page page = feed.read(after, limit, snapshot);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("last_seq", page.lastSeq());
        meta.put("has_more", page.hasMore());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.changes());
        body.put("meta", meta);
        ctx.json(body);
    }
}
