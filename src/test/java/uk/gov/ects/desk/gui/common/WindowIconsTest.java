package uk.gov.ects.desk.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowIconsTest {

    @Start
    void start(Stage stage) {
        // Images need the toolkit running.
    }

    @Test
    @DisplayName("The window gets the app's icon at 32, 64 and 256 pixels")
    void iconsFromTheClassPath() {
        List<Image> icons = WindowIcons.load();

        assertEquals(List.of(32.0, 64.0, 256.0), icons.stream().map(Image::getWidth).toList());
        assertEquals(List.of(false, false, false), icons.stream().map(Image::isError).toList());
    }
}
