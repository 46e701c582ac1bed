package uk.gov.ects.desk.gui.history;

import java.util.ArrayList;
import java.util.List;

/**
 * One history entry in words: when, who, what (the operation in plain words), the changed fields
 * as "field: before → after" lines, why and which ticket (null when none).
 */
public record HistoryItem(String id, String when, String who, String what, List<String> changes, String why,
        String ticket) {

    public HistoryItem {
        changes = List.copyOf(changes);
    }

    /** The entry as lines, as the list shows it and a screen reader reads it. */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add(when + " · " + who);
        lines.add(what);
        changes.forEach(change -> lines.add("  " + change));
        if (why != null) {
            lines.add("Reason: " + why);
        }
        if (ticket != null) {
            lines.add("Ticket: " + ticket);
        }
        return String.join("\n", lines);
    }
}
