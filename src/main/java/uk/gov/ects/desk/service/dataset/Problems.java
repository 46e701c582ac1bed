package uk.gov.ects.desk.service.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The problems found in a dataset, each a line naming the array, the index and the field. */
final class Problems {

    private final List<String> lines = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();

    /** {@code path} like {@code participants[3].trn}; {@code message} says what is wrong and, where it helps, what to do. */
    void add(String path, String message) {
        paths.add(path);
        lines.add(path + ": " + message);
    }

    /** True when a problem was already recorded for exactly this path (so a parse error is not repeated as "missing"). */
    boolean reported(String path) {
        return paths.contains(path);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
