package uk.gov.ects.desk.gui.operations;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import uk.gov.ects.desk.gui.common.Styles;

/**
 * Lays out an {@link OperationFormViewModel} as a dialog, fully usable from the keyboard: fields in Tab
 * order with mnemonics (Alt + the underlined letter), Enter submits (Shift+Enter for a new line in
 * the reason), Escape cancels, Alt+P asks the service for a preview. ControlsFX decorates fields whose
 * check fails as the agent types.
 */
public final class OperationFormView {

    private final OperationFormViewModel viewModel;
    private final ValidationSupport validation = new ValidationSupport();
    private final VBox root = new VBox(10);
    private Stage stage;
    private Control firstInput;

    public OperationFormView(OperationFormViewModel viewModel) {
        this.viewModel = viewModel;
        build();
    }

    public Node root() {
        return root;
    }

    /** Shows the form in its own modal window; it closes itself once the change is queued. */
    public Stage show(Window owner) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(viewModel.title());
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 640, 620);
        scene.getStylesheets().add(Objects.requireNonNull(
                OperationFormView.class.getResource(Styles.STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        viewModel.submittedProperty().addListener((obs, old, queued) -> {
            if (queued != null) {
                stage.close();
            }
        });
        stage.setOnShown(event -> focusFirst());
        stage.show();
        return stage;
    }

    /** The cursor starts in the first field, so the agent can type straight away. */
    private void focusFirst() {
        if (firstInput != null) {
            firstInput.requestFocus();
        }
    }

    private void build() {
        root.setPadding(new Insets(16));
        root.setId("operation-form");
        Label title = new Label(viewModel.title());
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        title.setWrapText(true);
        Label operation = new Label();
        operation.textProperty().bind(viewModel.operationTextProperty());
        operation.setId("form-operation");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(170);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        for (FormField field : viewModel.fields()) {
            row = addField(grid, row, field);
        }
        row = addField(grid, row, viewModel.reason());
        addField(grid, row, viewModel.ticket());

        Label reasonNote = new Label("A reason is needed for this support operation.");
        reasonNote.visibleProperty().bind(viewModel.reasonNeededProperty());
        reasonNote.managedProperty().bind(reasonNote.visibleProperty());

        Label statementHeading = new Label("What will happen");
        statementHeading.getStyleClass().add(Styles.DETAIL_HEADING);
        Label statement = wrapped("form-statement");
        statement.textProperty().bind(Bindings.when(viewModel.statementProperty().isEmpty())
                .then("Fill in the form to see what will happen.").otherwise(viewModel.statementProperty()));
        statement.setAccessibleText("What will happen");
        Label problem = wrapped("form-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.getStyleClass().add("form-error");
        Label preview = wrapped("form-preview-text");
        preview.textProperty().bind(Bindings.createStringBinding(() -> {
            PreviewSummary summary = viewModel.previewSummaryProperty().get();
            return summary == null ? viewModel.previewTextProperty().get() : summary.headline();
        }, viewModel.previewSummaryProperty(), viewModel.previewTextProperty()));
        VBox previewDetail = new VBox(2);
        previewDetail.setId("form-preview-detail");
        previewDetail.managedProperty().bind(previewDetail.visibleProperty());
        viewModel.previewSummaryProperty().addListener((obs, old, summary) -> showPreview(previewDetail, summary));
        showPreview(previewDetail, viewModel.previewSummaryProperty().get());
        Label message = wrapped("form-message");
        message.textProperty().bind(viewModel.messageProperty());

        Button previewButton = new Button("_Preview with the service");
        previewButton.setId("form-preview");
        previewButton.setOnAction(event -> viewModel.preview());
        Button submit = new Button("_Submit");
        submit.setId("form-submit");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(viewModel.busyProperty());
        submit.setOnAction(event -> viewModel.submit());
        Button cancel = new Button("Cancel");
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close());
        HBox buttons = new HBox(8, previewButton, submit, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        root.getChildren().addAll(title, operation, grid, reasonNote, statementHeading, statement, problem, preview,
                previewDetail, buttons, message);
    }

    private int addField(GridPane grid, int row, FormField field) {
        Label label = new Label(field.label() + (field.isRequired() ? "" : " (optional)"));
        label.setMnemonicParsing(true);
        Control input = input(field);
        input.setId("form-field-" + field.key().replace('_', '-'));
        input.getStyleClass().add("form-input");
        if (firstInput == null) {
            firstInput = input;
        }
        input.setAccessibleText(field.plainLabel());
        label.setLabelFor(input);
        if (field.kind() == FormField.Kind.CHECK) {
            label.setText("");
        }
        grid.add(label, 0, row);
        grid.add(input, 1, row++);
        Label help = new Label();
        help.setWrapText(true);
        help.setId("form-help-" + field.key().replace('_', '-'));
        help.textProperty().bind(Bindings.createStringBinding(() -> {
            String error = field.shownErrorProperty().get();
            if (error != null) {
                return error;
            }
            String found = field.foundTextProperty().get();
            return found != null && !found.isEmpty() ? found : field.hint() == null ? "" : field.hint();
        }, field.shownErrorProperty(), field.foundTextProperty()));
        help.styleProperty().bind(Bindings.when(field.shownErrorProperty().isNotNull())
                .then("-fx-text-fill: -desk-error, #b00020;").otherwise(""));
        grid.add(help, 1, row++);
        validation.registerValidator(input, false, (Control control, Object value) -> {
            String error = field.shownErrorProperty().get();
            return ValidationResult.fromMessageIf(control, error == null ? "" : error, Severity.ERROR, error != null);
        });
        field.shownErrorProperty().addListener((obs, old, now) -> validation.revalidate(input));
        return row;
    }

    private Control input(FormField field) {
        return switch (field.kind()) {
            case TEXT, DATE -> {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(field.textProperty());
                if (field.kind() == FormField.Kind.DATE) {
                    text.setPromptText("DD/MM/YYYY");
                }
                yield text;
            }
            case AREA -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                area.textProperty().bindBidirectional(field.textProperty());
                area.addEventFilter(KeyEvent.KEY_PRESSED, event -> keepKeyboardFlow(area, event));
                yield area;
            }
            case CHOICE -> {
                ComboBox<Choice> combo = new ComboBox<>(field.choices());
                combo.setMaxWidth(Double.MAX_VALUE);
                combo.valueProperty().bindBidirectional(field.choiceProperty());
                combo.setPromptText("Choose…");
                yield combo;
            }
            case CHECK -> {
                CheckBox box = new CheckBox(field.label());
                box.setMnemonicParsing(true);
                box.selectedProperty().bindBidirectional(field.checkedProperty());
                yield box;
            }
        };
    }

    /** In the reason box Tab moves on and Enter submits, as in every other field; Shift+Enter adds a line. */
    private void keepKeyboardFlow(TextArea area, KeyEvent event) {
        if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
            event.consume();
            // Ctrl+Tab is the text area's own "move focus on"; Shift reverses it.
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true, false,
                    false));
        } else if (event.getCode() == KeyCode.ENTER && !event.isShiftDown()) {
            event.consume();
            viewModel.submit();
        } else if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            area.insertText(area.getCaretPosition(), "\n");
        }
    }

    /** Each record as a bold name over "Label  before → after" rows; then the emails; then the closing note. */
    private static void showPreview(VBox box, PreviewSummary summary) {
        box.getChildren().clear();
        box.setVisible(summary != null && (!summary.sections().isEmpty() || !summary.footnote().isEmpty()));
        if (summary == null) {
            return;
        }
        for (PreviewSummary.Section section : summary.sections()) {
            Label heading = new Label(section.heading());
            heading.setWrapText(true);
            heading.setStyle("-fx-font-weight: bold;");
            heading.setPadding(new Insets(6, 0, 0, 0));
            GridPane lines = new GridPane();
            lines.setHgap(10);
            lines.setVgap(2);
            lines.setPadding(new Insets(0, 0, 0, 12));
            // Labels get room to read ("New cohort" on one line) but long ones wrap rather than crowd the values.
            ColumnConstraints labels = new ColumnConstraints(140, Region.USE_COMPUTED_SIZE, 220);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            lines.getColumnConstraints().addAll(labels, values);
            int row = 0;
            for (PreviewSummary.Line line : section.lines()) {
                Label label = new Label(line.label());
                label.setWrapText(true);
                label.getStyleClass().add(Styles.DETAIL_LABEL);
                Label text = new Label(line.text());
                text.setWrapText(true);
                lines.addRow(row++, label, text);
            }
            if (!section.more().isEmpty()) {
                Label more = new Label(section.more());
                more.getStyleClass().add(Styles.DETAIL_LABEL);
                lines.add(more, 0, row, 2, 1);
            }
            box.getChildren().addAll(heading, lines);
        }
        if (!summary.footnote().isEmpty()) {
            Label footnote = new Label(summary.footnote());
            footnote.setWrapText(true);
            footnote.setPadding(new Insets(6, 0, 0, 0));
            box.getChildren().add(footnote);
        }
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setWrapText(true);
        label.setId(id);
        return label;
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    public OperationFormViewModel viewModel() {
        return viewModel;
    }
}
