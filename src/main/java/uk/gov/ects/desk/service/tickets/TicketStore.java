package uk.gov.ects.desk.service.tickets;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.ects.desk.model.tickets.TicketRules;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.sql.Rows;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;

/** Reads a ticket's row inside a write, and the refusals every ticket operation shares. */
final class TicketStore {

    static final String TYPE = "ticket";

    /** The stored ticket, as the operations need it. */
    record Ticket(String id, String fromEmail, String subject, String schoolUrn, String status, String category,
            String priority, TicketLinks links, String assignee, Instant claimedUntil, String resolution) {

        TicketRules.ClaimState claim() {
            return new TicketRules.ClaimState(status, assignee, claimedUntil);
        }
    }

    private TicketStore() {
    }

    static Target target(String id) {
        return new Target(TYPE, id);
    }

    static Ticket load(Connection tx, String id) throws SQLException {
        return Sql.one(tx, "SELECT id, from_email, subject, school_urn, status, category, priority, linked, assignee, "
                + "claimed_until, resolution FROM tickets WHERE id = ?", rs -> new Ticket(rs.getString("id"),
                        rs.getString("from_email"), rs.getString("subject"), rs.getString("school_urn"),
                        rs.getString("status"), rs.getString("category"), rs.getString("priority"),
                        TicketLinks.parse(rs.getString("linked")), rs.getString("assignee"),
                        Rows.instant(rs, "claimed_until"), rs.getString("resolution")), id)
                .orElseThrow(() -> ApiError.notFound("ticket", id));
    }

    /** 409 {@code claimed_by_other}, naming the agent in the detail and in {@code meta.claimed_by}. */
    static void refuseIfClaimedByOther(Ticket ticket, String me, Instant now) {
        TicketRules.otherClaimant(ticket.claim(), me, now).ifPresent(other -> {
            Map<String, Object> claimedBy = new LinkedHashMap<>();
            claimedBy.put("name", other);
            claimedBy.put("claimed_until", ticket.claimedUntil());
            throw new ApiError(409, "claimed_by_other", "Someone else is working on this ticket",
                    other + " claimed this ticket until " + ticket.claimedUntil() + ". Ask them, or wait until "
                            + "their claim runs out and claim it yourself.", TicketRules.RULE, null)
                    .withMeta(Map.of("claimed_by", claimedBy));
        });
    }
}
