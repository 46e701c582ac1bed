package uk.gov.ects.desk.client.cache;

import com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.cache.SearchTerms.Json;

/** Applies change-feed rows to the cache tables and their search terms, inside the caller's transaction. */
final class ChangeWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeWriter.class);
    private static final Set<String> REFERENCE_TYPES =
            Set.of("cohort", "lead_provider", "delivery_partner", "provider_pairing", "appropriate_body");
    static final String[] TABLES = {"schools", "participants", "partnerships", "reference_data", "emails", "notes",
            "tickets", "ticket_links", "search_terms"};

    private final Connection tx;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    ChangeWriter(Connection tx) {
        this.tx = tx;
    }

    void apply(ChangeDto change) throws SQLException {
        boolean delete = "delete".equals(change.op()) || change.attributes() == null;
        String type = change.type();
        String id = change.id();
        if (REFERENCE_TYPES.contains(type)) {
            if (delete) {
                update("DELETE FROM reference_data WHERE type = ? AND id = ?", type, id);
            } else {
                update("MERGE INTO reference_data (type, id, version, json) KEY (type, id) VALUES (?, ?, ?, ?)",
                        type, id, version(change), change.attributes().toString());
            }
            return;
        }
        switch (type) {
            case "school" -> applySchool(id, delete ? null : change);
            case "participant" -> applyParticipant(id, delete ? null : change);
            case "partnership" -> applyPartnership(id, delete ? null : change);
            case "email" -> applySimple("emails", id, delete ? null : change, "school_urn", "participant_id", "sent_at");
            case "note" -> applySimple("notes", id, delete ? null : change, "target", "created_at");
            case "ticket" -> applyTicket(id, delete ? null : change);
            default -> LOG.debug("Ignoring change of a type this client does not cache: {}", type);
        }
    }

    /** Empties every cached resource (not the cursor): before a re-bootstrap. */
    void deleteAll() throws SQLException {
        for (String table : TABLES) {
            update("DELETE FROM " + table);
        }
    }

    private void applySchool(String urn, ChangeDto change) throws SQLException {
        replaceTerms(SearchTerms.SCHOOL, urn, change == null ? Set.of()
                : SearchTerms.forSchool(urn, change.attributes()));
        if (change == null) {
            update("DELETE FROM schools WHERE urn = ?", urn);
            return;
        }
        JsonObject school = change.attributes();
        String name = orEmpty(Json.text(school, "name"));
        JsonObject tutor = Json.object(school, "induction_tutor");
        update("MERGE INTO schools (urn, name, sort_name, local_authority, postcode, induction_tutor, version, json) "
                        + "KEY (urn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                urn, name, SearchTerms.sortKey(name), Json.text(school, "local_authority_name"),
                Json.text(school, "postcode"), Json.text(tutor, "full_name"), version(change), school.toString());
    }

    private void applyParticipant(String id, ChangeDto change) throws SQLException {
        replaceTerms(SearchTerms.PARTICIPANT, id, change == null ? Set.of()
                : SearchTerms.forParticipant(id, change.attributes()));
        if (change == null) {
            update("DELETE FROM participants WHERE id = ?", id);
            return;
        }
        JsonObject person = change.attributes();
        String name = orEmpty(Json.text(person, "full_name"));
        update("MERGE INTO participants (id, full_name, sort_name, type, trn, school_urn, school_name, cohort, status, "
                        + "version, json) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, name, SearchTerms.sortKey(name), Json.text(person, "type"), Json.text(person, "trn"),
                Json.text(person, "school_urn"), Json.text(person, "school_name"), Json.integer(person, "cohort"),
                Json.text(person, "status"), version(change), person.toString());
    }

    private void applyPartnership(String id, ChangeDto change) throws SQLException {
        replaceTerms(SearchTerms.PARTNERSHIP, id, change == null ? Set.of()
                : SearchTerms.forPartnership(id, change.attributes()));
        if (change == null) {
            update("DELETE FROM partnerships WHERE id = ?", id);
            return;
        }
        JsonObject partnership = change.attributes();
        String schoolName = Json.text(partnership, "school_name");
        update("MERGE INTO partnerships (id, school_urn, school_name, sort_name, cohort, lead_provider, delivery_partner, "
                        + "status, challenge_deadline, version, json) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, Json.text(partnership, "school_urn"), schoolName, SearchTerms.sortKey(schoolName),
                Json.integer(partnership, "cohort"), Json.text(partnership, "lead_provider_name"),
                Json.text(partnership, "delivery_partner_name"), Json.text(partnership, "status"),
                date(Json.text(partnership, "challenge_deadline")), version(change), partnership.toString());
    }

    private void applyTicket(String id, ChangeDto change) throws SQLException {
        update("DELETE FROM ticket_links WHERE ticket_id = ?", id);
        if (change == null) {
            update("DELETE FROM tickets WHERE id = ?", id);
            return;
        }
        JsonObject ticket = change.attributes();
        String status = Json.text(ticket, "status");
        OffsetDateTime resolvedAt = resolvedAt(id, ticket, status);
        update("MERGE INTO tickets (id, status, received_at, category, priority, assignee, resolved_at, version, json) "
                        + "KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, status, Json.text(ticket, "received_at"), Json.text(ticket, "category"),
                Json.text(ticket, "priority"), Json.text(ticket, "assignee"), resolvedAt, version(change),
                ticket.toString());
        JsonObject linked = Json.object(ticket, "linked");
        Set<String> schools = new LinkedHashSet<>(Json.texts(linked, "schools"));
        String schoolUrn = Json.text(ticket, "school_urn");
        if (schoolUrn != null) {
            schools.add(schoolUrn);
        }
        insertLinks(id, "school", schools);
        insertLinks(id, "participant", new LinkedHashSet<>(Json.texts(linked, "participants")));
    }

    private void insertLinks(String ticketId, String kind, Set<String> targets) throws SQLException {
        if (targets.isEmpty()) {
            return;
        }
        PreparedStatement insert = statement("INSERT INTO ticket_links (ticket_id, kind, target_id) VALUES (?, ?, ?)");
        for (String target : targets) {
            insert.setString(1, ticketId);
            insert.setString(2, kind);
            insert.setString(3, target);
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /**
     * The service's {@code resolved_at} if it sends one. Otherwise: kept from the row if it was
     * already resolved; now, if this cache held the ticket open and sees it resolved; unknown for a
     * ticket first seen already resolved.
     */
    private OffsetDateTime resolvedAt(String id, JsonObject ticket, String status) throws SQLException {
        if (!"resolved".equals(status)) {
            return null;
        }
        String sent = Json.text(ticket, "resolved_at");
        if (sent != null) {
            try {
                return OffsetDateTime.ofInstant(Instant.parse(sent), ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                LOG.debug("Ticket {} has an unreadable resolved_at", id);
            }
        }
        PreparedStatement previous = statement("SELECT status, resolved_at FROM tickets WHERE id = ?");
        previous.setString(1, id);
        try (ResultSet rs = previous.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            if ("resolved".equals(rs.getString(1))) {
                return rs.getObject(2, OffsetDateTime.class);
            }
        }
        // Seen open before and resolved now: within one sync of when it happened.
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Tables whose rows only need an id, a version, the JSON and a few lookup columns named like the attributes. */
    private void applySimple(String table, String id, ChangeDto change, String... columns) throws SQLException {
        if (change == null) {
            update("DELETE FROM " + table + " WHERE id = ?", id);
            return;
        }
        Object[] values = new Object[columns.length + 3];
        values[0] = id;
        for (int i = 0; i < columns.length; i++) {
            values[i + 1] = Json.text(change.attributes(), columns[i]);
        }
        values[columns.length + 1] = version(change);
        values[columns.length + 2] = change.attributes().toString();
        String columnList = String.join(", ", columns);
        String marks = "?, ".repeat(columns.length + 2) + "?";
        update("MERGE INTO " + table + " (id, " + columnList + ", version, json) KEY (id) VALUES (" + marks + ")", values);
    }

    private void replaceTerms(String kind, String entityId, Set<String> terms) throws SQLException {
        update("DELETE FROM search_terms WHERE kind = ? AND entity_id = ?", kind, entityId);
        if (terms.isEmpty()) {
            return;
        }
        PreparedStatement insert = statement("INSERT INTO search_terms (kind, entity_id, term) VALUES (?, ?, ?)");
        for (String term : terms) {
            insert.setString(1, kind);
            insert.setString(2, entityId);
            insert.setString(3, term);
            insert.addBatch();
        }
        insert.executeBatch();
    }

    private void update(String sql, Object... values) throws SQLException {
        PreparedStatement statement = statement(sql);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        statement.executeUpdate();
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = tx.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private static long version(ChangeDto change) {
        return change.version() == null ? 0 : change.version();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Date date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Date.valueOf(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
