package uk.gov.ects.desk.gui.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeSync;
import uk.gov.ects.desk.gui.fakes.TestData;

@ExtendWith(ApplicationExtension.class)
class SceneSnapshotTest {

    @Start
    void start(Stage stage) {
        // The toolkit must be running; the snapshot itself needs no window.
    }

    @Test
    @DisplayName("Writes the main window as a 1280×800 PNG that is not blank")
    void writesPng(FxRobot robot, @TempDir Path dir) throws Exception {
        UiTaskExecutor executor = new UiTaskExecutor(1);
        MainWindow window = new MainWindow(TestData.cacheWithOneOfEach(), new FakeSync(), executor, TestData.CLOCK, "test");
        Scene[] scene = new Scene[1];
        robot.interact(() -> scene[0] = window.createScene(SceneSnapshot.WIDTH, SceneSnapshot.HEIGHT));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "2 schools".equals(window.viewModel().schools().resultCountProperty().get()));

        Path file = SceneSnapshot.write(scene[0], dir.resolve("shots/main.png"));

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 10) {
            for (int x = 0; x < image.getWidth(); x += 10) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 5, "only " + colours.size() + " colours: the picture looks blank");

        Scene[] dialog = new Scene[1];
        robot.interact(() -> dialog[0] = new Scene(new javafx.scene.control.Label("About this app"), 400, 200));
        BufferedImage withDialog = ImageIO.read(SceneSnapshot.writeWithDialog(scene[0], dialog[0], "About",
                dir.resolve("shots/about.png")).toFile());
        assertEquals(1280, withDialog.getWidth());
        assertEquals(800, withDialog.getHeight());
        assertTrue(withDialog.getRGB(640, 400) != image.getRGB(640, 400), "the dialog is drawn over the middle of the window");
        window.close();
        executor.shutdown();
    }
}
