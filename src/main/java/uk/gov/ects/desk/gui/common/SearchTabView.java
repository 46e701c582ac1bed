package uk.gov.ects.desk.gui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.textfield.TextFields;

/**
 * One search tab: a clearable search box, the result count, a paged table and the detail pane.
 * Binds to a {@link SearchViewModel} and forwards what the user does; it holds no state itself.
 */
public final class SearchTabView<R> {

    public static final String LOADING = "Loading…";
    private static final double ROW_HEIGHT = 24;

    /** A table column: its header, the text of a row, and a starting width. */
    public record Column<R>(String header, Function<R, String> text, double width) {
    }

    private final SearchViewModel<R, ?> viewModel;
    private final TextField search = TextFields.createClearableTextField();
    private final TableView<PagedRows.Row<R>> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final BorderPane detailArea = new BorderPane();
    private boolean revealPending;
    private Function<R, ContextMenu> rowMenu = row -> null;

    /** {@code idPrefix} names the nodes ("schools" → "schools-search", "schools-table", "schools-detail"). */
    public SearchTabView(SearchViewModel<R, ?> viewModel, String idPrefix, String searchPrompt, List<Column<R>> columns) {
        this.viewModel = viewModel;
        root.setTop(searchBar(idPrefix, searchPrompt));
        buildTable(idPrefix, columns);
        DetailSheetView detail = new DetailSheetView(viewModel.detailProperty(), viewModel.detailMessageProperty());
        detail.root().setId(idPrefix + "-detail");
        detailArea.setCenter(detail.root());
        SplitPane split = new SplitPane(table, detailArea);
        // The detail pane gets room for a full email address or programme name beside its label.
        split.setDividerPositions(0.55);
        root.setCenter(split);
    }

    public Node root() {
        return root;
    }

    /**
     * Searches for {@code text} at once and selects the first row when the results arrive: how
     * another tab opens a record here (a URN, a participant id).
     */
    public void reveal(String text) {
        revealPending = true;
        viewModel.searchTextProperty().set(text);
        viewModel.searchNow();
    }

    /** Puts a bar (the record's action buttons) above the detail pane. */
    public void setDetailActions(Node bar) {
        detailArea.setTop(bar);
    }

    /** The context menu of a table row, made when the row is right-clicked (or Shift+F10 / the menu key). */
    public void setRowMenu(Function<R, ContextMenu> menu) {
        this.rowMenu = menu;
    }

    public TableView<PagedRows.Row<R>> table() {
        return table;
    }

    /** Ctrl+F: put the cursor in the search box, ready to type over. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Replaces the detail pane with {@code wrapper}'s node around it (sub-tabs beside the details). */
    public void wrapDetail(UnaryOperator<Node> wrapper) {
        detailArea.setCenter(wrapper.apply(detailArea.getCenter()));
    }

    private HBox searchBar(String idPrefix, String searchPrompt) {
        search.setId(idPrefix + "-search");
        search.setPromptText(searchPrompt);
        search.getStyleClass().add(Styles.SEARCH_BOX);
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnAction(event -> moveToTable());
        Label label = new Label("_Search " + viewModel.noun().plural());
        label.setMnemonicParsing(true);
        label.setLabelFor(search);
        Label count = new Label();
        count.setId(idPrefix + "-count");
        count.getStyleClass().add(Styles.RESULT_COUNT);
        count.textProperty().bind(Bindings.when(viewModel.searchingProperty())
                .then("Searching…").otherwise(viewModel.resultCountProperty()));
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(8, label, search, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    /** Enter in the search box: search now if the text changed, then go to the first row. */
    private void moveToTable() {
        String text = search.getText() == null ? "" : search.getText().trim();
        table.requestFocus();
        if (!text.equals(viewModel.shownText())) {
            // The rows on screen answer an older search: select the first of the new answer.
            revealPending = true;
            viewModel.searchNow();
            return;
        }
        PagedRows<R> rows = viewModel.rowsProperty().get();
        if (!rows.isEmpty() && table.getSelectionModel().isEmpty()) {
            // The first page may still be on its way: selecting a row still loading shows no detail.
            selectFirstWhenRead(rows);
        }
    }

    private void buildTable(String idPrefix, List<Column<R>> columns) {
        table.setId(idPrefix + "-table");
        table.setAccessibleText(viewModel.noun().plural() + " found");
        // A fixed row height lets the table skip measuring rows: essential with 400,000 of them.
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (int i = 0; i < columns.size(); i++) {
            table.getColumns().add(column(columns.get(i), i == 0));
        }
        table.setRowFactory(view -> new TableRow<>() {
            {
                setOnContextMenuRequested(event -> {
                    PagedRows.Row<R> row = getItem();
                    ContextMenu menu = row == null || row.value() == null ? null : rowMenu.apply(row.value());
                    if (menu != null) {
                        getTableView().getSelectionModel().select(getIndex());
                        menu.show(this, event.getScreenX(), event.getScreenY());
                        event.consume();
                    }
                });
            }

            @Override
            protected void updateItem(PagedRows.Row<R> row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(Styles.LOADING_ROW),
                        !empty && row != null && row.value() == null);
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.textProperty().bind(viewModel.tableMessageProperty());
        table.setPlaceholder(placeholder);
        table.setItems(viewModel.rowsProperty().get());
        viewModel.rowsProperty().addListener((obs, old, rows) -> {
            table.setItems(rows);
            if (revealPending) {
                revealPending = false;
                if (!rows.isEmpty()) {
                    selectFirstWhenRead(rows);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            R before = old == null ? null : old.value();
            R now = row == null ? null : row.value();
            if (now == null && row != null) {
                return; // a row still loading: its detail follows when its page arrives
            }
            if (old == null || !Objects.equals(before, now)) {
                viewModel.select(now);
            }
        });
    }

    /** Selects the first row once its page has been read (a row still loading shows no detail). */
    private void selectFirstWhenRead(PagedRows<R> rows) {
        Runnable selectFirst = () -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        };
        if (rows.peek(0) != null) {
            selectFirst.run();
            return;
        }
        rows.addListener(new javafx.collections.ListChangeListener<PagedRows.Row<R>>() {
            @Override
            public void onChanged(Change<? extends PagedRows.Row<R>> change) {
                if (rows.peek(0) != null) {
                    rows.removeListener(this);
                    if (table.getItems() == rows) {
                        selectFirst.run();
                    }
                }
            }
        });
        rows.get(0); // starts reading the first page
    }

    private TableColumn<PagedRows.Row<R>, String> column(Column<R> spec, boolean first) {
        TableColumn<PagedRows.Row<R>, String> column = new TableColumn<>(spec.header());
        column.setPrefWidth(spec.width());
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text(cell.getValue(), spec, first)));
        return column;
    }

    private String text(PagedRows.Row<R> row, Column<R> spec, boolean first) {
        if (row == null) {
            return "";
        }
        if (row.value() == null) {
            if (!first) {
                return "";
            }
            return row.failed() ? "Could not read this row from the cache" : LOADING;
        }
        String text = spec.text().apply(row.value());
        return text == null ? "" : text;
    }
}
