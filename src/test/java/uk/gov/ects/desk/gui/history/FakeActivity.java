package uk.gov.ects.desk.gui.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import uk.gov.ects.desk.client.activity.AuditEvent;
import uk.gov.ects.desk.client.activity.RecordNote;
import uk.gov.ects.desk.client.activity.SentEmail;
import uk.gov.ects.desk.client.api.ApiException;

/**
 * An in-memory record activity and an actions recorder: a queued note shows in the notes at once,
 * as the outbox's provisional note does. {@code offline} makes history fail like a lost connection.
 */
final class FakeActivity implements RecordActivity, ActivityActions {

    static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");

    final List<AuditEvent> events = new ArrayList<>();
    final List<SentEmail> sent = new ArrayList<>();
    final List<RecordNote> written = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final List<String> actions = new ArrayList<>();
    volatile boolean offline;

    @Override
    public synchronized List<AuditEvent> history(String targetType, String id) throws ApiException {
        calls.add("history:" + targetType + ":" + id);
        if (offline) {
            throw new ApiException.Offline(new java.net.ConnectException("refused"));
        }
        return events.stream().filter(e -> e.targetType().equals(targetType) && e.targetId().equals(id))
                .sorted(Comparator.comparing(AuditEvent::occurredAt).reversed()).toList(); // newest first, as the API
    }

    @Override
    public synchronized List<SentEmail> emails(String targetType, String id) {
        calls.add("emails:" + targetType + ":" + id);
        return sent.stream().filter(e -> "school".equals(targetType) ? id.equals(e.schoolUrn()) : id.equals(e.participantId()))
                .toList();
    }

    @Override
    public synchronized List<RecordNote> notes(String target) {
        calls.add("notes:" + target);
        return written.stream().filter(n -> n.target().equals(target))
                .sorted(Comparator.comparing(RecordNote::createdAt).reversed()).toList();
    }

    @Override
    public synchronized CompletionStage<?> addNote(String target, String body) {
        actions.add("note " + target + ": " + body);
        written.add(new RecordNote("pending-" + actions.size(), target, body, "You (not sent yet)",
                NOW.plusSeconds(actions.size())));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<?> resendAccessLink(String urn, String reason) {
        actions.add("resend " + urn + ": " + reason);
        return CompletableFuture.completedFuture(null);
    }

    FakeActivity event(String id, Instant at, String type, String targetId, String operation, String reason,
            String ticket, AuditEvent.FieldChange... changes) {
        events.add(new AuditEvent(id, at, "Sam Agent", "agent", operation, type, targetId, List.of(changes), reason, ticket));
        return this;
    }

    FakeActivity email(String id, Instant at, String template, String urn, String participantId, String to) {
        sent.add(new SentEmail(id, to, template, "Subject of " + template, urn, participantId, at));
        return this;
    }

    FakeActivity note(String id, String target, String body, Instant at) {
        written.add(new RecordNote(id, target, body, "Sam Agent", at));
        return this;
    }

    long callsStartingWith(String prefix) {
        return calls.stream().filter(call -> call.startsWith(prefix)).count();
    }
}
