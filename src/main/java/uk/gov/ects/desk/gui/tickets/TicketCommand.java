package uk.gov.ects.desk.gui.tickets;

import java.util.Optional;

/** What a key does on the Tickets tab (item 6, keyboard triage). */
public sealed interface TicketCommand {

    record Next() implements TicketCommand {
    }

    record Previous() implements TicketCommand {
    }

    record Claim() implements TicketCommand {
    }

    /** 1..9: triage with the category of that number. */
    record SetCategory(int number) implements TicketCommand {
    }

    record OpenSuggested() implements TicketCommand {
    }

    record Resolve() implements TicketCommand {
    }

    /**
     * The command of a key: {@code text} is what the key types ("j", "7"), {@code keyName} the
     * key's name for keys that type nothing ("Down", "Enter"). Up and Down are left to the table.
     */
    static Optional<TicketCommand> forKey(String text, String keyName) {
        String key = text == null || text.isEmpty() ? "" : text.toLowerCase(java.util.Locale.ROOT);
        if ("Enter".equals(keyName)) {
            return Optional.of(new OpenSuggested());
        }
        return switch (key) {
            case "j" -> Optional.of(new Next());
            case "k" -> Optional.of(new Previous());
            case "c" -> Optional.of(new Claim());
            case "o" -> Optional.of(new OpenSuggested());
            case "r" -> Optional.of(new Resolve());
            case "1", "2", "3", "4", "5", "6", "7", "8", "9" -> Optional.of(new SetCategory(Integer.parseInt(key)));
            default -> Optional.empty();
        };
    }

    /** The key help shown under the table. */
    String HELP = "J/K or ↓/↑ next/previous · C claim · 1–9 category · Enter or O suggested action · R resolve";
}
