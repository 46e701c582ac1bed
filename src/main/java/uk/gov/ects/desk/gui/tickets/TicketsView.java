package uk.gov.ects.desk.gui.tickets;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.gov.ects.desk.client.cache.TicketQueue;
import uk.gov.ects.desk.gui.common.Styles;
import uk.gov.ects.desk.model.tickets.TicketAge;

/**
 * The Tickets tab: queue buttons with counts and filters on top, the queue table (oldest first)
 * beside the reading pane and triage form, and the key help below. Keys on the table: see
 * {@link TicketCommand#HELP}. Binds to {@link TicketsViewModel} and holds no state of its own.
 */
public final class TicketsView {

    private final TicketsViewModel viewModel;
    private final TableView<TicketItem> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final VBox reading = new VBox(8);
    private boolean syncingSelection;

    public TicketsView(TicketsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("tickets");
        root.setTop(new VBox(queueBar(), filterBar()));
        buildTable();
        reading.setPadding(new Insets(12));
        reading.getStyleClass().add(Styles.DETAIL_PANE);
        ScrollPane readingScroll = new ScrollPane(reading);
        readingScroll.setFitToWidth(true);
        readingScroll.setId("ticket-reading");
        VBox left = new VBox(table, bulkBar());
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, readingScroll);
        split.setDividerPositions(0.55);
        root.setCenter(split);
        root.setBottom(footer());
        viewModel.readingProperty().addListener((obs, old, now) -> renderReading());
        viewModel.readingMessageProperty().addListener((obs, old, now) -> renderReading());
        renderReading();
    }

    public Node root() {
        return root;
    }

    /** Puts the keyboard in the table, ready for J/K, C, 1..9, Enter and R. */
    public void focusTable() {
        table.requestFocus();
    }

    private HBox queueBar() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(4);
        for (TicketQueue queue : TicketQueue.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("queue-" + queue.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.textProperty().bind(viewModel.queueLabelProperty(queue));
            button.setToggleGroup(group);
            button.setUserData(queue);
            button.setSelected(queue == viewModel.queueProperty().get());
            bar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one queue is always chosen
            } else {
                viewModel.queueProperty().set((TicketQueue) now.getUserData());
            }
        });
        bar.setPadding(new Insets(8, 8, 0, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox filterBar() {
        ComboBox<String> category = new ComboBox<>();
        category.setId("tickets-category-filter");
        category.getItems().add(null);
        category.getItems().addAll(TicketCategories.codes());
        category.setConverter(converter(code -> code == null ? "Any category" : TicketCategories.numbered(code)));
        category.setButtonCell(cell(code -> code == null ? "Any category" : TicketCategories.name(code)));
        category.valueProperty().bindBidirectional(viewModel.categoryFilterProperty());
        Label categoryLabel = new Label("_Category");
        categoryLabel.setMnemonicParsing(true);
        categoryLabel.setLabelFor(category);

        TextField school = new TextField();
        school.setId("tickets-school-filter");
        school.setPromptText("Linked school URN");
        school.textProperty().bindBidirectional(viewModel.schoolFilterProperty());
        Label schoolLabel = new Label("_School");
        schoolLabel.setMnemonicParsing(true);
        schoolLabel.setLabelFor(school);

        HBox bar = new HBox(8, categoryLabel, category, schoolLabel, school);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private void buildTable() {
        table.setId("tickets-table");
        table.setAccessibleText("Tickets in the chosen queue, oldest first");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Columns keep their widths (squeezed to fit, every one was cut short); what an agent
        // triages by comes first, the rest is a scroll away.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Age", TicketItem::age, 115));
        table.getColumns().add(statusColumn());
        table.getColumns().add(column("Subject", TicketItem::subject, 250));
        table.getColumns().add(column("Category", TicketItem::category, 150));
        table.getColumns().add(column("From", TicketItem::from, 230));
        table.getColumns().add(column("Target", TicketItem::target, 120));
        table.getColumns().add(column("Priority", TicketItem::priority, 80));
        table.getColumns().add(column("Claimed by", TicketItem::assignee, 130));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.textProperty().bind(viewModel.tableMessageProperty());
        table.setPlaceholder(placeholder);
        table.setItems(viewModel.items());

        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!syncingSelection) {
                viewModel.select(index.intValue());
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TicketItem>) change ->
                viewModel.setChecked(List.copyOf(table.getSelectionModel().getSelectedItems())));
        viewModel.selectedIndexProperty().addListener((obs, old, index) -> showSelected(index.intValue()));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void showSelected(int index) {
        if (table.getSelectionModel().getSelectedIndex() == index && table.getSelectionModel().getSelectedIndices().size() <= 1) {
            return;
        }
        syncingSelection = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
                table.getFocusModel().focus(index);
                table.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void onKey(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.isShortcutDown()) {
            return;
        }
        // Some platforms leave a key press's text empty; letters and digits are then read from the key itself.
        String text = event.getText() == null || event.getText().isEmpty()
                ? event.getCode().isLetterKey() || event.getCode().isDigitKey() ? event.getCode().getName() : ""
                : event.getText();
        TicketCommand.forKey(text, event.getCode().getName()).ifPresent(command -> {
            event.consume();
            viewModel.perform(command);
        });
    }

    private TableColumn<TicketItem, String> statusColumn() {
        TableColumn<TicketItem, String> column = column("Status", TicketItem::status, 95);
        column.setId("tickets-status-column");
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll(TicketStyles.NEARLY_DUE, TicketStyles.OVERDUE);
                TicketItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                if (item != null && item.standing() == TicketAge.Standing.NEARLY_DUE) {
                    getStyleClass().add(TicketStyles.NEARLY_DUE);
                } else if (item != null && item.standing() == TicketAge.Standing.OVERDUE) {
                    getStyleClass().add(TicketStyles.OVERDUE);
                }
            }
        });
        return column;
    }

    private static TableColumn<TicketItem, String> column(String header, Function<TicketItem, String> text, double width) {
        TableColumn<TicketItem, String> column = new TableColumn<>(header);
        column.setPrefWidth(width);
        column.setSortable(false); // the queue's order is its meaning: oldest first
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? "" : orEmpty(text.apply(cell.getValue()))));
        return column;
    }

    private HBox bulkBar() {
        Button claim = new Button("Claim selected");
        claim.setId("tickets-bulk-claim");
        claim.setOnAction(event -> viewModel.bulkClaim());
        MenuButton categorise = new MenuButton("Categorise selected");
        categorise.setId("tickets-bulk-categorise");
        for (String code : TicketCategories.codes()) {
            MenuItem item = new MenuItem(TicketCategories.numbered(code));
            item.setOnAction(event -> viewModel.bulkCategorise(code));
            categorise.getItems().add(item);
        }
        HBox bar = new HBox(8, new Label("Shift- or Ctrl-click to select several:"), claim, categorise);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    private VBox footer() {
        Label message = new Label();
        message.setId("tickets-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        Label help = new Label(TicketCommand.HELP);
        help.setId("tickets-keys");
        help.getStyleClass().add(TicketStyles.KEY_HELP);
        VBox footer = new VBox(2, message, help);
        footer.setPadding(new Insets(4, 8, 6, 8));
        return footer;
    }

    // ---- the reading pane -------------------------------------------------------------------------

    private void renderReading() {
        reading.getChildren().clear();
        TicketReading shown = viewModel.readingProperty().get();
        if (shown == null) {
            Label message = new Label(viewModel.readingMessageProperty().get());
            message.getStyleClass().add(Styles.PLACEHOLDER);
            message.setWrapText(true);
            reading.getChildren().add(message);
            return;
        }
        Label subject = new Label(shown.subject());
        subject.setId("ticket-subject");
        subject.setWrapText(true);
        subject.getStyleClass().add(Styles.DETAIL_TITLE);
        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(2);
        fact(facts, 0, "From", shown.from());
        fact(facts, 1, "Received", shown.received());
        fact(facts, 2, "Claim", shown.claim());
        TextArea body = new TextArea(shown.body());
        body.setId("ticket-body");
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(8);
        reading.getChildren().addAll(subject, facts, body, heading("What the app recognised"), recognised(shown),
                heading("Triage"), triageForm(), heading("Note"), noteForm());
    }

    private VBox recognised(TicketReading shown) {
        VBox list = new VBox(4);
        list.setId("ticket-recognised");
        Label guess = new Label(shown.categoryGuess());
        guess.setId("ticket-category-guess");
        guess.setWrapText(true);
        list.getChildren().add(guess);
        if (shown.links().isEmpty()) {
            list.getChildren().add(new Label("No URN, TRN, email or name recognised in the message."));
        }
        for (RecognisedLink link : shown.links()) {
            Label kind = new Label(link.kindName() + " " + link.entity().text() + ":");
            kind.getStyleClass().add(Styles.DETAIL_LABEL);
            Node target;
            if (link.opens()) {
                Hyperlink open = new Hyperlink(link.text());
                open.setOnAction(event -> viewModel.open(link));
                target = open;
            } else {
                Label none = new Label(link.text());
                none.getStyleClass().add(TicketStyles.NOT_FOUND);
                target = none;
            }
            HBox row = new HBox(6, kind, target);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
        if (shown.suggested() != null) {
            Button suggested = new Button("Open suggested action: " + shown.suggested().description() + " (Enter)");
            suggested.setId("ticket-suggested");
            suggested.setOnAction(event -> viewModel.openSuggested());
            list.getChildren().add(suggested);
        }
        return list;
    }

    private VBox triageForm() {
        ComboBox<String> category = new ComboBox<>();
        category.setId("triage-category");
        category.getItems().addAll(TicketCategories.codes());
        category.setConverter(converter(TicketCategories::numbered));
        category.setButtonCell(cell(TicketCategories::numbered));
        category.valueProperty().bindBidirectional(viewModel.triageCategoryProperty());
        ComboBox<String> priority = new ComboBox<>();
        priority.setId("triage-priority");
        priority.getItems().addAll(TicketCategories.priorities());
        priority.setConverter(converter(TicketCategories::priorityName));
        priority.valueProperty().bindBidirectional(viewModel.triagePriorityProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, labelFor("Category", category), category);
        grid.addRow(1, labelFor("Priority", priority), priority);

        ListView<LinkedRecord> links = new ListView<>(viewModel.triageLinks());
        links.setId("triage-links");
        links.setPrefHeight(100);
        links.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(LinkedRecord item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        Button remove = new Button("Remove link");
        remove.setOnAction(event -> {
            LinkedRecord chosen = links.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                viewModel.triageLinks().remove(chosen);
            }
        });
        Button save = new Button("Save triage");
        save.setId("triage-save");
        save.setOnAction(event -> viewModel.submitTriage());
        Button claim = new Button("Claim (C)");
        claim.setId("ticket-claim");
        claim.setOnAction(event -> viewModel.claim());
        Button release = new Button("Release");
        release.setOnAction(event -> viewModel.release());
        Button resolve = new Button("Resolve… (R)");
        resolve.setId("ticket-resolve");
        resolve.setOnAction(event -> viewModel.resolve());
        Label linkedLabel = new Label("Linked records (remove any that do not belong)");
        linkedLabel.setLabelFor(links);
        return new VBox(6, grid, linkedLabel, links, new HBox(8, remove, save, claim, release, resolve));
    }

    private VBox noteForm() {
        TextArea note = new TextArea();
        note.setId("ticket-note");
        note.setPromptText("An internal note: the school does not see it");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Button add = new Button("Add note");
        add.setOnAction(event -> {
            viewModel.addNote(note.getText());
            note.clear();
        });
        return new VBox(4, note, add);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.DETAIL_HEADING);
        return heading;
    }

    private static Label labelFor(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private static void fact(GridPane grid, int row, String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.DETAIL_LABEL);
        TextField field = new TextField(value);
        field.setEditable(false);
        field.getStyleClass().add(Styles.DETAIL_VALUE);
        name.setLabelFor(field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, name, field);
    }

    private static StringConverter<String> converter(Function<String, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                return text.apply(code);
            }

            @Override
            public String fromString(String string) {
                return null;
            }
        };
    }

    private static ListCell<String> cell(Function<String, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty ? null : text.apply(code));
            }
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
