package uk.gov.ects.desk.gui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's icon in the sizes window managers pick from (title bar, task switcher, dock). The
 * PNGs are copies of {@code packaging/icon/png}; a missing one is skipped, never an error.
 */
public final class WindowIcons {

    static final String FOLDER = "/uk/gov/ects/desk/gui/icons/";
    private static final int[] SIZES = {32, 64, 256};
    private static final Logger LOG = LoggerFactory.getLogger(WindowIcons.class);

    private WindowIcons() {
    }

    /** The icons found on the class path, smallest first. Needs the JavaFX toolkit running. */
    public static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            String name = FOLDER + "ect-support-desk-" + size + ".png";
            try (InputStream png = WindowIcons.class.getResourceAsStream(name)) {
                if (png != null) {
                    icons.add(new Image(png));
                }
            } catch (IOException e) {
                LOG.warn("Could not read the window icon {}: {}", name, e.toString());
            }
        }
        return icons;
    }
}
