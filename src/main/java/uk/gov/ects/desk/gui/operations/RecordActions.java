package uk.gov.ects.desk.gui.operations;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.support.Role;

/**
 * Which forms the agent may open on a kind of record: all of them are listed (so an agent sees what a
 * lead could do), those the role may not do are disabled with the reason. Used by the detail pane's
 * buttons, the table's context menu and the command palette alike.
 */
public final class RecordActions {

    /** One action as menus show it; {@code disabledReason} is null when it may be done. */
    public record Item(FormAction action, String label, String disabledReason) {
        public boolean enabled() {
            return disabledReason == null;
        }
    }

    private final Supplier<Role> role;

    public RecordActions(Supplier<Role> role) {
        this.role = role;
    }

    public List<Item> on(FormAction.Target target) {
        return FormAction.on(target).stream().map(this::item).toList();
    }

    public Item item(FormAction action) {
        return new Item(action, action.label(), disabledReason(action));
    }

    /** The palette: actions on the record whose words contain every typed word, enabled first. */
    public List<Item> find(FormAction.Target target, String typed) {
        String[] words = typed == null ? new String[0] : typed.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return on(target).stream()
                .filter(item -> java.util.Arrays.stream(words).allMatch(word -> item.action().searchText().contains(word)))
                .sorted(java.util.Comparator.comparing(item -> !item.enabled()))
                .toList();
    }

    private String disabledReason(FormAction action) {
        Role now = role.get();
        for (Operation operation : List.of(action.operation())) {
            if (now == null || !now.mayDo(operation)) {
                String needed = operation.access() == Operation.Access.LEAD ? "a support lead" : "a support agent";
                return "Only " + needed + " can do this; you are signed in as "
                        + (now == null ? "nobody" : now.code()) + ". Ask a lead to do it.";
            }
        }
        return null;
    }
}
