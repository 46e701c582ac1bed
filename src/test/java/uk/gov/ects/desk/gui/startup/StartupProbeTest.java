package uk.gov.ects.desk.gui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupProbeTest {

    @TempDir
    Path folder;

    @AfterEach
    void clearProperties() {
        System.clearProperty(StartupProbe.FILE_PROPERTY);
        System.clearProperty(StartupProbe.EXIT_PROPERTY);
        StartupProbe.resetForTest();
    }

    @Test
    @DisplayName("The bench reads JVM uptime and wall-clock time of the first window from the probe file")
    void writesUptimeAndEpochMillisWhenAsked() throws IOException {
        Path probe = folder.resolve("probe.txt");
        System.setProperty(StartupProbe.FILE_PROPERTY, probe.toString());
        long before = System.currentTimeMillis();

        StartupProbe.windowShown();

        List<String> lines = Files.readAllLines(probe);
        assertEquals(2, lines.size(), "two lines: " + lines);
        assertTrue(lines.get(0).matches("uptimeMillis=\\d+"), lines.get(0));
        long epochMillis = Long.parseLong(lines.get(1).substring("epochMillis=".length()));
        assertTrue(epochMillis >= before && epochMillis <= System.currentTimeMillis(), "epoch " + epochMillis);
    }

    @Test
    @DisplayName("Only the first window counts: later windows do not overwrite the probe")
    void ignoresLaterWindows() throws IOException {
        Path probe = folder.resolve("probe.txt");
        System.setProperty(StartupProbe.FILE_PROPERTY, probe.toString());
        StartupProbe.windowShown();
        Files.delete(probe);

        StartupProbe.windowShown();

        assertFalse(Files.exists(probe));
    }
}
