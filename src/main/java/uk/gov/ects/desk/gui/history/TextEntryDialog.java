package uk.gov.ects.desk.gui.history;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.gov.ects.desk.gui.common.Styles;

/**
 * A small dialog for one piece of text (a note, a reason): the problem with the text shows as the
 * agent types, and the confirm button stays disabled until there is none.
 */
final class TextEntryDialog {

    private TextEntryDialog() {
    }

    /**
     * @param problem why the text cannot be used yet, or null when it can
     * @return the text when the agent confirmed it
     */
    static Optional<String> ask(Window owner, String title, String header, String fieldLabel, String confirm,
            String fieldId, Function<String, String> problem) {
        Dialog<String> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ButtonType ok = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);

        TextArea text = new TextArea();
        text.setId(fieldId);
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPrefColumnCount(50);
        Label label = new Label(fieldLabel);
        label.setLabelFor(text);
        Label feedback = new Label();
        feedback.setId(fieldId + "-problem");
        feedback.setWrapText(true);
        feedback.getStyleClass().add(Styles.PLACEHOLDER);
        text.setAccessibleText(fieldLabel);

        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId(fieldId + "-confirm");
        Runnable check = () -> {
            String found = problem.apply(text.getText());
            feedback.setText(found == null ? "" : found);
            okButton.setDisable(found != null);
        };
        text.textProperty().addListener((obs, old, now) -> check.run());
        check.run();

        VBox content = new VBox(6, label, text, feedback);
        dialog.getDialogPane().setContent(content);
        dialog.setOnShown(event -> text.requestFocus());
        dialog.setResultConverter(button -> button == ok ? text.getText() : null);
        return dialog.showAndWait();
    }
}
