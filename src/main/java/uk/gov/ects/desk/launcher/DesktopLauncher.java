package uk.gov.ects.desk.launcher;

import uk.gov.ects.desk.gui.DeskApp;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.gui.startup.StartupProbe;

/**
 * The composition root of the desktop app. The window is shown first, from nothing but the
 * {@link DeskBackend}'s promises; then, on a background thread, the backend opens the cache, starts
 * the sandbox service (when no API is given) and begins to sync. Nothing slow happens before the
 * first window.
 */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        DeskBackend backend = new DeskBackend(LaunchOptions.parse(args, System.getenv()));
        UiTaskExecutor executor = new UiTaskExecutor();
        DeskApp.compose(() -> new MainWindow(backend.cache(), backend.sync(), executor, backend.clock(), backend::about),
                () -> {
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
