package uk.gov.ects.desk.gui.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the moment the first window is shown, so {@code packaging/bench startup} can measure
 * process start to first window. Does nothing unless {@code -Ddesk.startupProbe=<file>} is set.
 *
 * <p>The file holds {@code uptimeMillis=<JVM uptime>} and {@code epochMillis=<wall clock>}; the bench
 * compares the wall clock with the time it started the process, which also counts the launcher
 * and JVM boot that JVM uptime misses. With {@code -Ddesk.startupProbe.exit=true} the app exits
 * right after writing, so a run ends by itself (and a first run can dump its CDS archive).
 */
public final class StartupProbe {

    public static final String FILE_PROPERTY = "desk.startupProbe";
    public static final String EXIT_PROPERTY = "desk.startupProbe.exit";

    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    private static final AtomicBoolean RECORDED = new AtomicBoolean();

    private StartupProbe() {
    }

    /** Call once the first window is on screen; later calls are ignored. */
    public static void windowShown() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank() || !RECORDED.compareAndSet(false, true)) {
            return;
        }
        long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        write(Path.of(file), uptimeMillis, System.currentTimeMillis());
        if (Boolean.getBoolean(EXIT_PROPERTY)) {
            // Runtime.exit (not Platform.exit) so the JVM ends even if the app keeps non-daemon threads.
            Runtime.getRuntime().exit(0);
        }
    }

    /** Writes through a temporary file so a reader never sees half a probe. */
    static void write(Path file, long uptimeMillis, long epochMillis) {
        String text = "uptimeMillis=" + uptimeMillis + "\nepochMillis=" + epochMillis + "\n";
        try {
            Path absolute = file.toAbsolutePath();
            Path temporary = Files.createTempFile(absolute.getParent(), ".startup-probe", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("First window shown after {} ms of JVM uptime", uptimeMillis);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the start-up probe file " + file
                    + "; check that its folder exists and is writable", e);
        }
    }

    /** Lets tests run {@link #windowShown()} more than once in one JVM. */
    static void resetForTest() {
        RECORDED.set(false);
    }
}
