package uk.gov.ects.desk.service.http;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.gov.ects.desk.service.sql.Rows;
import uk.gov.ects.desk.service.sql.Select;
import uk.gov.ects.desk.service.store.Database;

/**
 * Serves a list page: the page's ids by keyset, then one batch render of those ids, in one
 * read. {@code select} selects the id column ({@code id}) and, for time-ordered lists, the time
 * column ({@code at}).
 */
public final class KeysetList {

    private KeysetList() {
    }

    /** A list ordered by one unique text key (URN, id). */
    public static void byKey(Context ctx, Database database, ResourceRenderer renderer, Select select, String keyColumn) {
        byKey(ctx, database, renderer, select, keyColumn, key -> key);
    }

    /** A list ordered by one unique key, whose cursor text {@code keyParameter} turns into a SQL value. */
    public static void byKey(Context ctx, Database database, ResourceRenderer renderer, Select select, String keyColumn,
            java.util.function.Function<String, Object> keyParameter) {
        Paging paging = Paging.from(ctx);
        if (paging.hasCursor()) {
            Object key;
            try {
                key = keyParameter.apply(paging.after(0));
            } catch (RuntimeException e) {
                throw ApiError.badRequest("invalid_cursor", "Cursor not recognised",
                        "The cursor is not one this service gave out. Start the list again without a cursor.", "/cursor");
            }
            select.where(keyColumn + " > ?", key);
        }
        select.orderBy(keyColumn).limit(paging.limit() + 1);
        database.read(c -> {
            List<String> ids = new ArrayList<>();
            select.forEach(c, rs -> ids.add(rs.getString("id")));
            String next = null;
            if (ids.size() > paging.limit()) {
                ids.subList(paging.limit(), ids.size()).clear();
                next = Paging.encode(ids.get(ids.size() - 1));
            }
            Responses.list(ctx, renderer.renderInOrder(c, ids), next);
            return null;
        });
    }

    /** A list ordered by a time column then id, newest first ({@code newestFirst}) or oldest first. */
    public static void byTime(Context ctx, Database database, Select select, String timeColumn, String idColumn,
            boolean newestFirst, PageRenderer renderer) {
        Paging paging = Paging.from(ctx);
        String direction = newestFirst ? "<" : ">";
        if (paging.hasCursor()) {
            Instant at;
            try {
                at = Instant.parse(paging.after(0));
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("invalid_cursor", "Cursor not recognised",
                        "The cursor is not one this service gave out. Start the list again without a cursor.", "/cursor");
            }
            select.where(timeColumn + " " + direction + " ? OR (" + timeColumn + " = ? AND " + idColumn + " "
                    + direction + " ?)", Rows.param(at), Rows.param(at), paging.after(1));
        }
        String order = newestFirst ? " DESC" : "";
        select.orderBy(timeColumn + order + ", " + idColumn + order).limit(paging.limit() + 1);
        database.read(c -> {
            List<String> ids = new ArrayList<>();
            List<Instant> times = new ArrayList<>();
            select.forEach(c, rs -> {
                ids.add(rs.getString("id"));
                times.add(Rows.instant(rs, "at"));
            });
            String next = null;
            if (ids.size() > paging.limit()) {
                ids.subList(paging.limit(), ids.size()).clear();
                int last = paging.limit() - 1;
                next = Paging.encode(times.get(last).toString(), ids.get(last));
            }
            Responses.list(ctx, renderer.render(c, ids), next);
            return null;
        });
    }

    @FunctionalInterface
    public interface PageRenderer {
        List<?> render(Connection c, List<String> ids) throws SQLException;
    }
}
