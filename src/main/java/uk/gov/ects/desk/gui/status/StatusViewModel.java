package uk.gov.ects.desk.gui.status;

import java.time.Clock;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.gui.common.Wording;

/**
 * The status bar and offline banner in words: online or offline (with the problem), when the
 * cache last caught up, sync progress, cache size. Call {@link #apply} on the UI thread.
 */
public final class StatusViewModel {

    public static final String ONLINE = "Online";
    public static final String OFFLINE = "Offline";

    private final Clock clock;
    private SyncStatus status;

    private final ReadOnlyBooleanWrapper known = new ReadOnlyBooleanWrapper(this, "known");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper(this, "connection", "Connecting…");
    private final ReadOnlyStringWrapper connectionDetail = new ReadOnlyStringWrapper(this, "connectionDetail",
            "Checking whether the Support API answers.");
    private final ReadOnlyStringWrapper synced = new ReadOnlyStringWrapper(this, "synced", "Not synced yet");
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(this, "syncing");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper cacheSize = new ReadOnlyStringWrapper(this, "cacheSize", "");
    private final ReadOnlyBooleanWrapper offlineBannerShown = new ReadOnlyBooleanWrapper(this, "offlineBannerShown");
    private final ReadOnlyStringWrapper offlineBanner = new ReadOnlyStringWrapper(this, "offlineBanner", "");

    public StatusViewModel(Clock clock) {
        this.clock = clock;
    }

    public void apply(SyncStatus newStatus) {
        this.status = newStatus;
        known.set(true);
        online.set(newStatus.online());
        connection.set(newStatus.online() ? ONLINE : OFFLINE);
        connectionDetail.set(newStatus.online() ? "The Support API is answering."
                : newStatus.problem() != null ? newStatus.problem()
                : "The Support API is not answering. The app keeps trying.");
        syncing.set(newStatus.running());
        progress.set(!newStatus.running() ? 0 : newStatus.changesExpected() > 0
                ? Math.min(1.0, (double) newStatus.changesApplied() / newStatus.changesExpected()) : -1);
        progressText.set(!newStatus.running() ? "" : newStatus.changesExpected() > 0
                ? "Syncing: " + Wording.count(newStatus.changesApplied(), "change", "changes") + " of "
                        + Wording.count(newStatus.changesExpected(), "", "").trim()
                : "Syncing: " + Wording.count(newStatus.changesApplied(), "change", "changes"));
        cacheSize.set("Cache " + Wording.bytes(newStatus.cacheBytes()));
        offlineBannerShown.set(!newStatus.online());
        tick();
    }

    /** Re-words times relative to now; the view calls it every little while. */
    public void tick() {
        if (status == null) {
            return;
        }
        String lastSync = status.lastSuccessfulSync() == null ? null : Wording.ago(status.lastSuccessfulSync(), clock.instant());
        synced.set(lastSync == null ? "Not synced yet" : "Synced " + lastSync);
        offlineBanner.set("Offline — showing data from the cache ("
                + (lastSync == null ? "not synced yet" : "last synced " + lastSync)
                + "). Changes will sync when the service is back.");
    }

    /** True once a status has arrived. */
    public ReadOnlyBooleanProperty knownProperty() {
        return known.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    /** "Online", "Offline" or "Connecting…". */
    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** The plain-English problem when offline; the tooltip of the connection label. */
    public ReadOnlyStringProperty connectionDetailProperty() {
        return connectionDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncedProperty() {
        return synced.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    /** 0 when idle, -1 while running with an unknown total, else the fraction done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cacheSizeProperty() {
        return cacheSize.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offlineBannerShownProperty() {
        return offlineBannerShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty offlineBannerProperty() {
        return offlineBanner.getReadOnlyProperty();
    }
}
