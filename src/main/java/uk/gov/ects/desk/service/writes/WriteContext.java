package uk.gov.ects.desk.service.writes;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.service.audit.Actor;
import uk.gov.ects.desk.service.audit.AuditLog;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.changes.ChangeLog;
import uk.gov.ects.desk.service.emails.Mailer;
import uk.gov.ects.desk.service.emails.OutgoingEmail;
import uk.gov.ects.desk.service.emails.Recipients;

/**
 * What an operation's {@code apply} works with: the transaction, the time, who is acting and why,
 * and the three things every change must do besides changing rows: mark the resources it changed
 * (their version grows and the change feed moves them), record audit events, and queue emails.
 * An audit event written with {@code ticket_id} is linked to that ticket: the ticket moves in the
 * feed (its {@code operations} grew) but keeps its version, since none of its fields changed.
 * {@link Writes} finishes the work (versions, feed rows, sending) before commit.
 */
public final class WriteContext {

    private final Connection tx;
    private final Actor actor;
    private final String operationId;
    private final String reason;
    private final String ticketId;
    private final Instant now;
    private final LocalDate today;
    private final boolean preview;
    private final Set<Target> changed = new LinkedHashSet<>();
    private final Set<Target> created = new LinkedHashSet<>();
    private final Set<Target> linkedTickets = new LinkedHashSet<>();
    private final List<String> auditEventIds = new ArrayList<>();
    private final List<OutgoingEmail> emails = new ArrayList<>();
    private final List<String> sentEmailIds = new ArrayList<>();

    WriteContext(Connection tx, Actor actor, String operationId, String reason, String ticketId, Instant now,
            LocalDate today, boolean preview) {
        this.tx = tx;
        this.actor = actor;
        this.operationId = operationId;
        this.reason = reason;
        this.ticketId = ticketId;
        this.now = now;
        this.today = today;
        this.preview = preview;
    }

    public Connection tx() {
        return tx;
    }

    public Instant now() {
        return now;
    }

    /** Today in England, by the service clock. */
    public LocalDate today() {
        return today;
    }

    public boolean preview() {
        return preview;
    }

    public String operationId() {
        return operationId;
    }

    public Actor actor() {
        return actor;
    }

    /** An existing resource changed: its version grows by one and it moves to the end of the feed (once per write). */
    public void changed(Target target) {
        if (!created.contains(target)) {
            changed.add(target);
        }
    }

    /** A resource this write inserted with version 1: it joins the feed. */
    public void created(Target target) {
        changed.remove(target);
        created.add(target);
    }

    /** Records an audit event for {@code target} under this write's operation, reason and ticket. */
    public String audit(Target target, List<FieldChange> changes) throws SQLException {
        return audit(operationId, target, changes);
    }

    /** As {@link #audit(Target, List)} with another rule or operation ID (a consequence under its own rule). */
    public String audit(String operation, Target target, List<FieldChange> changes) throws SQLException {
        return audit(actor, operation, target, changes);
    }

    /** As {@link #audit(String, Target, List)} done by someone other than the caller (a tutor signing in through the school's page). */
    public String audit(Actor by, String operation, Target target, List<FieldChange> changes) throws SQLException {
        List<FieldChange> real = changes.stream().filter(FieldChange::changed).toList();
        String id = AuditLog.record(tx, by, operation, target.type(), target.id(), real, reason, ticketId, now);
        auditEventIds.add(id);
        if (ticketId != null) {
            // An append to the ticket's history, not a change to the ticket: a change queued on the
            // ticket's version must still apply (issue 5), so only the feed moves, to show the new event.
            linkedTickets.add(new Target("ticket", ticketId));
        }
        return id;
    }

    /** Queues the email a rule asked for, addressed now (after the change, so it reaches the new SIT). */
    public void email(EmailIntent intent, String schoolUrn, String participantId) throws SQLException {
        Recipients.resolve(tx, intent, schoolUrn, participantId).ifPresent(emails::add);
    }

    public void email(OutgoingEmail email) {
        emails.add(email);
    }

    void finish(Mailer mailer) throws SQLException {
        for (Target target : changed) {
            VersionedResources.bump(tx, target);
            ChangeLog.upsert(tx, target.type(), target.id(), now);
        }
        for (Target target : created) {
            ChangeLog.upsert(tx, target.type(), target.id(), now);
        }
        for (Target ticket : linkedTickets) {
            if (!changed.contains(ticket) && !created.contains(ticket)) {
                ChangeLog.upsert(tx, ticket.type(), ticket.id(), now); // same version, longer operations
            }
        }
        if (!preview) {
            for (OutgoingEmail email : emails) {
                sentEmailIds.add(mailer.send(tx, email, now));
            }
        }
    }

    List<String> auditEventIds() {
        return List.copyOf(auditEventIds);
    }

    List<OutgoingEmail> emails() {
        return List.copyOf(emails);
    }

    List<String> sentEmailIds() {
        return List.copyOf(sentEmailIds);
    }
}
