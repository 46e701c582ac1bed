package uk.gov.ects.desk.gui;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.client.cache.PartnershipRow;
import uk.gov.ects.desk.client.cache.SchoolRow;
import uk.gov.ects.desk.gui.operations.FormAction;
import uk.gov.ects.desk.gui.operations.FormCatalogue;
import uk.gov.ects.desk.gui.operations.FormContext;
import uk.gov.ects.desk.gui.operations.OperationLauncher;
import uk.gov.ects.desk.gui.operations.OperationSubmitter;
import uk.gov.ects.desk.gui.operations.OperationsWiring;
import uk.gov.ects.desk.gui.operations.RecordActions;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.gui.common.BackgroundTask;
import uk.gov.ects.desk.gui.common.DeskAction;
import uk.gov.ects.desk.gui.common.LazyTab;
import uk.gov.ects.desk.gui.common.SearchTabView;
import uk.gov.ects.desk.gui.common.Styles;
import uk.gov.ects.desk.gui.common.TaskExecutor;
import uk.gov.ects.desk.gui.common.WindowIcons;
import uk.gov.ects.desk.gui.help.AboutDialog;
import uk.gov.ects.desk.gui.help.AboutInfo;
import uk.gov.ects.desk.gui.outbox.OutboxSetup;
import uk.gov.ects.desk.gui.outbox.OutboxTab;
import uk.gov.ects.desk.gui.history.ActivityActions;
import uk.gov.ects.desk.gui.history.ActivityWiring;
import uk.gov.ects.desk.gui.history.RecordActivity;
import uk.gov.ects.desk.gui.participants.ParticipantsView;
import uk.gov.ects.desk.gui.partnerships.PartnershipsView;
import uk.gov.ects.desk.gui.schools.SchoolsView;
import uk.gov.ects.desk.gui.signin.SignInDialog;
import uk.gov.ects.desk.gui.signin.SignInService;
import uk.gov.ects.desk.gui.signin.SignInViewModel;
import uk.gov.ects.desk.gui.status.StatusBarView;
import uk.gov.ects.desk.gui.status.SyncControl;
import uk.gov.ects.desk.gui.tickets.OverviewView;
import uk.gov.ects.desk.gui.tickets.ResolveDialog;
import uk.gov.ects.desk.gui.tickets.SuggestedAction;
import uk.gov.ects.desk.gui.tickets.TicketDesk;
import uk.gov.ects.desk.gui.tickets.TicketNavigator;
import uk.gov.ects.desk.gui.tickets.TicketsView;

/**
 * The main window, built from its collaborators: the cache to search, the sync engine (through
 * {@link SyncControl}) and the background executor. The launcher creates one, then calls
 * {@link #show(Stage)}; tests and the screenshots command call {@link #createScene(double, double)}.
 * Tickets is the first tab, then Overview; further tabs (Outbox) go in through {@link #tabs()}.
 */
public final class MainWindow implements TicketNavigator {

    public static final String TITLE = "Manage ECTs Support Desk";

    private final MainWindowViewModel viewModel;
    private final SyncControl sync;
    private final Clock clock;
    private final TaskExecutor executor;
    private final TabPane tabs = new TabPane();
    private Runnable onQuit = Platform::exit;
    private Runnable stopListening = () -> { };
    private StatusBarView statusBar;
    private OutboxSetup outboxSetup;
    private OutboxTab outboxTab;
    private ActivityWiring activity;
    private SignInService signIn;
    private Dialog<?> signInDialog;
    private LazyTab schoolsTab;
    private LazyTab participantsTab;
    private SearchTabView<?> schoolsView;
    private SearchTabView<?> participantsView;
    private TicketsView ticketsView;

    private final OperationsWiring operations;

    /** A window without operation forms or ticket writes: reading only. */
    public MainWindow(CacheQueries cache, SyncControl sync, TaskExecutor executor, Clock clock, String version) {
        this(cache, sync, executor, clock, () -> AboutInfo.versionOnly(version));
    }

