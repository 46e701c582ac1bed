package uk.gov.ects.desk.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import uk.gov.ects.desk.client.operations.OnlinePreview;
import uk.gov.ects.desk.gui.operations.OperationSubmitter;
import uk.gov.ects.desk.gui.operations.OutboxSubmitter;
import uk.gov.ects.desk.gui.tickets.TicketActions;
import uk.gov.ects.desk.model.support.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.activity.ActivityReader;
import uk.gov.ects.desk.client.api.ApiCalls;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.ApiJson;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.dto.MeDto;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.DeferredCacheQueries;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.cache.OwnerOnlyFiles;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.session.ClientSession;
import uk.gov.ects.desk.gui.help.AboutInfo;
import uk.gov.ects.desk.gui.outbox.OutboxService;
import uk.gov.ects.desk.gui.history.ActivityActions;
import uk.gov.ects.desk.gui.history.RecordActivity;
import uk.gov.ects.desk.gui.status.SyncControl;

/**
 * Everything behind the window: the cache, the sandbox service (when no API is given), the API
 * client, the sync and the outbox. The window is built from {@link #cache()}, {@link #sync()},
 * {@link #outbox()}, {@link #clock()} and {@link #about()} before {@link #start()} has run, so nothing slow delays it; those parts
 * fill in once it has. Used by the desktop launcher and by the screenshot tour, so both show the
 * same app.
 */
public final class DeskBackend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskBackend.class);
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final LaunchOptions options;
    private final BuildInfo build = BuildInfo.load();
    private final DeferredCacheQueries cache = new DeferredCacheQueries();
    private final DeferredSyncControl sync = new DeferredSyncControl();
    private final DeferredOutboxService outbox = new DeferredOutboxService();
    private final DeferredRecordActivity activity = new DeferredRecordActivity();
    private final OutboxActivityActions activityActions = new OutboxActivityActions(this::outboxIfStarted);
    private final SwitchableClock clock = new SwitchableClock(Clock.system(ENGLAND));
    private final AtomicBoolean askingWhoAmI = new AtomicBoolean();
    private volatile Sandbox sandbox;
    private volatile ClientSession session;
    private volatile String serviceUrl;
    private volatile MeDto agent;
    /** The one thread where queueing a change (a cache transaction) runs, never the UI thread. */
    private final ExecutorService outboxWrites = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "desk-outbox-writes");
        thread.setDaemon(true);
        return thread;
    });
    private final DeferredOperationSubmitter submitter = new DeferredOperationSubmitter();

    public DeskBackend(LaunchOptions options) {
        this.options = options;
    }

    /**
     * Opens the cache, starts the sandbox service when no API is given, learns who the agent is and
     * starts syncing. Blocks; the launcher calls it off the UI thread. A failure does not throw:
     * it reaches the window as an unopenable cache and an offline status that says what to do.
     */
    public void start() {
        try {
            String baseUrl = options.apiUrl();
            String token = options.token();
            // The cache, its key and the sandbox's store: readable by this user only.
            OwnerOnlyFiles.folder(options.dataDir());
            if (options.sandbox()) {
                sandbox = Sandbox.start(options.dataDir());
                baseUrl = sandbox.baseUrl();
                token = sandbox.agentToken();
                clock.switchTo(sandbox.clock());
            }
            serviceUrl = baseUrl;
            Path cacheDir = OwnerOnlyFiles.folder(options.dataDir().resolve("cache"));
            String cacheName = cacheName(options.sandbox() ? "sandbox" : baseUrl, token);
            String agentToken = token;
            session = ClientSession.start(ApiSettings.of(baseUrl, () -> agentToken), cacheDir.resolve(cacheName),
                    CacheKey.fromKeyFile(cacheDir.resolve(cacheName + ".key")), clock);
            cache.open(session.cache());
            activity.attach(new ActivityReader(session.api(), session.cache()));
            submitter.open(new OutboxSubmitter(new OnlinePreview(session.api(), outboxWrites), session.outbox(),
                    outboxWrites));
            askWhoAmI();
            // Offline at start: learn the agent's name the first time the service answers.
            session.sync().addListener(status -> {
                if (status.online() && agent == null) {
                    askWhoAmI();
                }
            });
            sync.attach(session.sync());
            outbox.attach(session.outbox());
        } catch (Exception e) {
            LOG.error("The app could not start: {}", e.toString());
            cache.failed(e);
            submitter.failed(e);
            sync.failed("The app could not start its connection: " + e.getMessage()
                    + ". Restart the app; if it happens again, report it to the desk's maintainers.");
        }
    }

    /** GET /me, once at a time; the answer only feeds Help › About, so a failure is just logged. */
    private void askWhoAmI() {
        if (!askingWhoAmI.compareAndSet(false, true)) {
            return;
        }
        try {
            agent = ApiJson.gson().fromJson(ApiCalls.execute(session.api().me().me()).data().attributes(), MeDto.class);
        } catch (ApiException | RuntimeException e) {
            LOG.info("Could not learn the agent's name yet: {}", e.getClass().getSimpleName());
        } finally {
            askingWhoAmI.set(false);
        }
    }

    public CacheQueries cache() {
        return cache;
    }

    public SyncControl sync() {
        return sync;
    }

    /** Where finished operation forms go: previews from the service, changes into the outbox. */
    public OperationSubmitter submitter() {
        return submitter;
    }

    /** Ticket work (claim, triage, notes, resolve), queued in the outbox. */
    public TicketActions ticketActions() {
        return new OutboxTicketActions(this::outboxIfStarted, outboxWrites);
    }

    /** The agent's name from GET /me, or null until the service has answered once. */
    public String agentName() {
        MeDto me = agent;
        return me == null ? null : me.name();
    }

    /**
     * The agent's role from GET /me. Until the service has answered (started offline) the app
     * assumes an agent, so work can be queued; the service still checks the real role on sending.
     */
    public Role role() {
        MeDto me = agent;
        return me == null ? Role.AGENT : Role.fromCode(me.role()).orElse(Role.VIEWER);
    }

    /** The agent's changes on their way to the service, for the Outbox tab; empty until {@link #start()} has run. */
    public OutboxService outbox() {
        return outbox;
    }

    /** History (online), emails and notes (cached) of a record, for the detail panes. */
    public RecordActivity activity() {
        return activity;
    }

    /** Add note and Resend access link, queued in the agent's outbox. */
    public ActivityActions activityActions() {
        return activityActions;
    }

    private Outbox outboxIfStarted() {
        ClientSession started = session;
        return started == null ? null : started.outbox();
    }

    /** The app's clock: the demo's fixed date in the sandbox, else the system clock. */
    public Clock clock() {
        return clock;
    }

    /** What Help › About shows, as it is at the moment of asking. */
    public AboutInfo about() {
        MeDto me = agent;
        LocalCache open = session == null ? null : session.cache();
        return new AboutInfo(build.version(), build.builtAt(), serviceUrl, me == null ? null : me.name(),
                me == null ? null : me.role(), open == null ? null : open.dataFile(), open == null ? 0 : open.cacheBytes());
    }

    /**
     * Stops the embedded sandbox service while the app goes on, as if the network had gone: the
     * screenshot tour pictures the offline state with it. Does nothing when connected to a real API.
     */
    public void stopSandboxService() {
        closeQuietly(sandbox);
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

    @Override
    public void close() {
        outboxWrites.shutdown();
        closeQuietly(session);
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
}
