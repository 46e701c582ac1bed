package uk.gov.ects.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.sync.SyncListener;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeCache;
import uk.gov.ects.desk.gui.fakes.TestData;
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
    void aboutShowsVersion() {
        assertTrue(window.aboutText().contains("Version 1.2.3"));
    }
}
