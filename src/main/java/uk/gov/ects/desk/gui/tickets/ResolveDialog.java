package uk.gov.ects.desk.gui.tickets;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.gov.ects.desk.client.api.dto.TicketDto;

/** Asks how the ticket was resolved and shows the reply (from the category's template) to edit. */
public final class ResolveDialog implements TicketDialogs {

    private final Supplier<Window> owner;

    public ResolveDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Resolution> askToResolve(TicketDto ticket, String suggestedReply) {
        Dialog<Resolution> dialog = new Dialog<>();
        dialog.setTitle("Resolve ticket");
        dialog.setHeaderText("Resolve “" + ticket.subject() + "”");
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        TextField resolution = new TextField();
        resolution.setId("resolve-resolution");
        resolution.setPromptText("What was done, for the record");
        Label resolutionLabel = new Label("Resolution");
        resolutionLabel.setLabelFor(resolution);
        CheckBox send = new CheckBox("Email this reply to " + ticket.fromEmail());
        send.setId("resolve-send-reply");
        send.setSelected(true);
        TextArea reply = new TextArea(suggestedReply);
        reply.setId("resolve-reply");
        reply.setWrapText(true);
        reply.setPrefRowCount(10);
        reply.disableProperty().bind(send.selectedProperty().not());
        VBox content = new VBox(6, resolutionLabel, resolution, send, reply);
        content.setPadding(new Insets(8));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        ButtonType resolve = new ButtonType("Resolve", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(resolve, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(resolve).disableProperty().bind(resolution.textProperty().isEmpty());
        dialog.setOnShown(event -> resolution.requestFocus());
        dialog.setResultConverter(button -> button == resolve
                ? new Resolution(resolution.getText().strip(), send.isSelected() ? reply.getText() : null) : null);
        return dialog.showAndWait();
    }
}
