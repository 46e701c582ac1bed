package uk.gov.ects.desk.gui.outbox;

import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** A ControlsFX notification in the corner of the window (or the screen, before the window is shown). */
public final class DesktopOutboxNotifier implements OutboxNotifier {

    private static final Duration SHOWN_FOR = Duration.seconds(10);

    private final Supplier<Window> owner;

    public DesktopOutboxNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void needAttention(List<OutboxRow> rows) {
        Notifications notification = Notifications.create()
                .title(title(rows))
                .text(text(rows))
                .hideAfter(SHOWN_FOR);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            notification.owner(window);
        }
        notification.showWarning();
    }

    static String title(List<OutboxRow> rows) {
        return rows.size() == 1 ? "A change was not sent" : rows.size() + " changes were not sent";
    }

    static String text(List<OutboxRow> rows) {
        if (rows.size() == 1) {
            OutboxRow row = rows.get(0);
            return row.operation() + " (" + row.record() + "): " + row.stateWords().toLowerCase(java.util.Locale.UK)
                    + ". Open the Outbox tab to retry, edit or discard it.";
        }
        return "Open the Outbox tab to see why, then retry, edit or discard them.";
    }
}
