package uk.gov.ects.desk.gui.history;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.gov.ects.desk.gui.common.Styles;

/**
 * A detail pane with sub-tabs: Details (the record as before), History, Emails and Notes. Node ids
 * start with the tab's prefix: "schools-history", "schools-emails", "schools-notes",
 * "schools-add-note", "schools-resend-access-link".
 */
public final class ActivityView {

    private final ActivityViewModel viewModel;
    private final String idPrefix;
    private final VBox root;
    private final TabPane tabs = new TabPane();

    public ActivityView(ActivityViewModel viewModel, String idPrefix, Node details) {
        this.viewModel = viewModel;
        this.idPrefix = idPrefix;
        tabs.setId(idPrefix + "-detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("Details", ActivityViewModel.Section.DETAILS, details),
                tab("History", ActivityViewModel.Section.HISTORY, historyPane()),
                tab("Emails", ActivityViewModel.Section.EMAILS, emailsPane()),
                tab("Notes", ActivityViewModel.Section.NOTES, notesPane()));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.showSection((ActivityViewModel.Section) now.getUserData()));
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label outcome = new Label();
        outcome.setId(idPrefix + "-activity-message");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.actionMessageProperty());
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.visibleProperty().bind(outcome.managedProperty());
        outcome.setPadding(new Insets(4, 8, 4, 8));
        root = new VBox(tabs, outcome);
    }

    public Node root() {
        return root;
    }

    public TabPane tabs() {
        return tabs;
    }

    private Tab tab(String title, ActivityViewModel.Section section, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(idPrefix + "-" + section.name().toLowerCase(java.util.Locale.ROOT) + "-tab");
        tab.setUserData(section);
        return tab;
    }

    private Node historyPane() {
        Button refresh = new Button("_Refresh");
        refresh.setId(idPrefix + "-refresh-history");
        refresh.setOnAction(event -> viewModel.refresh());
        refresh.disableProperty().bind(viewModel.subjectProperty().isNull());
        Label about = new Label("Every change to this record, newest first, read from the Support API.");
        about.setWrapText(true);
        HBox bar = bar(about, refresh);
        ListView<HistoryItem> list = list(idPrefix + "-history", viewModel.history(), HistoryItem::text,
                viewModel.historyMessageProperty());
        return pane(bar, list);
    }

    private Node emailsPane() {
        ListView<EmailItem> list = list(idPrefix + "-emails", viewModel.emails(), EmailItem::text,
                viewModel.emailsMessageProperty());
        Button resend = new Button("Resend _access link…");
        resend.setId(idPrefix + "-resend-access-link");
        resend.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.canResend(list.getSelectionModel().getSelectedItem()),
                list.getSelectionModel().selectedItemProperty(), viewModel.subjectProperty()));
        // Only schools have access links; elsewhere the button would only ever be disabled.
        resend.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.subjectProperty().get() == null || viewModel.subjectProperty().get().isSchool(),
                viewModel.subjectProperty()));
        resend.managedProperty().bind(resend.visibleProperty());
        resend.setOnAction(event -> askToResend(list.getSelectionModel().getSelectedItem()));
        Label about = new Label("Emails the service sent about this record, newest first.");
        about.setWrapText(true);
        return pane(bar(about, resend), list);
    }

    private Node notesPane() {
        Button add = new Button("Add _note…");
        add.setId(idPrefix + "-add-note");
        add.disableProperty().bind(viewModel.subjectProperty().isNull());
        add.setOnAction(event -> askForNote());
        Label about = new Label("Notes agents wrote about this record, newest first.");
        about.setWrapText(true);
        ListView<NoteItem> list = list(idPrefix + "-notes", viewModel.notes(), NoteItem::text,
                viewModel.notesMessageProperty());
        return pane(bar(about, add), list);
    }

    private void askForNote() {
        TextEntryDialog.ask(window(), "Add a note", "The note is kept with this record and shows in its history.",
                "Note (up to 5,000 characters)", "Add note", "note-body", ActivityViewModel::noteProblem)
                .ifPresent(viewModel::addNote);
    }

    private void askToResend(EmailItem email) {
        if (!viewModel.canResend(email)) {
            return;
        }
        TextEntryDialog.ask(window(), "Resend the access link",
                "The link goes to the school's email on Get Information about Schools (OVR-ACCESS).",
                "Why is it sent again?", "Resend link", "resend-reason", ActivityViewModel::reasonProblem)
                .ifPresent(reason -> viewModel.resendAccessLink(email, reason));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static HBox bar(Label about, Button action) {
        HBox.setHgrow(about, Priority.ALWAYS);
        about.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(8, about, action);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static VBox pane(HBox bar, ListView<?> list) {
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(8, bar, list);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private static <T> ListView<T> list(String id, ObservableList<T> items, Function<T, String> text,
            ObservableStringValue message) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setAccessibleText(id.substring(id.indexOf('-') + 1));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setAccessibleText(getText());
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of widening it
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.textProperty().bind(message);
        list.setPlaceholder(placeholder);
        return list;
    }
}
