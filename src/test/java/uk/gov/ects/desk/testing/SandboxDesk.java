package uk.gov.ects.desk.testing;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.launcher.DeskBackend;
import uk.gov.ects.desk.launcher.DesktopLauncher;
import uk.gov.ects.desk.launcher.LaunchOptions;

/**
 * The real app in a test, in the launcher's order: the window first, then the sandbox backend
 * (embedded service, small demo, encrypted cache, sync) behind it, in a temporary data folder.
 */
public final class SandboxDesk {

    private final FxRobot robot;
    private final Stage stage;
    private final DeskBackend backend;
    private final UiTaskExecutor executor = new UiTaskExecutor();
    private MainWindow window;

    private SandboxDesk(FxRobot robot, Stage stage, Path dataDir) {
        this.robot = robot;
        this.stage = stage;
        this.backend = new DeskBackend(new LaunchOptions(null, null, dataDir));
    }

    public static SandboxDesk open(FxRobot robot, Stage stage, Path dataDir) {
        SandboxDesk desk = new SandboxDesk(robot, stage, dataDir);
        robot.interact(() -> {
            desk.window = DesktopLauncher.window(desk.backend, desk.executor);
            desk.window.show(stage);
        });
        desk.backend.start();
        return desk;
    }

    /** Until the first sync has finished. */
    public void waitForFirstSync(int seconds) throws TimeoutException {
        DeskRobot.waitUntil(seconds, () -> window.viewModel().status().syncedProperty().get().startsWith("Synced")
                && !window.viewModel().status().syncingProperty().get());
    }

    public DeskBackend backend() {
        return backend;
    }

    public MainWindow window() {
        return window;
    }

    public void close() {
        if (window != null) {
            robot.interact(() -> {
                window.close();
                stage.hide();
            });
        }
        backend.close();
        executor.shutdown();
    }
}
