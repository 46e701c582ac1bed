package uk.gov.ects.desk.gui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.gui.fakes.TestData;

class StatusViewModelTest {

    private static final Instant TWO_MINUTES_AGO = TestData.NOW.minusSeconds(125);

    private final StatusViewModel status = new StatusViewModel(TestData.CLOCK);

    @Test
    @DisplayName("Before any status arrives: connecting, not synced yet")
    void beforeFirstStatus() {
        assertEquals("Connecting…", status.connectionProperty().get());
        assertEquals("Not synced yet", status.syncedProperty().get());
        assertFalse(status.offlineBannerShownProperty().get());
    }

    @Test
    @DisplayName("Online: when the cache last caught up and its size")
    void online() {
        status.apply(new SyncStatus(true, TWO_MINUTES_AGO, false, 0, -1, 12_345_678, null));

        assertEquals("Online", status.connectionProperty().get());
        assertEquals("Synced 2 minutes ago", status.syncedProperty().get());
        assertEquals("Cache 12.3 MB", status.cacheSizeProperty().get());
        assertFalse(status.offlineBannerShownProperty().get());
        assertFalse(status.syncingProperty().get());
    }

    @Test
    @DisplayName("A cache of about a megabyte reads 1.0 MB in the status bar, not 1000.0 kB")
    void cacheSizeNearAMegabyte() {
        status.apply(new SyncStatus(true, TWO_MINUTES_AGO, false, 0, -1, 999_990, null));

        assertEquals("Cache 1.0 MB", status.cacheSizeProperty().get());
    }

    @Test
    @DisplayName("Offline: the problem as a sentence, and a banner saying the cache is shown")
    void offline() {
        status.apply(new SyncStatus(false, TWO_MINUTES_AGO, false, 0, -1, 1_000, "The Support API did not answer."));

        assertEquals("Offline", status.connectionProperty().get());
        assertEquals("The Support API did not answer.", status.connectionDetailProperty().get());
        assertTrue(status.offlineBannerShownProperty().get());
        assertEquals("Offline — showing data from the cache (last synced 2 minutes ago). "
                + "Changes will sync when the service is back.", status.offlineBannerProperty().get());
    }

    @Test
    @DisplayName("Offline before the first sync says so")
    void offlineNeverSynced() {
        status.apply(new SyncStatus(false, null, false, 0, -1, 0, null));

        assertEquals("Not synced yet", status.syncedProperty().get());
        assertTrue(status.offlineBannerProperty().get().contains("(not synced yet)"));
        assertEquals("The Support API is not answering. The app keeps trying.", status.connectionDetailProperty().get());
    }

    @Test
    @DisplayName("While syncing: progress as a fraction when the total is known, otherwise indeterminate")
    void progress() {
        status.apply(new SyncStatus(true, null, true, 1_200, 5_000, 0, null));
        assertEquals(0.24, status.progressProperty().get(), 1e-9);
        assertEquals("Syncing: 1,200 changes of 5,000", status.progressTextProperty().get());

        status.apply(new SyncStatus(true, null, true, 10, -1, 0, null));
        assertEquals(-1, status.progressProperty().get());
        assertEquals("Syncing: 10 changes", status.progressTextProperty().get());

        status.apply(new SyncStatus(true, TestData.NOW, false, 10, -1, 0, null));
        assertEquals(0, status.progressProperty().get());
        assertEquals("Synced just now", status.syncedProperty().get());
    }

    @Test
    @DisplayName("'Synced … ago' moves on as time passes")
    void ticks() {
        Instant[] now = {TestData.NOW};
        StatusViewModel ticking = new StatusViewModel(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        ticking.apply(new SyncStatus(true, TestData.NOW, false, 0, -1, 0, null));
        assertEquals("Synced just now", ticking.syncedProperty().get());

        now[0] = TestData.NOW.plusSeconds(5 * 60);
        ticking.tick();
        assertEquals("Synced 5 minutes ago", ticking.syncedProperty().get());
    }
}
