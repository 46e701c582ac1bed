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
import javafx.scene.control.Tooltip;
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
    private static final int LONG_VALUE = 40;
    /** Tables wider than this do not fit beside the results without a sideways scroll bar. */
    private static final int MAX_FITTING_COLUMNS = 4;
    /** A wide table of this many rows or fewer reads better as labelled cards, one per row. */
    private static final int MAX_CARD_ROWS = 2;

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
            content.getChildren().add(heading(table.heading()));
            boolean wide = table.columns().size() > MAX_FITTING_COLUMNS;
            if (wide && !table.rows().isEmpty() && table.rows().size() <= MAX_CARD_ROWS) {
                content.getChildren().addAll(cards(table));
            } else {
                content.getChildren().add(table(table, wide));
            }
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
            if (field.value() != null && field.value().length() > LONG_VALUE) {
                value.setTooltip(new Tooltip(field.value())); // the whole value, should the pane be narrow
            }
            label.setLabelFor(value);
            grid.addRow(row++, label, value);
        }
        return grid;
    }

    /** One labelled card per row, for tables with too many columns to read side by side. */
    private static List<Node> cards(DetailSheet.Table table) {
        return table.rows().stream().<Node>map(row -> {
            List<DetailSheet.Field> fields = new java.util.ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) {
                fields.add(new DetailSheet.Field(table.columns().get(i), row.get(i)));
            }
            GridPane card = fields(fields);
            card.getStyleClass().add(Styles.DETAIL_CARD);
            return card;
        }).toList();
    }

    private static TableView<List<String>> table(DetailSheet.Table table, boolean wide) {
        TableView<List<String>> view = new TableView<>();
        if (!wide) {
            // Few columns: fit them to the pane, so there is no sideways scroll bar to look past.
            view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
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
        // Header, rows, and room for the sideways scroll bar a wide table gets.
        double height = 30 + visibleRows * ROW_HEIGHT + (wide ? 24 : 2);
        view.setPrefHeight(height);
        view.setMinHeight(height);
        VBox.setVgrow(view, Priority.NEVER);
        return view;
    }
}