    /** {@code about} feeds Help › About each time it opens; see {@link AboutInfo}. */
    public MainWindow(CacheQueries cache, SyncControl sync, TaskExecutor executor, Clock clock, Supplier<AboutInfo> about) {
        this(cache, sync, executor, clock, about, TicketDesk.readOnly(cache), null, () -> Role.VIEWER);
    }

    /** With the Tickets tab's parts (queues, outbox-backed actions, recogniser, agent); see {@link TicketDesk}. */
    public MainWindow(CacheQueries cache, SyncControl sync, TaskExecutor executor, Clock clock, Supplier<AboutInfo> about,
            TicketDesk tickets) {
        this(cache, sync, executor, clock, about, tickets, null, () -> Role.VIEWER);
    }

    /** A window with operation forms, for tests: About shows the version only. */
    public MainWindow(CacheQueries cache, SyncControl sync, TaskExecutor executor, Clock clock, String version,
            OperationSubmitter submitter, Supplier<Role> role) {
        this(cache, sync, executor, clock, () -> AboutInfo.versionOnly(version), TicketDesk.readOnly(cache), submitter, role);
    }

    /**
     * The whole window.
     *
     * @param tickets   the Tickets tab's parts; {@link TicketDesk#readOnly} refuses ticket writes
     * @param submitter where finished forms go (preview from the service, submit to the outbox); null
     *                  leaves the forms out
     * @param role      the agent's role now, which decides the actions they may take
     */
    public MainWindow(CacheQueries cache, SyncControl sync, TaskExecutor executor, Clock clock, Supplier<AboutInfo> about,
            TicketDesk tickets, OperationSubmitter submitter, Supplier<Role> role) {
        this.viewModel = new MainWindowViewModel(cache, sync, executor, clock, about, tickets,
                new ResolveDialog(() -> this.tabs.getScene() == null ? null : this.tabs.getScene().getWindow()), this);
        this.sync = sync;
        this.clock = clock;
        this.executor = executor;
        this.operations = submitter == null ? null : new OperationsWiring(new RecordActions(role),
                new OperationLauncher(new FormCatalogue(new FormContext(cache, clock)), submitter, executor,
                        () -> tabs.getScene() == null ? null : tabs.getScene().getWindow(), viewModel::notice));
    }

    /** Adds the Outbox tab (after the search tabs) and its count in the status bar; call before {@link #createScene}. */
    public void useOutbox(OutboxSetup setup) {
        this.outboxSetup = setup;
    }

    /** Adds File › Connect to a service… and lets the app ask for a sign-in; call before {@link #createScene}. */
    public MainWindow withSignIn(SignInService service) {
        this.signIn = service;
        return this;
    }

    /**
     * Opens the sign-in dialog, or brings the open one to the front. {@code reason} says why the app
     * asks (null when the agent chose to). Any thread; returns at once.
     */
    public void askToSignIn(String reason) {
        if (Platform.isFxApplicationThread()) {
            showSignIn(reason);
        } else {
            Platform.runLater(() -> showSignIn(reason));
        }
    }

    /** The sign-in dialog on the FX thread; null when the window has no sign-in or no scene yet. */
    public Dialog<?> showSignIn(String reason) {
        if (signIn == null || tabs.getScene() == null) {
            return null;
        }
        if (signInDialog != null && signInDialog.isShowing()) {
            ((Stage) signInDialog.getDialogPane().getScene().getWindow()).toFront();
            return signInDialog;
        }
        signInDialog = SignInDialog.show(tabs.getScene().getWindow(), new SignInViewModel(signIn, executor, reason));
        return signInDialog;
    }

    /** Adds History, Emails and Notes beside each record's details; call before {@link #createScene}. */
    public MainWindow withActivity(RecordActivity reader, ActivityActions actions) {
        this.activity = new ActivityWiring(reader, actions, executor);
        return this;
    }

