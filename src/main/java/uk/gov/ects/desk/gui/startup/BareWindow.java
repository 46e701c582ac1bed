package uk.gov.ects.desk.gui.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The start-up baseline: an empty JavaFX window on the same runtime as the app, reporting to
 * {@link StartupProbe} when shown. {@code packaging/bench startup} compares the app against it.
 *
 * <p>This class is not itself an {@link Application}, so it also starts from a plain class path.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The empty window; public because the JavaFX launcher instantiates it reflectively. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("ECT Support Desk (start-up baseline)");
            stage.setScene(new Scene(new StackPane(), 640, 400));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> StartupProbe.windowShown());
            stage.show();
        }
    }
}
