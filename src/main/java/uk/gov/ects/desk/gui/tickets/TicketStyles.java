package uk.gov.ects.desk.gui.tickets;

/** Style classes of the Tickets and Overview tabs; colours are variables in desk.css. */
public final class TicketStyles {

    /** 75% of the answer target used: amber. */
    public static final String NEARLY_DUE = "ticket-nearly-due";
    /** Past the target: red. */
    public static final String OVERDUE = "ticket-overdue";
    public static final String NOT_FOUND = "ticket-not-found";
    public static final String KEY_HELP = "ticket-key-help";

    private TicketStyles() {
    }
}