    /**
     * Builds the scene, starts listening to the sync status and runs the first searches. Only the
     * Tickets tab's content is built now; every other tab builds its content when first selected
     * (see {@link LazyTab}), so the first window shows sooner.
     */
    public Scene createScene(double width, double height) {
        ticketsView = new TicketsView(viewModel.tickets());
        Tab ticketsTab = new Tab("Tickets", ticketsView.root());
        ticketsTab.setId("tickets-tab");
        LazyTab overviewTab = new LazyTab("Overview", "overview-tab", () -> new OverviewView(viewModel.overview()).root());
        schoolsTab = searchTab("Schools", "schools-tab", () -> {
            SearchTabView<SchoolRow> schools = SchoolsView.create(viewModel.schools());
            if (activity != null) {
                activity.attach(schools, viewModel.schools(), "school", SchoolRow::urn, "schools");
            }
            if (operations != null) {
                operations.attach(schools, viewModel.schools(), FormAction.Target.SCHOOL, SchoolRow::urn, SchoolRow::name);
            }
            schoolsView = schools;
            return schools;
        });
        participantsTab = searchTab("Participants", "participants-tab", () -> {
            SearchTabView<ParticipantRow> participants = ParticipantsView.create(viewModel.participants());
            if (activity != null) {
                activity.attach(participants, viewModel.participants(), "participant", ParticipantRow::id, "participants");
            }
            if (operations != null) {
                operations.attach(participants, viewModel.participants(), FormAction.Target.PARTICIPANT, ParticipantRow::id,
                        ParticipantRow::fullName);
            }
            participantsView = participants;
            return participants;
        });
        LazyTab partnershipsTab = searchTab("Partnerships", "partnerships-tab", () -> {
            SearchTabView<PartnershipRow> partnerships = PartnershipsView.create(viewModel.partnerships(), clock);
            if (activity != null) {
                activity.attach(partnerships, viewModel.partnerships(), "partnership", PartnershipRow::id, "partnerships");
            }
            if (operations != null) {
                operations.attach(partnerships, viewModel.partnerships(), FormAction.Target.PARTNERSHIP, PartnershipRow::id,
                        row -> row.schoolName() + ", cohort " + row.cohort());
            }
            return partnerships;
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(ticketsTab, overviewTab.tab(), schoolsTab.tab(), participantsTab.tab(), partnershipsTab.tab());

        statusBar = new StatusBarView(viewModel.status(), viewModel.messageProperty());
        BorderPane root = new BorderPane(tabs);
        root.setTop(new VBox(menuBar(), statusBar.offlineBanner()));
        root.setBottom(statusBar.statusBar());
        if (outboxSetup != null) {
            outboxTab = OutboxTab.create(outboxSetup, executor, clock);
            tabs.getTabs().add(outboxTab.tab());
            statusBar.addItem(outboxTab.statusItem());
            outboxTab.start();
        }

        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(Styles.STYLESHEET)).toExternalForm());
        scene.getAccelerators().put(DeskAction.FIND.keys(), this::focusSearchOfCurrentTab);
        if (operations != null) {
            scene.getAccelerators().put(DeskAction.FIND_ACTION.keys(), this::openPalette);
        }

        stopListening = sync.subscribe(status -> Platform.runLater(() -> viewModel.onStatus(status)));
        viewModel.start();
        return scene;
    }

    public void show(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(createScene(1280, 800));
        stage.setOnHidden(event -> close());
        stage.show();
        ticketsView.focusTable();
        // Decoding the icons and handing them to the window manager took a tenth of the time to the
        // first window: they follow a moment after it, decoded off the UI thread.
        BackgroundTask.wrap(WindowIcons::load).onSuccess(icons -> stage.getIcons().setAll(icons)).executeWith(executor);
    }

    /** Stops listening to the sync engine; the launcher shuts down the executor and the engine. */
    public void close() {
        stopListening.run();
        stopListening = () -> { };
        if (statusBar != null) {
            statusBar.stop();
        }
        if (outboxTab != null) {
            outboxTab.stop();
        }
    }

    /** What File › Quit does; by default it ends the JavaFX application. */
    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    /** Opens the school in the Schools tab (searched by URN, first row selected). */
    @Override
    public void showSchool(String urn) {
        selectTab("schools-tab");
        schoolsTab.build();
        schoolsView.reveal(urn);
    }

