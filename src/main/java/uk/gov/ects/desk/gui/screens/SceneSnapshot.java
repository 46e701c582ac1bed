package uk.gov.ects.desk.gui.screens;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Renders a scene to a PNG, for the screenshots command and documentation. */
public final class SceneSnapshot {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;

    private SceneSnapshot() {
    }

    /** A scene of the screenshot size around {@code root}. */
    public static Scene sized(Parent root) {
        return new Scene(root, WIDTH, HEIGHT);
    }

    /**
     * Writes {@code scene} as a PNG. Runs on the FX thread: called from another thread it hands
     * the work over and waits.
     */
    public static Path write(Scene scene, Path file) throws IOException {
        return onFxThread(() -> writeNow(scene, file), file);
    }

    /**
     * Writes the window {@code scene} with a dialog open over it, as an agent sees it: the window
     * dimmed a little, the dialog centred in a simple frame with its title. A snapshot shows one
     * scene, and a dialog has a scene (and OS frame) of its own, hence the drawing here.
     */
    public static Path writeWithDialog(Scene window, Scene dialog, String dialogTitle, Path file) throws IOException {
        return onFxThread(() -> {
            BufferedImage picture = SwingFXUtils.fromFXImage(window.snapshot(null), null);
            BufferedImage dialogPicture = SwingFXUtils.fromFXImage(dialog.snapshot(null), null);
            drawDialog(picture, dialogPicture, dialogTitle);
            return writePng(picture, file);
        }, file);
    }

    private static void drawDialog(BufferedImage picture, BufferedImage dialog, String title) {
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0, 0, 0, 70));
            g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            int titleHeight = 30;
            int width = dialog.getWidth();
            int height = dialog.getHeight() + titleHeight;
            int x = (picture.getWidth() - width) / 2;
            int y = Math.max(0, (picture.getHeight() - height) / 2);
            for (int shadow = 12; shadow > 0; shadow -= 2) {
                g.setColor(new Color(0, 0, 0, 14));
                g.fillRoundRect(x - shadow / 2, y - shadow / 2 + 4, width + shadow, height + shadow, 12, 12);
            }
            g.setColor(new Color(0xE8, 0xE8, 0xE8));
            g.fillRect(x, y, width, titleHeight);
            g.setColor(new Color(0x0B, 0x0C, 0x0C));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(title, x + (width - metrics.stringWidth(title)) / 2,
                    y + (titleHeight + metrics.getAscent() - metrics.getDescent()) / 2);
            g.drawImage(dialog, x, y + titleHeight, null);
            g.setColor(new Color(0x8A, 0x8A, 0x8A));
            g.drawRect(x - 1, y - 1, width + 1, height + 1);
        } finally {
            g.dispose();
        }
    }

    private interface Render {
        Path run() throws IOException;
    }

    private static Path onFxThread(Render render, Path file) throws IOException {
        if (Platform.isFxApplicationThread()) {
            return render.run();
        }
        CompletableFuture<Path> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(render.run());
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException("Could not render " + file, e.getCause()));
        }
    }

    private static Path writeNow(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        return writePng(SwingFXUtils.fromFXImage(image, null), file);
    }

    private static Path writePng(BufferedImage picture, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        if (!ImageIO.write(picture, "png", file.toFile())) {
            throw new IOException("No PNG writer available for " + file);
        }
        return file;
    }
}
