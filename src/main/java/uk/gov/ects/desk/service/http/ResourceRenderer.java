package uk.gov.ects.desk.service.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one resource type exactly as docs/api-resources.md describes it. Rendering works on a
 * batch of ids with a few queries per batch, never per row: lists and the change feed use it.
 */
public interface ResourceRenderer {

    /** The API type name: {@code school}, {@code participant}, ... */
    String type();

    /** The resources of these ids that exist; ids that do not are absent from the map. */
    Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException;

    default Optional<Resource> renderOne(Connection c, String id) throws SQLException {
        return Optional.ofNullable(render(c, List.of(id)).get(id));
    }

    /** The rendered resources in the order of {@code ids}. */
    default List<Resource> renderInOrder(Connection c, List<String> ids) throws SQLException {
        Map<String, Resource> rendered = render(c, ids);
        return ids.stream().map(rendered::get).filter(java.util.Objects::nonNull).toList();
    }
}
