package uk.gov.ects.desk.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;
import java.nio.file.Files;
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
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.DeferredCacheQueries;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.cache.OwnerOnlyFiles;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.session.ClientSession;
import uk.gov.ects.desk.client.session.Credentials;
import uk.gov.ects.desk.client.session.CredentialsStore;
import uk.gov.ects.desk.client.session.ServiceAddress;
import uk.gov.ects.desk.client.session.SignedInAgent;
import uk.gov.ects.desk.client.session.WhoAmI;
import uk.gov.ects.desk.gui.signin.SignInOutcome;
import uk.gov.ects.desk.gui.signin.SignInRefused;
import uk.gov.ects.desk.gui.signin.SignInService;
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
public final class DeskBackend implements SignInService, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskBackend.class);
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final String INTAKE_TOKEN = "This token belongs to the contact form, not to a support agent. "
            + "Ask your team lead for your own agent token.";

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
    private final CredentialsStore credentials;
    private final AtomicBoolean signInAsked = new AtomicBoolean();
    private volatile Consumer<String> signInListener;
    private volatile String pendingSignIn;
    /** The token every request carries now; a sign-in replaces it without a restart. */
    private volatile String token;
    /** The agent whose cache is open; null in the sandbox or when the token could not be checked at start. */
    private volatile String sessionAgentId;
    private volatile SignedInAgent agent;
    /** The one thread where queueing a change (a cache transaction) runs, never the UI thread. */
    private final ExecutorService outboxWrites = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "desk-outbox-writes");
        thread.setDaemon(true);
        return thread;
    });
    private final DeferredOperationSubmitter submitter = new DeferredOperationSubmitter();

    public DeskBackend(LaunchOptions options) {
        this.options = options;
        this.credentials = new CredentialsStore(options.dataDir());
    }

    /**
     * Opens the cache, starts the sandbox service when no service is given or remembered, learns
     * who the agent is and starts syncing. Blocks; the launcher calls it off the UI thread. A
     * failure does not throw: it reaches the window as an unopenable cache and an offline status
     * that says what to do. Without a usable token it asks the agent to sign in and opens the
     * agent's records once they have ({@link #signIn}).
     */
    public void start() {
        try {
            // The cache, its key, the credentials and the sandbox's store: readable by this user only.
            OwnerOnlyFiles.folder(options.dataDir());
            String requested = options.apiUrl() != null ? options.apiUrl() : credentials.lastServiceUrl().orElse(null);
            if (requested == null) {
                startSandbox();
                return;
            }
            startWithService(requested);
        } catch (Exception e) {
            LOG.error("The app could not start: {}", e.toString());
            cache.failed(e);
            submitter.failed(e);
            sync.failed("The app could not start its connection: " + e.getMessage()
                    + ". Restart the app; if it happens again, report it to the desk's maintainers.");
        }
    }

    private synchronized void startSandbox() throws IOException {
        sandbox = Sandbox.start(options.dataDir());
        clock.switchTo(sandbox.clock());
        serviceUrl = sandbox.baseUrl();
        token = sandbox.agentToken();
        openSession(cacheName("sandbox", token));
        askWhoAmI();
    }

    /**
     * A real service: the token given at launch, else the one kept from the last sign-in. A token
     * already checked opens the agent's cache at once, even offline; a new one is checked first.
     */
    private synchronized void startWithService(String requested) throws IOException {
        String url = ServiceAddress.normalise(requested);
        serviceUrl = url;
        Optional<Credentials> saved = credentials.forService(url);
        String given = options.token() != null ? options.token() : saved.map(Credentials::token).orElse(null);
        if (given == null) {
            awaitSignIn("Sign in to connect to " + hostOf(url) + ".");
            return;
        }
        if (saved.isPresent() && saved.get().token().equals(given)) {
            agent = saved.get().agent();
            openAgentSession(url, given, saved.get().agent().id());
            askWhoAmI();
            return;
        }
        try {
            SignedInAgent who = WhoAmI.ask(url, given);
            if (isIntake(who)) {
                awaitSignIn(INTAKE_TOKEN);
                return;
            }
            credentials.save(new Credentials(url, who, given));
            agent = who;
            openAgentSession(url, given, who.id());
        } catch (ApiException.Unauthorised e) {
            awaitSignIn("The service did not accept the token the app was started with. Sign in again.");
        } catch (ApiException e) {
            // Not checkable now (offline, or the service failing): work from the cache this token used before.
            LOG.info("Could not check the sign-in at start ({}); opening the cache for this token", e.getClass().getSimpleName());
            token = given;
            openSession(cacheName(requestedOrLegacyUrl(url), given));
        }
    }

    /**
     * Checks {@code token} with GET /me at {@code typedUrl} and, when the service accepts it, keeps it
     * encrypted and uses it at once: the sender resumes the changes that waited for a sign-in. A
     * different service or agent than the records open now is kept for the next start.
     */
    @Override
    public synchronized SignInOutcome signIn(String typedUrl, String newToken) throws ApiException, SignInRefused {
        String url = ServiceAddress.normalise(typedUrl);
        SignedInAgent who = WhoAmI.ask(url, newToken);
        if (isIntake(who)) {
            throw new SignInRefused(INTAKE_TOKEN);
        }
        credentials.save(new Credentials(url, who, newToken));
        LOG.info("Signed in to {} as agent {}", hostOf(url), who.id());
        if (session == null && sandbox == null) {
            serviceUrl = url;
            agent = who;
            signInAsked.set(false);
            try {
                openAgentSession(url, newToken, who.id());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new SignInOutcome(who.name(), who.role(), false);
        }
        boolean sameRecords = sandbox == null && url.equals(serviceUrl)
                && who.id().equals(sessionAgentId != null ? sessionAgentId : agent == null ? who.id() : agent.id());
        if (!sameRecords) {
            return new SignInOutcome(who.name(), who.role(), true);
        }
        token = newToken;
        agent = who;
        signInAsked.set(false);
        ClientSession open = session;
        open.outbox().resume();
        open.sync().syncNow();
        return new SignInOutcome(who.name(), who.role(), false);
    }

    @Override
    public boolean usingSandbox() {
        return sandbox != null;
    }

    @Override
    public void chooseSandboxNextStart() {
        credentials.chooseSandboxNextStart();
    }

    @Override
    public String currentServiceUrl() {
        return sandbox != null ? null : serviceUrl;
    }

    /**
     * Tells {@code listener} (on a background thread) when the agent should sign in: no token yet,
     * or the service refused the one in use. Told once until a sign-in succeeds.
     */
    public void onSignInNeeded(Consumer<String> listener) {
        signInListener = listener;
        String waiting = pendingSignIn;
        if (waiting != null) {
            listener.accept(waiting);
        }
    }

    private void awaitSignIn(String reason) {
        sync.failed("Not signed in. " + reason + " Use File › Connect to a service…");
        askToSignIn(reason);
    }

    private void askToSignIn(String reason) {
        if (signInAsked.compareAndSet(false, true)) {
            pendingSignIn = reason;
            Consumer<String> listener = signInListener;
            if (listener != null) {
                listener.accept(reason);
            }
        }
    }

    /** The agent's own cache for this service, adopting the one an older version named after the token. */
    private void openAgentSession(String url, String agentToken, String agentId) throws IOException {
        token = agentToken;
        sessionAgentId = agentId;
        String name = agentCacheName(url, agentId);
        adoptTokenNamedCache(cacheName(requestedOrLegacyUrl(url), agentToken), name);
        openSession(name);
    }

    private void openSession(String cacheName) throws IOException {
        Path cacheDir = cacheDir();
        session = ClientSession.start(ApiSettings.of(serviceUrl, () -> token), cacheDir.resolve(cacheName),
                CacheKey.fromKeyFile(cacheDir.resolve(cacheName + ".key")), clock);
        cache.open(session.cache());
        activity.attach(new ActivityReader(session.api(), session.cache()));
        submitter.open(new OutboxSubmitter(new OnlinePreview(session.api(), outboxWrites), session.outbox(),
                outboxWrites));
        // Offline at start: learn the agent's name the first time the service answers; a refused
        // sync may be a refused token, which GET /me tells apart.
        session.sync().addListener(status -> {
            if (status.online() && !status.running() && (agent == null || status.problem() != null)) {
                askWhoAmI();
            }
        });
        session.outbox().addListener(counts -> {
            if (counts.unauthorised() > 0) {
                askToSignIn("The service did not accept your sign-in while sending your changes. They are kept "
                        + "and will be sent once you sign in again.");
            }
        });
        sync.attach(session.sync());
        outbox.attach(session.outbox());
    }

    private Path cacheDir() throws IOException {
        return OwnerOnlyFiles.folder(options.dataDir().resolve("cache"));
    }

    /**
     * Before sign-in existed the cache was named after the token, so a new token meant an empty
     * cache and a lost outbox. Renames such a cache to the agent's name, once, if the agent has none yet.
     */
    private void adoptTokenNamedCache(String oldName, String newName) throws IOException {
        Path dir = cacheDir();
        Path oldFile = dir.resolve(oldName + ".mv.db");
        Path newFile = dir.resolve(newName + ".mv.db");
        if (!Files.exists(oldFile) || Files.exists(newFile)) {
            return;
        }
        Files.move(dir.resolve(oldName + ".key"), dir.resolve(newName + ".key"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(oldFile, newFile);
        LOG.info("Moved the cache {} to the agent's cache {}", oldName, newName);
    }

    /** The service URL as an older version hashed it into the cache name: as given at launch. */
    private String requestedOrLegacyUrl(String normalised) {
        return options.apiUrl() != null ? options.apiUrl() : normalised;
    }

    private static boolean isIntake(SignedInAgent who) {
        return Role.fromCode(who.role()).orElse(null) == Role.INTAKE;
    }

    private static String hostOf(String url) {
        String host = URI.create(url).getHost();
        return host == null ? url : host;
    }

    /** GET /me, once at a time; it feeds Help › About and the role, and tells a refused token apart. */
    private void askWhoAmI() {
        if (!askingWhoAmI.compareAndSet(false, true)) {
            return;
        }
        try {
            agent = WhoAmI.ask(session.api().me());
        } catch (ApiException.Unauthorised e) {
            askToSignIn("The service no longer accepts your sign-in. Sign in again to keep syncing and sending your changes.");
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
        SignedInAgent me = agent;
        return me == null ? null : me.name();
    }

    /**
     * The agent's role from GET /me. Until the service has answered (started offline) the app
     * assumes an agent, so work can be queued; the service still checks the real role on sending.
     */
    public Role role() {
        SignedInAgent me = agent;
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
        SignedInAgent me = agent;
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

    /** One cache per agent and service, whatever their token; the name gives away neither the URL nor the agent. */
    static String agentCacheName(String service, String agentId) {
        return "agent-" + cacheName(service, "agent:" + agentId);
    }

    /** The sandbox's cache, and caches of tokens not yet checked, are named after the token (never shown). */
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
