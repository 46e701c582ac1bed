package uk.gov.ects.desk.client.cache;

/**
 * Which tickets to list: a queue, the agent whose tickets MINE means, and optional filters by
 * category code and linked school URN (null or blank: any).
 */
public record TicketFilter(TicketQueue queue, String agentName, String category, String schoolUrn) {

    public TicketFilter {
        category = blankToNull(category);
        schoolUrn = blankToNull(schoolUrn);
    }

    public static TicketFilter of(TicketQueue queue, String agentName) {
        return new TicketFilter(queue, agentName, null, null);
    }

    public TicketFilter inQueue(TicketQueue other) {
        return new TicketFilter(other, agentName, category, schoolUrn);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
