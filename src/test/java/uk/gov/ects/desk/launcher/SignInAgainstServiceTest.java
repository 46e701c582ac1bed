package uk.gov.ects.desk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.google.gson.JsonObject;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.api.dto.ResourceDto;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxState;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.gui.signin.SignInOutcome;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.auth.AgentDirectory;
import uk.gov.ects.desk.service.auth.TokenHasher;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/**
 * Issue 4, item 7 "Sign-in and roles", and the outcome "unauthorised (sign-in prompt, queue kept)",
 * with the real backend against the real service on loopback.
 */
class SignInAgainstServiceTest extends ServiceTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private final BlockingQueue<String> signInAsks = new LinkedBlockingQueue<>();
    private String firstToken;
    private String agentId;

    @BeforeEach
    void anAgentWithAParticipantToNote() {
        fixture.cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .participant("p-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 12), "100001", 2026,
                        "jane@oak.sch.uk");
        firstToken = fixture.token(Role.AGENT);
        agentId = api.get("/me", firstToken).data().get("id").getAsString();
    }

    @Test
    @DisplayName("op: OVR-NOTE — a 401 while sending asks for a sign-in and keeps the queue; a good sign-in sends it exactly once, "
            + "no file holds a token, and the next start uses the kept token without asking")
    void unauthorisedThenSignInSendsOnce() throws Exception {
        String newToken;
        Path cacheFile;
        try (DeskBackend backend = started(new LaunchOptions(service.baseUrl(), firstToken, dataDir))) {
            awaitSynced(backend);
            assertEquals("Sam agent", backend.agentName());
            cacheFile = backend.about().cacheFile();

            revoke(firstToken);
            backend.activityActions().addNote("participant:p-1", "Jane rang about her induction")
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);

            String reason = signInAsks.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(reason, "the app asks the agent to sign in");
            await(() -> states(backend).equals(List.of(OutboxState.UNAUTHORISED)), "the note waits for a sign-in");
            assertEquals(0, notesOnTheService(), "nothing reached the service");

            assertThrows(ApiException.Unauthorised.class, () -> backend.signIn(service.baseUrl(), "tok-unknown"));
            assertEquals(List.of(OutboxState.UNAUTHORISED), states(backend), "a refused sign-in keeps the queue");

            newToken = newTokenFor(agentId);
            SignInOutcome outcome = backend.signIn(service.baseUrl(), newToken);
            assertEquals("Sam agent", outcome.name());
            assertEquals("agent", outcome.role());
            assertFalse(outcome.restartNeeded(), "same agent, same service: the token takes effect at once");

            await(() -> states(backend).equals(List.of(OutboxState.APPLIED)), "the held note is sent");
            backend.sync().syncNow();
            assertEquals(1, notesOnTheService(), "sent exactly once");
            assertTrue(signInAsks.isEmpty(), "asked once, though the sync and the outbox were both refused");
        }

        assertNoFileHolds(firstToken);
        assertNoFileHolds(newToken);

        try (DeskBackend restarted = started(new LaunchOptions(service.baseUrl(), null, dataDir))) {
            awaitSynced(restarted);
            assertEquals(cacheFile, restarted.about().cacheFile(), "the agent's cache, kept across the new token");
            assertEquals(List.of(OutboxState.APPLIED), states(restarted), "the same outbox");
            assertNull(signInAsks.poll(), "the kept token is used without asking");
            assertEquals(1, notesOnTheService());
        }
    }

    @Test
    @DisplayName("Started with a service and no token, the app asks, then opens the agent's records after the sign-in; "
            + "the next start goes back to that service by itself")
    void noTokenAsksThenOpens() throws Exception {
        try (DeskBackend backend = started(new LaunchOptions(service.baseUrl(), null, dataDir))) {
            assertNotNull(signInAsks.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertNull(backend.agentName());

            assertFalse(backend.signIn(service.baseUrl(), firstToken).restartNeeded());
            awaitSynced(backend);
            assertEquals("Sam agent", backend.agentName());
            assertEquals(Role.AGENT, backend.role());
            assertTrue(backend.cache().countSchools("") > 0);
        }
        try (DeskBackend again = started(new LaunchOptions(null, null, dataDir))) {
            awaitSynced(again);
            assertEquals(service.baseUrl() + "/", again.about().serviceUrl(), "the last service, not the sandbox");
            assertNull(signInAsks.poll());
            assertFalse(again.usingSandbox());
            again.chooseSandboxNextStart(); // File › Use the training sandbox
        }
        try (DeskBackend sandboxed = started(new LaunchOptions(null, null, dataDir))) {
            assertTrue(sandboxed.usingSandbox(), "the agent chose the training sandbox for this start");
            assertNull(signInAsks.poll());
        }
    }

    @Test
    @DisplayName("A cache an older version named after the token becomes the agent's cache, so a new token keeps it")
    void tokenNamedCacheAdopted() throws Exception {
        Path cacheDir = Files.createDirectories(dataDir.resolve("cache"));
        String oldName = DeskBackend.cacheName(service.baseUrl(), firstToken);
        // A note only the old cache holds, at the feed's current head: a sync from there brings
        // nothing, so the note is still there afterwards only if the old cache was kept.
        long head = api.get("/changes?after=0&limit=1", viewer).json().getAsJsonObject("meta").get("last_seq").getAsLong();
        JsonObject note = new JsonObject();
        note.addProperty("id", "note-kept-from-old-cache");
        note.addProperty("target", "school:old-cache");
        note.addProperty("body", "Written before the cache took the agent's name");
        note.addProperty("created_at", "2026-09-30T17:00:00Z");
        try (LocalCache old = LocalCache.open(cacheDir.resolve(oldName), CacheKey.fromKeyFile(cacheDir.resolve(oldName + ".key")))) {
            old.applyPage(List.of(new ChangeDto(head, "note", "note-kept-from-old-cache", "upsert", 1L, note)), head);
        }

        try (DeskBackend backend = started(new LaunchOptions(service.baseUrl(), firstToken, dataDir))) {
            awaitSynced(backend);
            assertEquals(List.of("note-kept-from-old-cache"),
                    backend.cache().notes("school:old-cache").stream().map(ResourceDto::id).toList(),
                    "the old cache's records carried over");
            assertEquals(cacheDir.resolve(DeskBackend.agentCacheName(service.baseUrl() + "/", agentId) + ".mv.db"),
                    backend.about().cacheFile());
            assertFalse(Files.exists(cacheDir.resolve(oldName + ".mv.db")));
        }
    }

    private DeskBackend started(LaunchOptions options) {
        DeskBackend backend = new DeskBackend(options);
        backend.onSignInNeeded(signInAsks::add);
        backend.start();
        return backend;
    }

    private static void awaitSynced(DeskBackend backend) throws Exception {
        CompletableFuture<SyncStatus> synced = new CompletableFuture<>();
        Runnable stop = backend.sync().subscribe(status -> {
            if (status.online() && status.lastSuccessfulSync() != null && !status.running() && status.problem() == null) {
                synced.complete(status);
            }
        });
        try {
            synced.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            stop.run();
        }
    }

    private static List<OutboxState> states(DeskBackend backend) {
        return backend.outbox().entries().stream().map(OutboxEntry::state).toList();
    }

    private int notesOnTheService() {
        return api.get("/notes?target=participant:p-1", viewer).json().getAsJsonArray("data").size();
    }

    private void revoke(String token) {
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM api_tokens WHERE token_hash = ?")) {
                delete.setString(1, TokenHasher.hash(token));
                assertEquals(1, delete.executeUpdate());
            }
            return null;
        });
    }

    private String newTokenFor(String agent) {
        String token = "tok-renewed-" + java.util.UUID.randomUUID();
        db.inTransaction(c -> {
            AgentDirectory.insertToken(c, agent, token, null);
            return null;
        });
        return token;
    }

    private void assertNoFileHolds(String token) throws Exception {
        byte[] needle = token.getBytes(StandardCharsets.UTF_8);
        assertTrue(Files.size(dataDir.resolve("credentials.sealed")) > 0, "the token is kept, sealed");
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(new String(needle, StandardCharsets.ISO_8859_1)), file + " holds a token in clear");
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
