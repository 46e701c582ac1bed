package uk.gov.ects.desk.gui.outbox;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The Outbox tab's questions as modal dialogs over the window. */
public final class ConfirmingOutboxDialogs implements OutboxDialogs {

    static final ButtonType DISCARD = new ButtonType("Discard the change", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType KEEP = new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Supplier<Window> owner;

    public ConfirmingOutboxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirmDiscard(OutboxRow row) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", DISCARD, KEEP);
        alert.setTitle("Discard this change?");
        alert.setHeaderText("Discard \"" + row.operation() + "\" for " + row.record() + "?");
        alert.setContentText("It will not be sent, and the record goes back to what the service has. "
                + "This cannot be undone.");
        alert.getDialogPane().setId("outbox-discard-dialog");
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        // Keep it is the default: Enter must not throw work away.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(DISCARD)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(KEEP)).setDefaultButton(true);
        return alert.showAndWait().filter(DISCARD::equals).isPresent();
    }
}
