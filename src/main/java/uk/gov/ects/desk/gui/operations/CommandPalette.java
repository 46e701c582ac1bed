package uk.gov.ects.desk.gui.operations;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Ctrl+K: type a few words of any action (its label or its operation's, e.g. "pool" or "OVR-PROG"),
 * Up/Down to pick, Enter to open its form on the selected record, Escape to close. Actions the role
 * may not do are listed last, saying why, and do not open.
 */
public final class CommandPalette {

    private final RecordActions actions;
    private final OperationLauncher launcher;
    private final TextField query = new TextField();
    private final ListView<RecordActions.Item> list = new ListView<>();
    private final Label hint = new Label();
    private Stage stage;

    public CommandPalette(RecordActions actions, OperationLauncher launcher) {
        this.actions = actions;
        this.launcher = launcher;
        query.setId("palette-query");
        query.setPromptText("Type an action, e.g. revalidate, pool, programme");
        query.setAccessibleText("Find an action");
        list.setId("palette-list");
        list.setPrefHeight(260);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RecordActions.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.enabled() ? item.label() + "  (" + item.action().operation().id() + ")"
                                : item.label() + " — " + item.disabledReason());
                setDisable(item != null && !item.enabled());
            }
        });
        hint.setWrapText(true);
    }

    /** Opens the palette for the record shown in the current tab; with no record it says to select one. */
    public void show(Window owner, FormAction.Target target, String recordId, String recordName) {
        stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Find an action");
        if (recordId == null) {
            hint.setText("Select a " + target.type() + " first; actions work on the selected record.");
        } else {
            hint.setText("Actions on " + recordName + ". Enter opens the form; Escape closes.");
        }
        query.textProperty().addListener((obs, old, text) -> refresh(target, text));
        refresh(target, "");
        query.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                event.consume();
            }
        });
        VBox root = new VBox(8, hint, query, list);
        root.setPadding(new Insets(12));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                openSelected(recordId);
            }
        });
        stage.setScene(new Scene(root, 520, 360));
        stage.show();
        query.requestFocus();
    }

    private void refresh(FormAction.Target target, String text) {
        list.setItems(FXCollections.observableArrayList(actions.find(target, text)));
        list.getSelectionModel().selectFirst();
    }

    private void openSelected(String recordId) {
        RecordActions.Item item = list.getSelectionModel().getSelectedItem();
        if (item == null || recordId == null) {
            return;
        }
        if (!item.enabled()) {
            hint.setText(item.disabledReason());
            return;
        }
        stage.close();
        launcher.open(item.action(), recordId);
    }
}
