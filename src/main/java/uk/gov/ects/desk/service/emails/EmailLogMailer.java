package uk.gov.ects.desk.service.emails;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import uk.gov.ects.desk.service.changes.ChangeLog;
import uk.gov.ects.desk.service.http.Json;
import uk.gov.ects.desk.service.sql.Rows;

/**
 * The default mailer: writes every email to the {@code emails} table and the change feed; delivers
 * nothing. An email's {@code secretLink} is not written anywhere (LOG-1: agents read this log).
 */
public final class EmailLogMailer implements Mailer {

    public static final String TYPE = "email";

    @Override
    public String send(Connection tx, OutgoingEmail email, Instant at) throws SQLException {
        String id = "em-" + UUID.randomUUID();
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO emails (id, sent_at, to_address, template, "
                + "subject, school_urn, participant_id, facts, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            insert.setString(1, id);
            insert.setObject(2, Rows.param(at));
            insert.setString(3, email.recordedTo());
            insert.setString(4, email.template());
            insert.setString(5, email.subject());
            insert.setString(6, email.schoolUrn());
            insert.setString(7, email.participantId());
            insert.setString(8, Json.GSON.toJson(email.facts()));
            insert.executeUpdate();
        }
        ChangeLog.upsert(tx, TYPE, id, at);
        return id;
    }
}
