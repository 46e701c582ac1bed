package uk.gov.ects.desk.service.tickets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.model.people.EmailAddress;
import uk.gov.ects.desk.model.tickets.TicketRules;
import uk.gov.ects.desk.service.audit.Actor;
import uk.gov.ects.desk.service.audit.AuditLog;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.changes.ChangeLog;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.store.FeedHeadLock;

/**
 * Turns a folder of {@code .eml} files (a mailbox export) into tickets, as {@code POST /tickets}
 * would (SUP-2). A message already imported, known by its Message-ID or, without one, by a hash of
 * the file, is skipped, so a folder can be imported again after new mail arrives. A file that
 * cannot be read is reported by name and skipped; each ticket commits on its own.
 */
public final class EmlImporter {

    private static final Logger LOG = LoggerFactory.getLogger(EmlImporter.class);
    private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final String NO_SUBJECT = "(no subject)";

    /** What an import did: tickets made (by file name), files already imported, and files refused with why. */
    public record Report(Map<String, String> imported, List<String> alreadyImported, Map<String, String> failed) {
    }

    private final Database database;
    private final ServiceClock clock;
    private final EmlParser parser = new EmlParser();

    public EmlImporter(Database database, ServiceClock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Report importFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("There is no folder " + folder);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml"))
                    .sorted().toList();
        }
        Map<String, String> imported = new LinkedHashMap<>();
        List<String> already = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                Optional<String> ticketId = importFile(file);
                if (ticketId.isPresent()) {
                    imported.put(name, ticketId.get());
                } else {
                    already.add(name);
                }
            } catch (EmlParser.BadMessage e) {
                failed.put(name, e.getMessage());
                LOG.warn("Skipped {}: {}", name, e.getMessage());
            } catch (IOException e) {
                failed.put(name, "it could not be read (" + e.getClass().getSimpleName() + ")");
                LOG.warn("Skipped {}: it could not be read", name);
            }
        }
        LOG.info("Imported {} emails as tickets; {} were already imported; {} skipped as unreadable",
                imported.size(), already.size(), failed.size());
        return new Report(imported, already, failed);
    }

    /** The new ticket's id, or empty when this message was imported before. */
    private Optional<String> importFile(Path file) throws IOException, EmlParser.BadMessage {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new EmlParser.BadMessage("it is larger than 50 MB");
        }
        byte[] bytes = Files.readAllBytes(file);
        MailMessage message = parser.parse(bytes);
        String sourceRef = message.messageId() != null ? message.messageId() : "sha256:" + sha256(bytes);
        Instant now = clock.now();
        return database.inTransaction(tx -> {
            // Lock the feed head first, as writes do, so two imports cannot both miss one message.
            FeedHeadLock.take(tx);
            if (Sql.exists(tx, "SELECT 1 FROM tickets WHERE source_ref = ?", sourceRef)) {
                return Optional.empty();
            }
            return Optional.of(insert(tx, message, sourceRef, now));
        });
    }

    private static String insert(Connection tx, MailMessage message, String sourceRef, Instant now) throws SQLException {
        String id = "t-" + UUID.randomUUID();
        String subject = message.subject().isBlank() ? NO_SUBJECT : truncate(message.subject(), CreateTicket.MAX_SUBJECT);
        String schoolUrn = schoolOfTutor(tx, message.fromEmail()).orElse(null);
        Sql.update(tx, "INSERT INTO tickets (id, received_at, from_email, subject, body, school_urn, status, category, "
                + "priority, linked, assignee, claimed_until, resolution, source_ref, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL, NULL, NULL, ?, 1)", id,
                message.sentAt() != null ? message.sentAt() : now, truncate(message.fromEmail(), 320), subject,
                truncate(message.body(), CreateTicket.MAX_BODY), schoolUrn, TicketRules.NEW, TicketRules.DEFAULT_PRIORITY,
                TicketLinks.ofSchool(schoolUrn).toJson(), truncate(sourceRef, 500));
        ChangeLog.upsert(tx, TicketStore.TYPE, id, now);
        AuditLog.record(tx, Actor.system(), "SUP-2", TicketStore.TYPE, id, List.of(FieldChange.of("status", null,
                TicketRules.NEW), FieldChange.of("subject", null, subject)), "Imported from a mailbox export", null, now);
        return id;
    }

    /** The school whose induction tutor wrote, when the address is the tutor of exactly one school. */
    private static Optional<String> schoolOfTutor(Connection tx, String email) throws SQLException {
        List<String> urns = Sql.list(tx, "SELECT sit.school_urn FROM email_addresses e JOIN school_induction_tutors sit "
                + "ON sit.tutor_id = e.owner_id WHERE e.owner_type = 'induction_tutor' AND e.email_lower = ?",
                rs -> rs.getString(1), EmailAddress.normalise(email));
        return urns.size() == 1 ? Optional.of(urns.get(0)) : Optional.empty();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
