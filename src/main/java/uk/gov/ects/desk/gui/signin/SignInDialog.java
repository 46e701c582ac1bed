package uk.gov.ects.desk.gui.signin;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The sign-in dialog: binds {@link SignInViewModel} and forwards the button. Enter checks and
 * signs in (the dialog stays open to show who the agent is); Escape or Close closes it.
 */
public final class SignInDialog {

    public static final String TITLE = "Connect to a service";
    public static final ButtonType CHECK = new ButtonType("Check and sign in", ButtonBar.ButtonData.OK_DONE);

    private SignInDialog() {
    }

    /** Opens the dialog and returns at once. */
    public static Dialog<ButtonType> show(Window owner, SignInViewModel viewModel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(TITLE);
        dialog.setHeaderText("Sign in with your agent token");
        dialog.getDialogPane().setId("signin-dialog");

        Label reason = wrapped("signin-reason", "signin-reason");
        reason.textProperty().bind(viewModel.reasonProperty());
        reason.visibleProperty().bind(viewModel.reasonProperty().isNotEmpty());
        reason.managedProperty().bind(reason.visibleProperty());

        TextField url = new TextField();
        url.setId("signin-url");
        url.setPromptText("https://…");
        url.setPrefColumnCount(36);
        url.textProperty().bindBidirectional(viewModel.urlProperty());
        Label urlLabel = new Label("_Service address");
        urlLabel.setMnemonicParsing(true);
        urlLabel.setLabelFor(url);
        Label urlError = error("signin-url-error", viewModel.urlErrorProperty());

        PasswordField token = new PasswordField();
        token.setId("signin-token");
        token.textProperty().bindBidirectional(viewModel.tokenProperty());
        Label tokenLabel = new Label("Agent _token");
        tokenLabel.setMnemonicParsing(true);
        tokenLabel.setLabelFor(token);
        Label tokenError = error("signin-token-error", viewModel.tokenErrorProperty());

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(4);
        fields.addRow(0, urlLabel, url);
        fields.add(urlError, 1, 1);
        fields.addRow(2, tokenLabel, token);
        fields.add(tokenError, 1, 3);

        Label result = wrapped("signin-result", "signin-result");
        result.textProperty().bind(viewModel.resultProperty());
        viewModel.failedProperty().addListener((obs, was, now) -> {
            result.getStyleClass().remove("form-error");
            if (now) {
                result.getStyleClass().add("form-error");
            }
        });

        VBox content = new VBox(10, reason, fields, result);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(CHECK, ButtonType.CLOSE);

        Button check = (Button) dialog.getDialogPane().lookupButton(CHECK);
        check.setId("signin-check");
        check.disableProperty().bind(viewModel.checkDisabled());
        // The check runs in the background; the dialog stays open to show its answer.
        check.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.checkAndSignIn();
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("signin-close");
        viewModel.signedInProperty().addListener((obs, was, now) -> {
            close.setDefaultButton(now);
            if (now) {
                close.requestFocus();
            }
        });

        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        dialog.show();
        Platform.runLater(url.getText().isBlank() ? url::requestFocus : token::requestFocus);
        return dialog;
    }

    private static Label error(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = wrapped(id, "form-error");
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label wrapped(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(540);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
