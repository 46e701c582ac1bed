package uk.gov.ects.desk.gui.status;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import uk.gov.ects.desk.gui.common.Styles;

/**
 * The bottom status bar and the offline banner, bound to a {@link StatusViewModel}. The bar is laid
 * out like ControlsFX's StatusBar (left items, the latest notice, the sync progress, right items)
 * but made of plain JavaFX nodes: it is on screen from the first moment, and ControlsFX's control,
 * skin and stylesheet took a noticeable part of the time to the first window.
 */
public final class StatusBarView {

    private static final Duration RE_WORD_EVERY = Duration.seconds(20);

    private final HBox leftItems = new HBox();
    private final Label notice = new Label();
    private final HBox rightItems = new HBox();
    private final HBox bar = new HBox(leftItems, notice, rightItems);
    private final Label connection = new Label();
    private final Label banner = new Label();
    private final Timeline ticker;

    public StatusBarView(StatusViewModel status, ObservableStringValue message) {
        bar.setId("status-bar");
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        leftItems.setAlignment(Pos.CENTER);
        rightItems.setAlignment(Pos.CENTER);
        notice.setId("status-notice");
        notice.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        notice.textProperty().bind(message);
        HBox.setHgrow(notice, Priority.ALWAYS);
        showProgressWhileSyncing(status);

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
        leftItems.getChildren().addAll(connection, new Separator(Orientation.VERTICAL), synced, new Separator(Orientation.VERTICAL));
        rightItems.getChildren().addAll(progress, new Separator(Orientation.VERTICAL), cache);

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

    /** Adds an item (e.g. the outbox's count) after the others on the left, before the latest notice. */
    public void addItem(Node item) {
        leftItems.getChildren().addAll(item, new Separator(Orientation.VERTICAL));
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

    /** The progress bar, made the first time a sync runs (most starts show the cache before any sync moves). */
    private void showProgressWhileSyncing(StatusViewModel status) {
        status.progressProperty().addListener(new ChangeListener<Number>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                if (now.doubleValue() == 0) {
                    return;
                }
                status.progressProperty().removeListener(this);
                ProgressBar progress = new ProgressBar();
                progress.setId("status-progress-bar");
                progress.progressProperty().bind(status.progressProperty());
                progress.visibleProperty().bind(status.progressProperty().isNotEqualTo(0));
                progress.managedProperty().bind(progress.visibleProperty());
                bar.getChildren().add(bar.getChildren().indexOf(rightItems), progress);
            }
        });
    }

    private static Label statusItem(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.STATUS_ITEM);
        return label;
    }
}