    /** Opens the participant in the Participants tab (searched by id, first row selected). */
    @Override
    public void showParticipant(String id) {
        selectTab("participants-tab");
        participantsTab.build();
        participantsView.reveal(id);
    }

    /** Selects the tab with this id ("tickets-tab", "schools-tab", ...). */
    public void selectTab(String id) {
        tabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    public TabPane tabs() {
        return tabs;
    }

    public MainWindowViewModel viewModel() {
        return viewModel;
    }

    /** Opens the form last opened from this window's actions, for tests; null without operations. */
    public OperationLauncher launcher() {
        return operations == null ? null : operations.launcher();
    }

    /**
     * Opens the operation form a ticket's suggested action asks for, filled from the ticket (see
     * {@link uk.gov.ects.desk.gui.operations.SuggestedForm}); a window without forms says so.
     */
    public void openSuggested(SuggestedAction action) {
        if (operations == null) {
            viewModel.notice("Operation forms are not available in this window. Open the record and use the Support API.");
            return;
        }
        operations.launcher().openSuggested(action);
    }

    /** Ctrl+K: the command palette for the record selected in the current tab. */
    public void openPalette() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (operations == null || selected == null || !(selected.getUserData() instanceof SearchTabView<?> view)) {
            return;
        }
        operations.openPalette(view, tabs.getScene().getWindow());
    }

    /** Help › About; returns the open dialog so the screenshots command can picture it. */
    public javafx.scene.control.Dialog<?> showAbout() {
        return AboutDialog.show(tabs.getScene().getWindow(), viewModel.aboutSheet());
    }

    private void focusSearchOfCurrentTab() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getUserData() instanceof SearchTabView<?> view) {
            view.focusSearch();
        }
    }

    /** A search tab built on first selection; its view goes in the tab's user data for Ctrl+F and Ctrl+K. */
    private static LazyTab searchTab(String title, String id, Supplier<SearchTabView<?>> view) {
        LazyTab[] built = new LazyTab[1];
        built[0] = new LazyTab(title, id, () -> {
            SearchTabView<?> made = view.get();
            built[0].tab().setUserData(made);
            return made.root();
        });
        return built[0];
    }

    private MenuBar menuBar() {
        MenuItem syncNow = item(DeskAction.SYNC_NOW, viewModel::syncNow);
        MenuItem quit = item(DeskAction.QUIT, () -> onQuit.run());
        Menu file = signIn == null ? new Menu("_File", null, syncNow, new SeparatorMenuItem(), quit)
                : new Menu("_File", null, item(DeskAction.CONNECT, () -> showSignIn(null)),
                        item(DeskAction.USE_SANDBOX, this::chooseSandbox), syncNow, new SeparatorMenuItem(), quit);
        MenuItem about = item(DeskAction.ABOUT, this::showAbout);
        Menu help = new Menu("_Help", null, about);
        MenuBar bar = operations == null ? new MenuBar(file, help)
                : new MenuBar(file, new Menu("_Actions", null, item(DeskAction.FIND_ACTION, this::openPalette)), help);
        bar.setId("menu-bar");
        return bar;
    }

    /** The training sandbox is where a new agent practises; an agent signed in to a service can go back to it. */
    private void chooseSandbox() {
        if (signIn.usingSandbox()) {
            viewModel.notice("You are in the training sandbox: changes made here never reach the real service.");
            return;
        }
        BackgroundTask.wrap(() -> {
            signIn.chooseSandboxNextStart();
            return null;
        }).onSuccess(done -> viewModel.notice("The training sandbox opens the next time you start the app. Your sign-in "
                + "and any queued changes are kept for when you connect again with File › Connect to a service…"))
                .onFailure(problem -> viewModel.notice("Could not choose the training sandbox: " + problem.getMessage()
                        + ". Try again; if it keeps failing, start the app with a new data folder."))
                .executeWith(executor);
    }

    private static MenuItem item(DeskAction action, Runnable handler) {
        MenuItem item = new MenuItem(action.label());
        item.setId("menu-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (action.keys() != null) {
            item.setAccelerator(action.keys());
        }
        item.setOnAction(event -> handler.run());
        return item;
    }
}
