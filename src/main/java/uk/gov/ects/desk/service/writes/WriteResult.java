package uk.gov.ects.desk.service.writes;

import java.util.List;

/**
 * What a write answers: 200, or 201 when it created the resource, with the resources to return as
 * {@code data} (one object for one resource, a list for several), rendered after the change.
 */
public record WriteResult(int status, List<Target> data) {

    public WriteResult {
        data = List.copyOf(data);
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
