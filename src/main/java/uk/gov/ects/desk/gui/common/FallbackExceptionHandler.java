package uk.gov.ects.desk.gui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: anything nobody caught is logged once and the user sees one plain
 * sentence, never a stack trace. Installed before the window is built.
 */
public final class FallbackExceptionHandler implements Thread.UncaughtExceptionHandler {

    static final String MESSAGE = "Something went wrong and the app may not have finished what you asked. "
            + "Try again; if it keeps happening, restart the app and tell the service team.";

    private static final Logger LOG = LoggerFactory.getLogger(FallbackExceptionHandler.class);

    private final AtomicBoolean showing = new AtomicBoolean();

    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(new FallbackExceptionHandler());
    }

    @Override
    public void uncaughtException(Thread thread, Throwable problem) {
        LOG.error("Unexpected error on thread {}", thread.getName(), problem);
        if (!showing.compareAndSet(false, true)) {
            return; // one message at a time: a failing layout pass can repeat many times a second
        }
        try {
            Platform.runLater(this::tell);
        } catch (IllegalStateException toolkitGone) {
            showing.set(false);
        }
    }

    private void tell() {
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR, MESSAGE, ButtonType.OK);
            alert.setTitle("Something went wrong");
            alert.setHeaderText(null);
            alert.showAndWait();
        } finally {
            showing.set(false);
        }
    }
}
