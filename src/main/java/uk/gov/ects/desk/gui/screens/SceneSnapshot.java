package uk.gov.ects.desk.gui.screens;

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
        if (Platform.isFxApplicationThread()) {
            return writeNow(scene, file);
        }
        CompletableFuture<Path> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(writeNow(scene, file));
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
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        if (!ImageIO.write(picture, "png", file.toFile())) {
            throw new IOException("No PNG writer available for " + file);
        }
        return file;
    }
}
