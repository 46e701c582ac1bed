package uk.gov.ects.desk.gui.status;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import uk.gov.ects.desk.gui.common.Styles;

/** The bottom status bar and the offline banner, bound to a {@link StatusViewModel}. */
public final class StatusBarView {

    private static final Duration RE_WORD_EVERY = Duration.seconds(20);

    private final StatusBar bar = new StatusBar();
    private final Label connection = new Label();
    private final Label banner = new Label();
    private final Timeline ticker;

    public StatusBarView(StatusViewModel status, ObservableStringValue message) {
        bar.setId("status-bar");
        bar.textProperty().bind(message);
        bar.progressProperty().bind(status.progressProperty());

        connection.setId("status-connection");
        connection.textProperty().bind(status.connectionProperty());
        Tooltip problem = new Tooltip();
        problem.textProperty().bind(status.connectionDetailProperty());
        connection.setTooltip(problem);
        connection.accessibleHelpProperty().bind(status.connectionDetailProperty());
        styleConnection(status);
        status.onlineProperty().addListener((obs, old, now) -> styleConnection(status));
        status.knownProperty().addListener((obs, old, now) -> styleConnection(status));

        Label synced = statusItem("status-synced");
        synced.textProperty().bind(status.syncedProperty());
        Label progress = statusItem("status-progress");
        progress.textProperty().bind(status.progressTextProperty());
        progress.visibleProperty().bind(status.syncingProperty());
        progress.managedProperty().bind(status.syncingProperty());
        Label cache = statusItem("status-cache");
        cache.textProperty().bind(status.cacheSizeProperty());

        connection.getStyleClass().add(Styles.STATUS_ITEM);
        // The bar's own text (the latest notice) follows the left items: a separator keeps it apart.
        bar.getLeftItems().addAll(connection, new Separator(Orientation.VERTICAL), synced, new Separator(Orientation.VERTICAL));
        bar.getRightItems().addAll(progress, new Separator(Orientation.VERTICAL), cache);

        banner.setId("offline-banner");
        banner.getStyleClass().add(Styles.OFFLINE_BANNER);
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(status.offlineBannerProperty());
        banner.visibleProperty().bind(status.offlineBannerShownProperty());
        banner.managedProperty().bind(status.offlineBannerShownProperty());

        ticker = new Timeline(new KeyFrame(RE_WORD_EVERY, event -> status.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public Node statusBar() {
        return bar;
    }

    public Node offlineBanner() {
        return banner;
    }

    public void stop() {
        ticker.stop();
    }

    private void styleConnection(StatusViewModel status) {
        connection.getStyleClass().removeAll(Styles.ONLINE, Styles.OFFLINE, Styles.CONNECTING);
        connection.getStyleClass().add(!status.knownProperty().get() ? Styles.CONNECTING
                : status.onlineProperty().get() ? Styles.ONLINE : Styles.OFFLINE);
    }

    private static Label statusItem(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.STATUS_ITEM);
        return label;
    }
}
