package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.operations.OnlinePreview;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.client.outbox.Backoff;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxSender;
import uk.gov.ects.desk.client.outbox.OutboxState;
import uk.gov.ects.desk.client.sync.SyncEngine;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.testing.Fixture;

/**
 * One family of forms end to end, wired as the app wires them (DeskBackend): the form's ViewModel on
 * the real {@link FormContext} over a synced encrypted cache, previews through {@link OnlinePreview},
 * submits through {@link OutboxSubmitter} into the real {@link Outbox}, sent by the real
 * {@link OutboxSender} to the Support API on a loopback port, then a sync. One service, store and cache
 * per class: each case of a family works on records of its own, so the cases do not interfere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FormsEndToEndBase {

    static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);

    protected Database db;
    protected Fixture fixture;
    private SupportService service;
    private SupportApiClient client;
    protected LocalCache cache;
    protected Outbox outbox;
    private OutboxSender sender;
    private ExecutorService previews;
    private FormCatalogue catalogue;
    private OutboxSubmitter submitter;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    /** The records this family's forms are opened on, one set per case. */
    protected abstract void records(Fixture fixture);

    /** Agents do every school and support operation; merge and remove need a lead. */
    protected Role role() {
        return Role.AGENT;
    }

    @BeforeAll
    void serviceCacheAndOutbox(@TempDir Path dir) throws ApiException {
        db = Database.inMemory("forms-e2e-" + UUID.randomUUID());
        fixture = new Fixture(db);
        fixture.fixClock(NOW);
        records(fixture);
        service = new SupportService(db, "127.0.0.1", 0).start();
        String token = fixture.token(role());
        client = new SupportApiClient(ApiSettings.of(service.baseUrl(), () -> token));
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        outbox = Outbox.open(cache, Clock.systemUTC());
        sender = new OutboxSender(outbox, client.writes(), new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 3),
                Duration.ofHours(1), Clock.systemUTC());
        previews = Executors.newSingleThreadExecutor();
        submitter = new OutboxSubmitter(new OnlinePreview(client, previews), outbox, Runnable::run);
        catalogue = new FormCatalogue(new FormContext(cache, Clock.fixed(NOW, ZoneOffset.UTC)));
        sync();
    }

    @AfterAll
    void stopAll() {
        sender.close();
        previews.shutdownNow();
        client.close();
        cache.close();
        service.stop();
        db.close();
    }

    protected final void sync() throws ApiException {
        new SyncEngine(client.changes(), cache, 500).syncOnce((applied, cursor) -> { });
    }

    /** Opens the form as the launcher does: built from the cache, then its ViewModel. */
    protected final OperationFormViewModel open(FormAction action, String id) {
        return new OperationFormViewModel(catalogue.create(action, id), submitter, executor);
    }

    /**
     * The agent's path through a filled form: the service's preview says it would apply, submit queues it,
     * the sender sends it, and a sync brings the result. Answers the applied entry.
     */
    protected final OutboxEntry previewSubmitAndSync(OperationFormViewModel form) throws ApiException {
        assertEquals("", form.problemProperty().get(), "the form's own checks pass");
        form.preview();
        Preview preview = form.previewProperty().get();
        assertNotNull(preview, () -> "no preview: " + form.messageProperty().get() + " " + form.previewTextProperty().get());
        assertEquals(Preview.Outcome.WOULD_APPLY, preview.outcome(), form.previewTextProperty().get());

        form.submit();
        assertNotNull(form.submittedProperty().get(), form.messageProperty().get());
        long id = Long.parseLong(form.submittedProperty().get().reference());
        sender.trigger();
        OutboxEntry entry = awaitAnswered(id);
        assertEquals(OutboxState.APPLIED, entry.state(), () -> entry.operation() + " " + entry.method() + " "
                + entry.path() + " " + entry.body() + " was answered " + entry.error());
        sync();
        return entry;
    }

    private OutboxEntry awaitAnswered(long id) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            OutboxEntry entry = outbox.entry(id).orElseThrow();
            if (entry.state() != OutboxState.QUEUED && entry.state() != OutboxState.SENDING) {
                return entry;
            }
            try {
                Thread.sleep(10); // polling the outbox's state, bounded by WAIT
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("outbox entry " + id + " was not answered within " + WAIT.toSeconds() + " s: " + outbox.entry(id));
    }

    /** The service's audit event for the applied entry: "operation target_type:target_id". */
    protected final String auditEvent(OutboxEntry applied) {
        JsonObject meta = applied.response().getAsJsonObject("meta");
        assertNotNull(meta, () -> "no meta in " + applied.response());
        String eventId = meta.get("audit_event_id").getAsString();
        List<String> found = query("SELECT operation || ' ' || target_type || ':' || target_id FROM audit_events WHERE id = '"
                + eventId.replace("'", "''") + "'");
        assertEquals(1, found.size(), "audit event " + eventId);
        return found.get(0);
    }

    protected final List<String> query(String sql) {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        });
    }

    /**
     * One form of the family: how to fill it, the audit event it leaves ("OP type:id", or its start when
     * the service makes the id) and what the cache shows after.
     */
    record FormCase(String op, FormAction action, String id, Consumer<OperationFormViewModel> fill, String audit,
            CacheCheck shows) {

        @Override
        public String toString() {
            return op + " — " + action.label() + " on " + id;
        }
    }

    @FunctionalInterface
    interface CacheCheck {
        void verify(LocalCache cache);
    }

    /** The whole path for one case, with the audit event and the cache checked. */
    protected final void runCase(FormCase formCase) throws ApiException {
        OperationFormViewModel form = open(formCase.action(), formCase.id());
        formCase.fill().accept(form);
        OutboxEntry applied = previewSubmitAndSync(form);
        assertEquals(formCase.op(), applied.operation(), "the outbox entry names the operation");
        String event = auditEvent(applied);
        assertTrue(event.startsWith(formCase.audit()), () -> "audit event " + event + ", expected " + formCase.audit());
        formCase.shows().verify(cache);
    }
}
