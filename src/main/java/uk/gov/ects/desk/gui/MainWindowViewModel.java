package uk.gov.ects.desk.gui;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.gui.common.BackgroundTask;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.common.SearchViewModel;
import uk.gov.ects.desk.gui.common.TaskExecutor;
import uk.gov.ects.desk.gui.help.AboutInfo;
import uk.gov.ects.desk.gui.help.AboutSheet;
import uk.gov.ects.desk.gui.participants.ParticipantsViewModel;
import uk.gov.ects.desk.gui.partnerships.PartnershipsViewModel;
import uk.gov.ects.desk.gui.schools.SchoolsViewModel;
import uk.gov.ects.desk.gui.status.StatusViewModel;
import uk.gov.ects.desk.gui.status.SyncControl;
import uk.gov.ects.desk.gui.tickets.OverviewViewModel;
import uk.gov.ects.desk.gui.tickets.ReplyTemplates;
import uk.gov.ects.desk.gui.tickets.TicketDesk;
import uk.gov.ects.desk.gui.tickets.TicketDialogs;
import uk.gov.ects.desk.gui.tickets.TicketNavigator;
import uk.gov.ects.desk.gui.tickets.TicketsViewModel;

/** The window's state: one ViewModel per tab, the status bar, and the Sync now command. */
public final class MainWindowViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);
    private static final TicketNavigator NO_NAVIGATION = new TicketNavigator() {
        @Override
        public void showSchool(String urn) {
        }

        @Override
        public void showParticipant(String id) {
        }
    };

    private final SyncControl sync;
    private final TaskExecutor executor;
    private final Supplier<AboutInfo> about;
    private final SchoolsViewModel schools;
    private final ParticipantsViewModel participants;
    private final PartnershipsViewModel partnerships;
    private final StatusViewModel status;
    private final TicketsViewModel tickets;
    private final OverviewViewModel overview;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private boolean wasRunning;

    public MainWindowViewModel(CacheQueries cache, SyncControl sync, TaskExecutor executor, Clock clock, String version) {
        this(cache, sync, executor, clock, () -> AboutInfo.versionOnly(version));
    }

    /** {@code about} is asked each time Help › About opens, on the UI thread: it must answer at once. */
    public MainWindowViewModel(CacheQueries cache, SyncControl sync, TaskExecutor executor, Clock clock,
            Supplier<AboutInfo> about) {
        this(cache, sync, executor, clock, about, TicketDesk.readOnly(cache), (ticket, reply) -> java.util.Optional.empty(),
                NO_NAVIGATION);
    }

    /** With the Tickets and Overview tabs' parts: {@code dialogs} and {@code navigator} come from the window. */
    public MainWindowViewModel(CacheQueries cache, SyncControl sync, TaskExecutor executor, Clock clock,
            Supplier<AboutInfo> about, TicketDesk desk, TicketDialogs dialogs, TicketNavigator navigator) {
        this.tickets = new TicketsViewModel(desk, cache, dialogs, navigator, ReplyTemplates.bundled(), executor, clock);
        this.overview = new OverviewViewModel(desk.queries(), executor, clock);
        this.sync = sync;
        this.executor = executor;
        this.about = about;
        this.schools = new SchoolsViewModel(cache, executor, clock);
        this.participants = new ParticipantsViewModel(cache, executor);
        this.partnerships = new PartnershipsViewModel(cache, executor, clock);
        this.status = new StatusViewModel(clock);
    }

    /** Runs the first search of every tab. */
    public void start() {
        searchTabs().forEach(SearchViewModel::searchNow);
        tickets.refresh();
        overview.refresh();
    }

    /** File › Sync now. */
    public void syncNow() {
        message.set("Sync started.");
        BackgroundTask.wrap(() -> {
            sync.syncNow();
            return null;
        }).onFailure(problem -> {
            LOG.warn("Sync now failed", problem);
            message.set("Could not sync just now. The app shows the cached data and will try again by itself.");
        }).executeWith(executor);
    }

    /** A new sync status, on the UI thread. When a sync that brought changes ends, searches re-run. */
    public void onStatus(SyncStatus newStatus) {
        status.apply(newStatus);
        boolean finished = wasRunning && !newStatus.running();
        wasRunning = newStatus.running();
        if (!finished) {
            return;
        }
        if (!newStatus.online()) {
            message.set("Sync could not reach the Support API. Working from the cache; the app keeps trying.");
        } else if (newStatus.changesApplied() > 0) {
            message.set("Sync finished: " + newStatus.changesApplied() + " changes.");
            searchTabs().forEach(SearchViewModel::refresh);
            tickets.refresh();
            overview.refresh();
        } else if (newStatus.problem() == null) {
            message.set("Sync finished: nothing new.");
        }
    }

    /** Help › About: version and build, service and agent, cache location and size, as they are now. */
    public DetailSheet aboutSheet() {
        return AboutSheet.of(about.get());
    }

    public List<SearchViewModel<?, ?>> searchTabs() {
        return List.of(schools, participants, partnerships);
    }

    public TicketsViewModel tickets() {
        return tickets;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public SchoolsViewModel schools() {
        return schools;
    }

    public ParticipantsViewModel participants() {
        return participants;
    }

    public PartnershipsViewModel partnerships() {
        return partnerships;
    }

    public StatusViewModel status() {
        return status;
    }

    /** Shows a short notice in the status bar (a queued change, a form that could not open). */
    public void notice(String text) {
        message.set(text);
    }

    /** The latest short notice for the status bar's text. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String version() {
        return about.get().version();
    }
}
