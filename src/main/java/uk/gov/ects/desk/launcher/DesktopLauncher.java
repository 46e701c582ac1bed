package uk.gov.ects.desk.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.DeferredCacheQueries;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.sync.SyncEngine;
import uk.gov.ects.desk.client.sync.SyncScheduler;
import uk.gov.ects.desk.gui.DeskApp;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.startup.StartupProbe;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;

/**
 * The composition root of the desktop app. The window is shown first, from nothing but the
 * cache's promise; then, on a background thread, the cache is opened, the sandbox service (when
 * no API is given) started, and sync begun. Nothing slow happens before the first window.
 */
final class DesktopLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final int SYNC_PAGE_SIZE = 2000;

    private final LaunchOptions options;
    private final DeferredCacheQueries cache = new DeferredCacheQueries();
    private final DeferredSyncControl sync = new DeferredSyncControl();
    private final SwitchableClock clock = new SwitchableClock(Clock.system(ENGLAND));
    private volatile Sandbox sandbox;
    private volatile LocalCache openCache;
    private volatile SyncScheduler scheduler;
    private volatile SupportApiClient api;

    private DesktopLauncher(LaunchOptions options) {
        this.options = options;
    }

    static void launch(String[] args) {
        DesktopLauncher launcher = new DesktopLauncher(LaunchOptions.parse(args, System.getenv()));
        UiTaskExecutor executor = new UiTaskExecutor();
        DeskApp.compose(() -> new MainWindow(launcher.cache, launcher.sync, executor, launcher.clock, version()),
                () -> {
                    launcher.close();
                    executor.shutdown();
                });
        DeskApp.whenShown(() -> {
            StartupProbe.windowShown();
            Thread starter = new Thread(launcher::startBackend, "desk-backend-start");
            starter.setDaemon(true);
            starter.start();
        });
        DeskApp.run(new String[0]);
    }

    private void startBackend() {
        try {
            String baseUrl = options.apiUrl();
            String token = options.token();
            if (options.sandbox()) {
                sandbox = Sandbox.start(options.dataDir());
                baseUrl = sandbox.baseUrl();
                token = sandbox.agentToken();
                clock.switchTo(sandbox.clock());
            }
            Path cacheDir = Files.createDirectories(options.dataDir().resolve("cache"));
            String cacheName = cacheName(options.sandbox() ? "sandbox" : baseUrl, token);
            openCache = LocalCache.open(cacheDir.resolve(cacheName), CacheKey.fromKeyFile(cacheDir.resolve(cacheName + ".key")));
            cache.open(openCache);
            String agentToken = token;
            api = new SupportApiClient(ApiSettings.of(baseUrl, () -> agentToken));
            scheduler = new SyncScheduler(new SyncEngine(api.changes(), openCache, SYNC_PAGE_SIZE), openCache);
            sync.attach(scheduler);
            scheduler.start();
        } catch (Exception e) {
            LOG.error("The app could not start: {}", e.toString());
            cache.failed(e);
            sync.failed("The app could not start its connection: " + e.getMessage()
                    + ". Restart the app; if it happens again, report it to the desk's maintainers.");
        }
    }

    /** One cache per agent and service; the file name gives away neither the URL nor the token. */
    static String cacheName(String service, String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((service + "\n" + token).getBytes(StandardCharsets.UTF_8));
            return "cache-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private void close() {
        closeQuietly(scheduler);
        closeQuietly(api);
        closeQuietly(openCache);
        closeQuietly(sandbox);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("Closing {} failed: {}", closeable.getClass().getSimpleName(), e.toString());
        }
    }

    static String version() {
        String version = DesktopLauncher.class.getPackage().getImplementationVersion();
        return version != null ? version : "development build";
    }
}
