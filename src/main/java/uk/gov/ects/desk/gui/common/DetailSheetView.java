package uk.gov.ects.desk.gui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Lays out a {@link DetailSheet}: each value sits in a read-only text field (so it can be selected,
 * copied and reached with Tab), paired with its label for screen readers.
 */
public final class DetailSheetView {

    private static final double ROW_HEIGHT = 24;
    private static final int MAX_VISIBLE_TABLE_ROWS = 8;

    private final VBox content = new VBox(8);
    private final ScrollPane root = new ScrollPane(content);

    public DetailSheetView(ObservableValue<DetailSheet> sheet, ObservableValue<String> message) {
        content.setPadding(new Insets(12));
        content.getStyleClass().add(Styles.DETAIL_PANE);
        root.setFitToWidth(true);
        sheet.addListener((obs, old, now) -> render(now, message.getValue()));
        message.addListener((obs, old, now) -> render(sheet.getValue(), now));
        render(sheet.getValue(), message.getValue());
    }

    public Node root() {
        return root;
    }

    private void render(DetailSheet sheet, String message) {
        content.getChildren().clear();
        if (sheet == null) {
            Label placeholder = new Label(message);
            placeholder.setWrapText(true);
            placeholder.getStyleClass().add(Styles.PLACEHOLDER);
            content.getChildren().add(placeholder);
            return;
        }
        Label title = new Label(sheet.title());
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        title.setWrapText(true);
        content.getChildren().add(title);
        for (DetailSheet.Section section : sheet.sections()) {
            content.getChildren().addAll(heading(section.heading()), fields(section.fields()));
        }
        for (DetailSheet.Table table : sheet.tables()) {
            content.getChildren().addAll(heading(table.heading()), table(table));
        }
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.DETAIL_HEADING);
        return heading;
    }

    private static GridPane fields(List<DetailSheet.Field> fields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        for (DetailSheet.Field field : fields) {
            Label label = new Label(field.label());
            label.getStyleClass().add(Styles.DETAIL_LABEL);
            TextField value = new TextField(field.value());
            value.setEditable(false);
            value.getStyleClass().add(Styles.DETAIL_VALUE);
            value.setAccessibleText(field.label() + ": " + field.value());
            label.setLabelFor(value);
            grid.addRow(row++, label, value);
        }
        return grid;
    }

    private static TableView<List<String>> table(DetailSheet.Table table) {
        TableView<List<String>> view = new TableView<>();
        view.setAccessibleText(table.heading());
        for (int i = 0; i < table.columns().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(table.columns().get(i));
            tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(column)));
            tableColumn.setSortable(false);
            view.getColumns().add(tableColumn);
        }
        view.getItems().setAll(table.rows());
        Label empty = new Label(table.emptyText());
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        view.setPlaceholder(empty);
        view.setFixedCellSize(ROW_HEIGHT);
        int visibleRows = Math.max(1, Math.min(MAX_VISIBLE_TABLE_ROWS, table.rows().size()));
        // Header, rows, and room for the horizontal scroll bar that wide tables get.
        double height = 32 + visibleRows * ROW_HEIGHT + 24;
        view.setPrefHeight(height);
        view.setMinHeight(height);
        VBox.setVgrow(view, Priority.NEVER);
        return view;
    }
}
