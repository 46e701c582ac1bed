package uk.gov.ects.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.sync.SyncListener;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.fakes.FakeCache;
import uk.gov.ects.desk.gui.fakes.TestData;
import uk.gov.ects.desk.gui.help.AboutInfo;
import uk.gov.ects.desk.gui.status.SyncControl;

class MainWindowViewModelTest {

    private final FakeCache cache = TestData.cacheWithOneOfEach();
    private final AtomicInteger syncs = new AtomicInteger();
    private final SyncControl sync = new SyncControl() {
        @Override
        public void syncNow() {
            syncs.incrementAndGet();
        }

        @Override
        public Runnable subscribe(SyncListener listener) {
            return () -> { };
        }
    };
    private final MainWindowViewModel window =
            new MainWindowViewModel(cache, sync, new CurrentThreadTaskExecutor(), TestData.CLOCK, "1.2.3");

    @Test
    @DisplayName("Starting runs the first search of every tab")
    void start() {
        window.start();

        assertEquals("2 schools", window.schools().resultCountProperty().get());
        assertEquals("2 participants", window.participants().resultCountProperty().get());
        assertEquals("1 partnership", window.partnerships().resultCountProperty().get());
    }

    @Test
    @DisplayName("Sync now asks the sync engine, off the UI thread")
    void syncNow() {
        window.syncNow();

        assertEquals(1, syncs.get());
        assertEquals("Sync started.", window.messageProperty().get());
    }

    @Test
    @DisplayName("A failing Sync now gives a plain sentence")
    void syncNowFails() {
        MainWindowViewModel failing = new MainWindowViewModel(cache, new SyncControl() {
            @Override
            public void syncNow() {
                throw new IllegalStateException("boom");
            }

            @Override
            public Runnable subscribe(SyncListener listener) {
                return () -> { };
            }
        }, new CurrentThreadTaskExecutor(), TestData.CLOCK, "1.2.3");

        failing.syncNow();

        assertEquals("Could not sync just now. The app shows the cached data and will try again by itself.",
                failing.messageProperty().get());
    }

    @Test
    @DisplayName("When a sync that brought changes ends, the searches re-run and show the new data")
    void refreshAfterSync() {
        window.start();
        cache.withSchool(TestData.school("100003", "Birch School", true, false, java.util.List.of()));

        window.onStatus(new SyncStatus(true, null, true, 0, -1, 0, null));
        window.onStatus(new SyncStatus(true, TestData.NOW, false, 1, -1, 0, null));

        assertEquals("3 schools", window.schools().resultCountProperty().get());
        assertEquals("Synced just now", window.status().syncedProperty().get());
    }

    @Test
    @DisplayName("A sync that cannot reach the service says so in the status bar instead of 'Sync started.'")
    void syncEndsOffline() {
        window.syncNow();
        window.onStatus(new SyncStatus(true, TestData.NOW, true, 0, -1, 0, null));
        window.onStatus(new SyncStatus(false, TestData.NOW, false, 0, -1, 0, "The Support API is not answering."));

        assertEquals("Sync could not reach the Support API. Working from the cache; the app keeps trying.",
                window.messageProperty().get());
    }

    @Test
    @DisplayName("About shows the build, the service and agent in use, and where the cache is and how big")
    void aboutShowsBuildServiceAgentAndCache() {
        AtomicInteger asked = new AtomicInteger();
        MainWindowViewModel withAbout = new MainWindowViewModel(cache, sync, new CurrentThreadTaskExecutor(), TestData.CLOCK,
                () -> {
                    asked.incrementAndGet();
                    return new AboutInfo("1.2.3", Instant.parse("2026-09-30T16:05:00Z"), "http://127.0.0.1:7070/api/support/v1",
                            "Demo Agent", "lead", Path.of("/home/agent/.local/share/ect-support-desk/cache/cache-1a2b.mv.db"),
                            12_300_000);
                });

        DetailSheet about = withAbout.aboutSheet();

        assertEquals("1.2.3", about.value("Version"));
        assertEquals("30 Sep 2026, 17:05", about.value("Built"), "UK time");
        assertEquals("http://127.0.0.1:7070/api/support/v1", about.value("Support API"));
        assertEquals("Demo Agent", about.value("Signed in as"));
        assertEquals("Lead", about.value("Role"));
        assertEquals("/home/agent/.local/share/ect-support-desk/cache/cache-1a2b.mv.db", about.value("Location"));
        assertEquals("12.3 MB", about.value("Size"));
        withAbout.aboutSheet();
        assertEquals(2, asked.get(), "asked afresh each time About opens, so the size and agent are current");
    }

    @Test
    @DisplayName("About before the service has answered says so instead of leaving blanks")
    void aboutBeforeTheServiceAnswered() {
        DetailSheet about = window.aboutSheet();

        assertEquals("1.2.3", about.value("Version"));
        assertEquals("Not recorded (a development build)", about.value("Built"));
        assertEquals("Not connected yet", about.value("Support API"));
        assertEquals("Not known yet: the service has not answered", about.value("Signed in as"));
        assertEquals("Not open yet", about.value("Location"));
        assertTrue(about.sections().stream().flatMap(section -> section.fields().stream())
                .noneMatch(field -> field.value() == null || field.value().isBlank()));
    }
}
