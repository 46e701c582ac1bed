package uk.gov.ects.desk.gui.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.outbox.Backoff;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxRequest;
import uk.gov.ects.desk.client.outbox.OutboxSender;
import uk.gov.ects.desk.client.outbox.OutboxState;
import uk.gov.ects.desk.client.outbox.OutboxTarget;
import uk.gov.ects.desk.client.sync.SyncEngine;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.ServiceTestBase;
import uk.gov.ects.desk.testing.MovableClock;

/**
 * A real outbox on a real encrypted cache, with one entry in each state the Outbox tab shows, put
 * there by a real Support API on loopback: applied, conflict (412), rejected (422 SIT-4), failed
 * (404), unauthorised (401) and queued. The changes were made five minutes apart from 09:00; the
 * tab's clock reads 09:30. No sender runs afterwards, so the test decides what is sent.
 */
abstract class OutboxInEveryStateTestBase extends ServiceTestBase {

    static final Instant FIRST_CHANGE = Instant.parse("2026-10-01T09:00:00Z");
    static final Clock TAB_CLOCK = Clock.fixed(FIRST_CHANGE.plus(Duration.ofMinutes(30)), ZoneOffset.UTC);
    static final Backoff QUICK = new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 3);

    @TempDir
    Path dir;

    protected final MovableClock outboxClock = new MovableClock(FIRST_CHANGE);
    protected LocalCache cache;
    protected Outbox outbox;
    protected String agent;
    protected OutboxEntry applied;
    protected OutboxEntry conflict;
    protected OutboxEntry rejected;
    protected OutboxEntry failed;
    protected OutboxEntry unauthorised;
    protected OutboxEntry queued;
    private final List<AutoCloseable> closeLater = new ArrayList<>();

    @BeforeEach
    void outboxInEveryState() throws Exception {
        fixture.fixClock(FIRST_CHANGE).cohort(2026);
        for (String urn : List.of("100002", "100003", "100004", "100005")) {
            fixture.school(urn, "School " + urn, 1, "201", "EC1A 1AA", "office@" + urn + ".sch.uk");
        }
        fixture.participant("p-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 12), "100003", 2026,
                "jane@100003.sch.uk");
        agent = fixture.token(Role.AGENT);
        String otherAgent = fixture.token(Role.AGENT);
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        outbox = Outbox.open(cache, outboxClock);
        SupportApiClient client = client(agent);
        new SyncEngine(client.changes(), cache, 500).syncOnce((done, total) -> { });

        try (OutboxSender sender = sender(client)) {
            applied = outbox.enqueue(OutboxRequest.inductionTutor("100002", "nominate", "Pat Tutor", "pat@100002.sch.uk",
                    null, null));
            sender.sendNow().get(30, TimeUnit.SECONDS);
            long seen = outbox.entry(applied.id()).orElseThrow().response().getAsJsonObject("data").get("version").getAsLong();
            var reply = api.write("PUT", "/schools/100002/induction-tutor", otherAgent, "{\"mode\":\"update\","
                    + "\"full_name\":\"Pat Tutor-Jones\",\"email\":\"pat@100002.sch.uk\",\"reason\":\"Surname changed on marriage\"}",
                    Map.of("Idempotency-Key", UUID.randomUUID().toString(), "If-Match", "\"" + seen + "\""));
            assertEquals(200, reply.status(), reply.body());

            outboxClock.advance(Duration.ofMinutes(5));
            conflict = outbox.enqueue(OutboxRequest.inductionTutor("100002", "update", "Pat Tutor", "pat.new@100002.sch.uk",
                    "The tutor asked for their new address", null));
            outboxClock.advance(Duration.ofMinutes(5));
            rejected = outbox.enqueue(OutboxRequest.inductionTutor("100003", "nominate", "Jane Smith", "JANE@100003.sch.uk",
                    null, null));
            outboxClock.advance(Duration.ofMinutes(5));
            JsonObject choice = new JsonObject();
            choice.addProperty("choice", "full_induction_programme");
            failed = outbox.enqueue(new OutboxRequest("PROG-1", "Programme for school 999999, cohort 2026", "PUT",
                    "/schools/999999/cohorts/2026/programme", OutboxTarget.school("999999"), choice, true, 1L));
            sender.sendNow().get(30, TimeUnit.SECONDS);
        }
        try (OutboxSender refused = sender(client("an-expired-token"))) {
            outboxClock.advance(Duration.ofMinutes(5));
            unauthorised = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100004"), "Rang the head teacher"));
            refused.sendNow().get(30, TimeUnit.SECONDS);
        }
        outboxClock.advance(Duration.ofMinutes(5));
        queued = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100005"), "Asked the school to call back"));

        applied = reread(applied, OutboxState.APPLIED);
        conflict = reread(conflict, OutboxState.CONFLICT);
        rejected = reread(rejected, OutboxState.REJECTED);
        failed = reread(failed, OutboxState.FAILED);
        unauthorised = reread(unauthorised, OutboxState.UNAUTHORISED);
        queued = reread(queued, OutboxState.QUEUED);
    }

    @AfterEach
    void closeCacheAndClients() throws Exception {
        for (AutoCloseable closeable : closeLater) {
            closeable.close();
        }
        cache.close();
    }

    /** A sender with the agent's token, for tests that let the outbox send. */
    protected OutboxSender agentSender() {
        OutboxSender sender = sender(client(agent));
        closeLater.add(0, sender);
        return sender;
    }

    protected OutboxEntry entry(OutboxEntry entry) {
        return outbox.entry(entry.id()).orElseThrow();
    }

    private OutboxEntry reread(OutboxEntry entry, OutboxState expected) {
        OutboxEntry now = entry(entry);
        assertEquals(expected, now.state(), "set-up: entry " + now.operation() + " " + now.error());
        return now;
    }

    private SupportApiClient client(String token) {
        SupportApiClient client = new SupportApiClient(ApiSettings.of(service.baseUrl(), () -> token));
        closeLater.add(client);
        return client;
    }

    private OutboxSender sender(SupportApiClient client) {
        return new OutboxSender(outbox, client.writes(), QUICK, Duration.ofHours(1), outboxClock);
    }
}
