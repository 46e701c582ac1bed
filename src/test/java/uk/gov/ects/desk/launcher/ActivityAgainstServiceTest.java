package uk.gov.ects.desk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.activity.ActivityReader;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.outbox.Backoff;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxSender;
import uk.gov.ects.desk.client.sync.SyncEngine;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.gui.history.ActivitySubject;
import uk.gov.ects.desk.gui.history.ActivityViewModel;
import uk.gov.ects.desk.gui.history.HistoryItem;
import uk.gov.ects.desk.gui.history.NoteItem;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/**
 * The app's History and Notes as the launcher wires them (deferred reader, actions queued in the
 * outbox) against the real Support API on loopback: before the backend starts, online after a
 * write, and once the service has gone.
 */
class ActivityAgainstServiceTest extends ServiceTestBase {

    @TempDir
    Path dir;

    private final DeferredRecordActivity activity = new DeferredRecordActivity();
    private LocalCache cache;
    private SupportApiClient client;
    private Outbox outbox;
    private OutboxSender sender;
    private ActivityViewModel viewModel;

    @BeforeEach
    void wired() throws Exception {
        fixture.cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "jane.doe@school.org.uk")
                .participant("p-1", "ect", "Jane Smith", "1234567", LocalDate.of(1990, 1, 2), "100001", 2026,
                        "jane.smith@example.com");
        String agent = fixture.token(Role.AGENT);
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        client = new SupportApiClient(ApiSettings.of(service.baseUrl(), () -> agent));
        outbox = Outbox.open(cache, Clock.systemUTC());
        sender = new OutboxSender(outbox, client.writes(), new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 3),
                Duration.ofHours(1), Clock.systemUTC());
        new SyncEngine(client.changes(), cache, 500).syncOnce((applied, cursor) -> { });
        viewModel = new ActivityViewModel(activity, new OutboxActivityActions(() -> outbox), new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void closeAll() {
        sender.close();
        client.close();
        cache.close();
    }

    @Test
    @DisplayName("OVR-NOTE: a note added in the Notes tab is queued, shows at once, and once sent is in the participant's history")
    void noteThenHistory() throws Exception {
        viewModel.showSection(ActivityViewModel.Section.HISTORY);
        viewModel.show(ActivitySubject.participant("p-1"));
        assertEquals(ActivityViewModel.OFFLINE_HISTORY, viewModel.historyMessageProperty().get(),
                "before the backend has started there is no connection yet");

        activity.attach(new ActivityReader(client, cache));
        viewModel.refresh();
        assertEquals("Nothing has been changed on this participant yet.", viewModel.historyMessageProperty().get());

        viewModel.showSection(ActivityViewModel.Section.NOTES);
        assertTrue(viewModel.addNote("Jane rang: her school changed its name"));
        assertEquals(List.of("You (not sent yet)"), viewModel.notes().stream().map(NoteItem::author).toList());
        List<OutboxEntry> queued = outbox.entries();
        assertEquals(1, queued.size());
        assertEquals("OVR-NOTE", queued.get(0).operation());

        awaitSent();
        viewModel.showSection(ActivityViewModel.Section.HISTORY);
        viewModel.refresh();
        List<HistoryItem> history = viewModel.history();
        assertEquals(1, history.size());
        assertEquals("Add a note (OVR-NOTE)", history.get(0).what());
        assertEquals(List.of("Note: Jane rang: her school changed its name"), history.get(0).changes());
    }

    @Test
    @DisplayName("OVR-ACCESS queued from the Emails tab reaches the service; with the service gone History says it needs the connection")
    void resendThenOffline() throws Exception {
        activity.attach(new ActivityReader(client, cache));
        viewModel.show(ActivitySubject.school("100001"));
        viewModel.showSection(ActivityViewModel.Section.EMAILS);
        assertTrue(viewModel.emails().isEmpty());

        // The resend needs an access-link email to start from; the service sends one on request (ACC-5).
        api.write("POST", "/access-requests", fixture.token(Role.AGENT), "{\"urn\":\"100001\"}",
                java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
        new SyncEngine(client.changes(), cache, 500).syncOnce((applied, cursor) -> { });
        viewModel.refresh();
        assertEquals(1, viewModel.emails().size());
        assertTrue(viewModel.resendAccessLink(viewModel.emails().get(0), "Head teacher lost the first email"));
        awaitSent();

        viewModel.showSection(ActivityViewModel.Section.HISTORY);
        assertEquals("Resend the access link (OVR-ACCESS)", viewModel.history().get(0).what());
        assertEquals("Head teacher lost the first email", viewModel.history().get(0).why());

        service.stop();
        viewModel.refresh();
        assertEquals(ActivityViewModel.OFFLINE_HISTORY, viewModel.historyMessageProperty().get());
        assertTrue(viewModel.history().isEmpty());
        viewModel.showSection(ActivityViewModel.Section.EMAILS);
        assertEquals(1, viewModel.emails().size(), "emails still read from the cache");
    }

    private void awaitSent() throws Exception {
        sender.sendNow().get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!outbox.counts().isClear()) {
            assertTrue(System.nanoTime() < deadline, "the outbox did not send everything: " + outbox.counts());
            Thread.sleep(20);
        }
    }
}
