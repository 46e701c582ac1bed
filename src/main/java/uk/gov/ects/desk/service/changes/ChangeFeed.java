package uk.gov.ects.desk.service.changes;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.ResourceRenderer;
import uk.gov.ects.desk.service.store.Database;

/**
 * Reads the change feed (api.md "The change feed"). {@code change_log} holds one row per resource
 * at the seq of its latest change, so {@code after=0} is a snapshot; attributes are rendered when
 * read, a page at a time, by each type's renderer in batch.
 */
public final class ChangeFeed {

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 5000;

    private final Database database;
    private final Map<String, ResourceRenderer> renderers;

    public ChangeFeed(Database database, List<ResourceRenderer> renderers) {
        this.database = database;
        this.renderers = new HashMap<>();
        renderers.forEach(renderer -> this.renderers.put(renderer.type(), renderer));
    }

    /** One feed row as the API sends it; {@code version} and {@code attributes} are null for deletes. */
    public record Change(long seq, String type, String id, String op, Long version, Map<String, Object> attributes) {
    }

    public record Page(List<Change> changes, long lastSeq, boolean hasMore) {
    }

    private record Row(long seq, String type, String id, String op) {
    }

    public Page read(long after, int limit) {
        return read(after, limit, false);
    }

    /**
     * As {@link #read(long, int)}. {@code snapshot} says the reader is filling an empty cache, page
     * by page, from {@code after=0}: it holds nothing that a purged tombstone could have deleted,
     * so its later pages are served even when their cursor is below what was purged meanwhile.
     */
    public Page read(long after, int limit, boolean snapshot) {
        if (after < 0) {
            throw ApiError.badRequest("invalid_parameter", "Cursor out of range",
                    "after must be 0 or a seq this feed gave out.", "/after");
        }
        return database.read(c -> {
            if (after > 0 && !snapshot) {
                try (PreparedStatement head = c.prepareStatement("SELECT purged_through FROM feed_head WHERE id = 1");
                     ResultSet rs = head.executeQuery()) {
                    if (rs.next() && after < rs.getLong(1)) {
                        throw new ApiError(410, "cursor_expired", "Changes no longer available",
                                "Changes after seq " + after + " have been compacted away. Sync again from after=0.",
                                null, "/after");
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT seq, resource_type, resource_id, op "
                    + "FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?")) {
                query.setLong(1, after);
                query.setInt(2, limit + 1);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            boolean hasMore = rows.size() > limit;
            if (hasMore) {
                rows.subList(limit, rows.size()).clear();
            }
            Map<String, List<String>> upsertIds = new LinkedHashMap<>();
            for (Row row : rows) {
                if ("upsert".equals(row.op())) {
                    upsertIds.computeIfAbsent(row.type(), t -> new ArrayList<>()).add(row.id());
                }
            }
            Map<String, Map<String, Resource>> rendered = new HashMap<>();
            for (Map.Entry<String, List<String>> entry : upsertIds.entrySet()) {
                ResourceRenderer renderer = renderers.get(entry.getKey());
                rendered.put(entry.getKey(), renderer == null ? Map.of() : renderer.render(c, entry.getValue()));
            }
            List<Change> changes = new ArrayList<>(rows.size());
            for (Row row : rows) {
                Resource resource = rendered.getOrDefault(row.type(), Map.of()).get(row.id());
                // An upsert whose resource is gone (merged away, or of a type this service does not
                // render) is sent as a delete, so a cache never keeps a row GET would not return.
                if (resource == null) {
                    changes.add(new Change(row.seq(), row.type(), row.id(), "delete", null, null));
                } else {
                    changes.add(new Change(row.seq(), row.type(), row.id(), "upsert", resource.version(),
                            resource.attributes()));
                }
            }
            long lastSeq = rows.isEmpty() ? after : rows.get(rows.size() - 1).seq();
            return new Page(changes, lastSeq, hasMore);
        });
    }
}
