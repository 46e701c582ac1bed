package uk.gov.ects.desk.gui.outbox;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.common.DetailSheetView;
import uk.gov.ects.desk.gui.common.Styles;

/**
 * The Outbox tab: the changes not yet sent in a table, and under it the selected change with what
 * can be done to it, its JSON being edited, or a conflict side by side.
 */
public final class OutboxView {

    static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");
    static final String COMPARISON_CELL = "comparison-cell";
    static final String CHANGED_ON_SERVICE = "changed-on-service";
    static final String CHANGED_BY_YOU = "changed-by-you";
    private static final Duration RE_WORD_EVERY = Duration.seconds(20);

    private final OutboxViewModel viewModel;
    private final TableView<OutboxRow> table = new TableView<>();
    private final StackPane detail = new StackPane();
    private final BorderPane root = new BorderPane();
    private final Timeline ticker;
    private boolean followingViewModel;

    public OutboxView(OutboxViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("outbox");
        root.setTop(toolbar());
        SplitPane split = new SplitPane(table(), detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        root.setCenter(split);

        Node summary = summary();
        Node editor = editor();
        Node conflict = conflict();
        detail.getChildren().addAll(summary, editor, conflict);
        showPane(summary, editor, conflict);
        viewModel.paneProperty().addListener((obs, old, now) -> showPane(summary, editor, conflict));

        ticker = new Timeline(new KeyFrame(RE_WORD_EVERY, event -> viewModel.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public Node root() {
        return root;
    }

    public void stop() {
        ticker.stop();
    }

    private Node toolbar() {
        CheckBox showSent = new CheckBox("Show sent changes");
        showSent.setId("outbox-show-sent");
        showSent.selectedProperty().bindBidirectional(viewModel.showSentProperty());
        Label message = new Label();
        message.setId("outbox-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        HBox bar = new HBox(16, showSent, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private Node table() {
        table.setId("outbox-table");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Change", OutboxRow::operation, 260),
                column("Record", OutboxRow::record, 130),
                column("Made", OutboxRow::age, 120),
                column("Attempts", row -> String.valueOf(row.attempts()), 70),
                column("State", OutboxRow::stateWords, 220),
                column("Last error", OutboxRow::lastError, 320)));
        Label empty = new Label("Nothing waiting: every change you made has been sent.");
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        table.setPlaceholder(empty);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(OutboxRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ATTENTION, !empty && row != null && row.needsAttention());
            }
        });
        // The table is rebuilt after every refresh: follow the ViewModel's choice, and tell it the agent's.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!followingViewModel && (row != null || table.getItems().isEmpty())) {
                viewModel.select(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> followViewModel(row));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<OutboxRow>) change ->
                followViewModel(viewModel.selectedProperty().get()));
        return table;
    }

    private void followViewModel(OutboxRow row) {
        if (row == null ? table.getSelectionModel().getSelectedItem() == null
                : row.equals(table.getSelectionModel().getSelectedItem())) {
            return;
        }
        followingViewModel = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
            }
        } finally {
            followingViewModel = false;
        }
    }

    private static TableColumn<OutboxRow, String> column(String title, java.util.function.Function<OutboxRow, String> value,
            double width) {
        TableColumn<OutboxRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    // ---- the selected change -------------------------------------------------------------------------

    private Node summary() {
        ObservableValue<DetailSheet> sheet = Bindings.createObjectBinding(() -> {
            OutboxRow row = viewModel.selectedProperty().get();
            return row == null ? null : OutboxWording.sheet(row);
        }, viewModel.selectedProperty());
        DetailSheetView sheetView = new DetailSheetView(sheet,
                new ReadOnlyObjectWrapper<>("Select a change to see why it has not been sent and what you can do."));
        sheetView.root().setId("outbox-detail");

        Button retry = button("outbox-retry", "Retry", viewModel::retry, OutboxRow::canRetry);
        Button edit = button("outbox-edit", "Edit…", viewModel::startEdit, OutboxRow::canEdit);
        Button showConflict = button("outbox-show-conflict", "Show conflict", viewModel::showConflict, OutboxRow::isConflict);
        Button signIn = button("outbox-sign-in", "Sign in again", viewModel::signInAgain, OutboxRow::waitsForSignIn);
        Button discard = button("outbox-discard", "Discard…", viewModel::discard, OutboxRow::canDiscard);
        HBox actions = new HBox(8, showConflict, signIn, retry, edit, discard);
        actions.setPadding(new Insets(8, 12, 0, 12));
        VBox pane = new VBox(actions, sheetView.root());
        VBox.setVgrow(sheetView.root(), Priority.ALWAYS);
        return pane;
    }

    /** Shown only for the selected change's states that allow it; waits while a command runs. */
    private Button button(String id, String text, Runnable action, java.util.function.Predicate<OutboxRow> allowed) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        var shown = Bindings.createBooleanBinding(() -> {
            OutboxRow row = viewModel.selectedProperty().get();
            return row != null && allowed.test(row);
        }, viewModel.selectedProperty());
        button.visibleProperty().bind(shown);
        button.managedProperty().bind(shown);
        button.disableProperty().bind(viewModel.busyProperty());
        return button;
    }

    private Node editor() {
        Label heading = new Label("Edit the change before it is sent again");
        heading.getStyleClass().add(Styles.DETAIL_HEADING);
        Label hint = new Label("This is the change as it goes to the service. Correct the values the service turned down; "
                + "keep the names in quotes as they are.");
        hint.setWrapText(true);
        TextArea draft = new TextArea();
        draft.setId("outbox-draft");
        draft.setAccessibleText("The change, as JSON");
        draft.textProperty().bindBidirectional(viewModel.draftProperty());
        draft.setStyle("-fx-font-family: monospace;");
        VBox.setVgrow(draft, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("outbox-draft-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.ATTENTION);
        problem.textProperty().bind(viewModel.draftProblemProperty());
        Button save = new Button("Save and send");
        save.setId("outbox-save-edit");
        save.setDefaultButton(false);
        save.setOnAction(event -> viewModel.saveEdit());
        Button cancel = new Button("Cancel");
        cancel.setId("outbox-cancel-edit");
        cancel.setOnAction(event -> viewModel.cancelEdit());
        VBox pane = new VBox(8, heading, hint, draft, problem, new HBox(8, save, cancel));
        pane.setPadding(new Insets(12));
        return pane;
    }

    private Node conflict() {
        Label explanation = new Label();
        explanation.setId("outbox-conflict-explanation");
        explanation.setWrapText(true);
        Label seenNote = new Label();
        seenNote.setId("outbox-conflict-seen-note");
        seenNote.setWrapText(true);
        seenNote.getStyleClass().add(Styles.PLACEHOLDER);
        seenNote.managedProperty().bind(seenNote.textProperty().isNotEmpty());
        Label legend = new Label("Your change: each field as re-applying your change now would leave it. Shaded: "
                + "changed on the service since you queued it, and what re-applying changes. In red: re-applying would "
                + "undo someone else's change.");
        legend.setWrapText(true);
        legend.getStyleClass().add(Styles.DETAIL_LABEL);
        GridPane fields = new GridPane();
        fields.setId("outbox-conflict-fields");
        fields.setHgap(12);
        fields.setVgap(2);

        TextArea seen = jsonArea("outbox-conflict-seen");
        TextArea current = jsonArea("outbox-conflict-current");
        TextArea change = jsonArea("outbox-conflict-change");
        Label seenHeading = heading();
        Label currentHeading = heading();
        Label changeHeading = heading();
        HBox records = new HBox(12, jsonColumn(seenHeading, seen), jsonColumn(currentHeading, current),
                jsonColumn(changeHeading, change));
        TitledPane json = new TitledPane("The records and your change as the service sends them (JSON)", records);
        json.setId("outbox-conflict-json");
        json.setExpanded(false);

        Button reapply = new Button("Re-apply on the current version");
        reapply.setId("outbox-reapply");
        reapply.setOnAction(event -> viewModel.reapplyOnCurrent());
        reapply.disableProperty().bind(viewModel.busyProperty());
        Button discard = new Button("Discard…");
        discard.setId("outbox-conflict-discard");
        discard.setOnAction(event -> viewModel.discard());
        discard.disableProperty().bind(viewModel.busyProperty());
        Button back = new Button("Back");
        back.setId("outbox-conflict-back");
        back.setOnAction(event -> viewModel.closeConflict());

        viewModel.conflictProperty().addListener((obs, old, comparison) -> {
            if (comparison == null) {
                return;
            }
            explanation.setText(comparison.explanation());
            seenNote.setText(comparison.seenNote());
            seenHeading.setText(comparison.seenHeading());
            currentHeading.setText(comparison.currentHeading());
            changeHeading.setText(comparison.changeHeading());
            seen.setText(comparison.seenJson());
            current.setText(comparison.currentJson());
            change.setText(comparison.changeJson());
            fillFields(fields, comparison);
        });
        // The choices come first: the fields below can be many.
        VBox pane = new VBox(10, explanation, new HBox(8, reapply, discard, back), seenNote, fields, legend, json);
        pane.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setId("outbox-conflict");
        return scroll;
    }

    private static void fillFields(GridPane grid, ConflictComparison comparison) {
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(share(22), share(26), share(26), share(26));
        grid.addRow(0, label("Field", true), label(comparison.seenHeading(), true),
                label(comparison.currentHeading(), true), label(comparison.changeHeading(), true));
        int row = 1;
        for (ConflictComparison.Row field : comparison.rows()) {
            Label name = label(field.field(), false);
            if (field.clash()) {
                name.getStyleClass().add(Styles.ATTENTION);
            }
            Label current = label(field.current(), false);
            if (field.changedOnService()) {
                current.getStyleClass().add(CHANGED_ON_SERVICE);
            }
            Label yours = label(field.yours(), false);
            if (field.changedByYou()) {
                yours.getStyleClass().add(CHANGED_BY_YOU);
            }
            grid.addRow(row++, name, label(field.seen(), false), current, yours);
        }
        if (comparison.rows().isEmpty()) {
            grid.add(label("The service's version already says what your change says.", false), 0, row, 4, 1);
        }
    }

    private static ColumnConstraints share(double percent) {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setPercentWidth(percent);
        return column;
    }

    private static Label label(String text, boolean heading) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(heading ? Styles.DETAIL_LABEL : Styles.DETAIL_VALUE);
        label.getStyleClass().add(COMPARISON_CELL);
        return label;
    }

    private static VBox jsonColumn(Label heading, TextArea area) {
        VBox column = new VBox(4, heading, area);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private static Label heading() {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.DETAIL_HEADING);
        return heading;
    }

    private static TextArea jsonArea(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(10);
        area.setStyle("-fx-font-family: monospace;");
        return area;
    }

    private void showPane(Node summary, Node editor, Node conflict) {
        OutboxViewModel.Pane pane = viewModel.paneProperty().get();
        summary.setVisible(pane == OutboxViewModel.Pane.SUMMARY);
        editor.setVisible(pane == OutboxViewModel.Pane.EDIT);
        conflict.setVisible(pane == OutboxViewModel.Pane.CONFLICT);
    }
}
