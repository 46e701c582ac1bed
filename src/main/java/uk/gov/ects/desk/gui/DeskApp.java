package uk.gov.ects.desk.gui;

import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;
import uk.gov.ects.desk.gui.common.FallbackExceptionHandler;

/**
 * The JavaFX application. JavaFX creates this class itself, so it cannot take constructor
 * arguments: the launcher (the composition root) first calls {@link #compose(Supplier, Runnable)}
 * with a factory for the {@link MainWindow} and what to run on exit, then
 * {@code Application.launch(DeskApp.class, args)}. The factory runs on the FX thread.
 */
public final class DeskApp extends Application {

    private static volatile Supplier<MainWindow> windowFactory;
    private static volatile Runnable onExit = () -> { };
    private static volatile Runnable onShown = () -> { };

    private MainWindow window;

    /** Set by the launcher before {@code Application.launch}. */
    public static void compose(Supplier<MainWindow> factory, Runnable whenExiting) {
        windowFactory = factory;
        onExit = whenExiting;
    }

    /**
     * Runs once the first window is on screen: where the launcher starts the slow work (opening
     * the cache, the embedded service, sync), so none of it delays the window.
     */
    public static void whenShown(Runnable action) {
        onShown = action;
    }

    /** Starts JavaFX with this application; returns when the app exits. */
    public static void run(String[] args) {
        Application.launch(DeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        FallbackExceptionHandler.install();
        Supplier<MainWindow> factory = windowFactory;
        if (factory == null) {
            throw new IllegalStateException("DeskApp.compose must be called before Application.launch");
        }
        window = factory.get();
        window.show(stage);
        onShown.run();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        onExit.run();
    }
}
