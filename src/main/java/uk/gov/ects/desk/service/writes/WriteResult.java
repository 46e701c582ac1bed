package uk.gov.ects.desk.service.writes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a write answers: 200, or 201 when it created the resource, with the resources to return as
 * {@code data} (one object for one resource, a list for several), rendered after the change. Or,
 * for answers that are not a resource, a whole body given as it is ({@link #answer}).
 */
public record WriteResult(int status, List<Target> data, Map<String, Object> body) {

    public WriteResult {
        data = List.copyOf(data);
        body = body == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    public WriteResult(int status, List<Target> data) {
        this(status, data, null);
    }

    /**
     * The response body exactly as given, with no {@code meta} of audit events or emails: for an
     * answer that must not tell the caller what happened (LOG-2) or that is not a stored resource.
     */
    public static WriteResult answer(int status, Map<String, Object> body) {
        return new WriteResult(status, List.of(), java.util.Objects.requireNonNull(body, "body"));
    }

    public static WriteResult ok(Target target) {
        return new WriteResult(200, List.of(target));
    }

    public static WriteResult created(Target target) {
        return new WriteResult(201, List.of(target));
    }

    public static WriteResult ok(List<Target> targets) {
        return new WriteResult(200, targets);
    }
}
