package uk.gov.ects.desk.service.emails;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Sends an email inside the write transaction that decided it (X-NOTIFY): the email is recorded in
 * the same commit as the change, so a rolled-back write (or a preview) sends nothing. A mailer
 * that talks to a real provider should record here and deliver after commit (an outbox).
 */
public interface Mailer {

    /** Records (and queues) the email; answers the email's id. */
    String send(Connection tx, OutgoingEmail email, Instant at) throws SQLException;
}
