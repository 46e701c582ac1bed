package uk.gov.ects.desk.client.cache;

/** The Tickets tab's queues. Only RESOLVED and ALL show resolved tickets. */
public enum TicketQueue {
    /** Status {@code new}: nobody has triaged it yet. */
    NEW("New"),
    /** Not resolved and the agent's name is on it (claimed now or before). */
    MINE("Mine"),
    WAITING_ON_SCHOOL("Waiting on school"),
    RESOLVED("Resolved"),
    ALL("All");

    private final String label;

    TicketQueue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
