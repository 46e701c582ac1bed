package uk.gov.ects.desk.launcher;

import java.util.concurrent.atomic.AtomicReference;
import uk.gov.ects.desk.gui.DeskApp;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.TaskExecutor;
import uk.gov.ects.desk.gui.tickets.TicketDesk;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.gui.outbox.OutboxSetup;
import uk.gov.ects.desk.gui.startup.StartupProbe;

/**
 * The composition root of the desktop app. The window is shown first, from nothing but the
 * {@link DeskBackend}'s promises; then, on a background thread, the backend opens the cache, starts
 * the sandbox service (when no API is given) and begins to sync. Nothing slow happens before the
 * first window.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /**
     * The main window with every part wired to the backend: tickets, operation forms, outbox,
     * history. The screenshot tour and the end-to-end test build the app's window here too.
     */
    public static MainWindow window(DeskBackend backend, TaskExecutor executor) {
        // The Tickets tab is built with the window, and the window owns the operation forms, so the
        // suggested action reaches the forms through the window once it exists.
        AtomicReference<MainWindow> built = new AtomicReference<>();
        TicketDesk tickets = TicketDesk.readOnly(backend.cache()).withActions(backend.ticketActions())
                .withAgent(backend::agentName)
                .withSuggestedActionHandler(action -> built.get().openSuggested(action));
        MainWindow window = new MainWindow(backend.cache(), backend.sync(), executor, backend.clock(), backend::about,
                tickets, backend.submitter(), backend::role);
        built.set(window);
        window.withSignIn(backend);
        // "Sign in again" in the Outbox tab opens the dialog; a good sign-in resumes the held changes.
        window.useOutbox(OutboxSetup.of(backend.outbox(), () -> window.askToSignIn(null)));
        backend.onSignInNeeded(window::askToSignIn);
        window.withActivity(backend.activity(), backend.activityActions());
        return window;
    }

    static void launch(String[] args) {
        DeskBackend backend = new DeskBackend(LaunchOptions.parse(args, System.getenv()));
        UiTaskExecutor executor = new UiTaskExecutor();
        DeskApp.compose(() -> window(backend, executor), () -> {
            backend.close();
            executor.shutdown();
        });
        DeskApp.whenShown(() -> {
            StartupProbe.windowShown();
            Thread starter = new Thread(backend::start, "desk-backend-start");
            starter.setDaemon(true);
            starter.start();
        });
        DeskApp.run(new String[0]);
    }
}
