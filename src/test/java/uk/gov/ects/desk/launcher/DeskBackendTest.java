package uk.gov.ects.desk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.outbox.OutboxCounts;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.gui.help.AboutInfo;

class DeskBackendTest {

    @Test
    @DisplayName("The sandbox backend knows the agent from GET /me and where its cache is, and never holds the token")
    void aboutFromTheSandbox(@TempDir Path dataDir) throws Exception {
        try (DeskBackend backend = new DeskBackend(new LaunchOptions(null, null, dataDir))) {
            AboutInfo before = backend.about();
            assertNull(before.serviceUrl());
            assertNull(before.agentName());

            CompletableFuture<SyncStatus> synced = new CompletableFuture<>();
            backend.sync().subscribe(status -> {
                if (status.lastSuccessfulSync() != null && !status.running()) {
                    synced.complete(status);
                }
            });
            CompletableFuture<OutboxCounts> outboxOpened = new CompletableFuture<>();
            backend.outbox().subscribe(outboxOpened::complete);
            backend.start();
            synced.get(60, TimeUnit.SECONDS);
            assertTrue(outboxOpened.get(10, TimeUnit.SECONDS).isClear(), "the Outbox tab hears that the outbox opened");

            AboutInfo about = backend.about();
            assertEquals("Support agent", about.agentName(), "the agent whose token the sandbox made");
            assertEquals("agent", about.agentRole());
            assertTrue(about.serviceUrl().startsWith("http://127.0.0.1:"), about.serviceUrl());
            assertTrue(about.cacheFile().startsWith(dataDir.resolve("cache")));
            assertTrue(Files.exists(about.cacheFile()));
            assertTrue(about.cacheBytes() > 0);
            assertEquals(Instant.parse("2026-10-01T09:00:00Z"), backend.clock().instant(), "the demo's fixed date");
            String token = Files.readAllLines(dataDir.resolve("sandbox/tokens.txt")).stream()
                    .filter(line -> line.startsWith("agent=")).findFirst().orElseThrow().substring("agent=".length());
            assertFalse(about.toString().contains(token));
        }
    }

    @Test
    @DisplayName("The data folder, the sandbox's store and the cache with its key are readable by the user only")
    void sandboxAndCacheFilesAreOwnerOnly(@TempDir Path parent) throws Exception {
        assumeTrue(parent.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path dataDir = parent.resolve("desk-data");
        try (DeskBackend backend = new DeskBackend(new LaunchOptions(null, null, dataDir))) {
            backend.start();
            Path cacheFile = backend.about().cacheFile();
            assertNotNull(cacheFile, "the cache opened");

            assertEquals("rwx------", mode(dataDir));
            assertEquals("rwx------", mode(dataDir.resolve("sandbox")));
            assertEquals("rwx------", mode(dataDir.resolve("cache")));
            assertEquals("rw-------", mode(dataDir.resolve("sandbox/service.mv.db")));
            assertEquals("rw-------", mode(dataDir.resolve("sandbox/tokens.txt")));
            assertEquals("rw-------", mode(cacheFile));
            try (var keys = Files.list(dataDir.resolve("cache"))) {
                Path key = keys.filter(file -> file.toString().endsWith(".key")).findFirst().orElseThrow();
                assertEquals("rw-------", mode(key));
            }
        }
    }

    private static String mode(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    @DisplayName("Stopping the sandbox service turns the status offline with the cache still there")
    void offlineAfterTheServiceStops(@TempDir Path dataDir) throws Exception {
        try (DeskBackend backend = new DeskBackend(new LaunchOptions(null, null, dataDir))) {
            CompletableFuture<SyncStatus> synced = new CompletableFuture<>();
            CompletableFuture<SyncStatus> offline = new CompletableFuture<>();
            backend.sync().subscribe(status -> {
                if (status.lastSuccessfulSync() != null && !status.running()) {
                    (status.online() ? synced : offline).complete(status);
                }
            });
            backend.start();
            synced.get(60, TimeUnit.SECONDS);

            backend.stopSandboxService();
            backend.sync().syncNow();

            SyncStatus status = offline.get(30, TimeUnit.SECONDS);
            assertNotNull(status.problem());
            assertTrue(backend.cache().countSchools("") > 0);
        }
    }

    @Test
    @DisplayName("Build facts come from the filtered desk-build.properties; unfiltered placeholders are not shown")
    void buildInfo() {
        Properties filled = new Properties();
        filled.setProperty("version", "1.4.0");
        filled.setProperty("built", "2026-09-30T16:05:00Z");
        assertEquals(new BuildInfo("1.4.0", Instant.parse("2026-09-30T16:05:00Z")), BuildInfo.from(filled));

        Properties raw = new Properties();
        raw.setProperty("version", "${project.version}");
        raw.setProperty("built", "${desk.build.time}");
        BuildInfo unfiltered = BuildInfo.from(raw);
        assertEquals(BuildInfo.UNKNOWN_VERSION, unfiltered.version());
        assertNull(unfiltered.builtAt());

        BuildInfo real = BuildInfo.load();
        assertNotNull(real.builtAt(), "mvn filters the resource, so tests see a build time");
    }
}
