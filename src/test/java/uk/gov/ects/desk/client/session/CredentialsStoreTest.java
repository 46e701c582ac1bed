package uk.gov.ects.desk.client.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's token at rest (issue 4, item 7 "Sign-in and roles"). */
class CredentialsStoreTest {

    private static final String TOKEN = "tok-3f9a1c7e-secret-token-value";
    private static final String URL = "https://desk.example.gov.uk/api/support/v1/";

    @TempDir
    Path dir;

    @Test
    @DisplayName("A kept sign-in reads back after a restart, and no file holds the token in clear")
    void roundTripWithoutTheTokenInClear() throws Exception {
        new CredentialsStore(dir).save(new Credentials(URL, new SignedInAgent("agent-1", "Sam Agent", "agent"), TOKEN));

        CredentialsStore reopened = new CredentialsStore(dir);
        Credentials read = reopened.forService(URL).orElseThrow();
        assertEquals(TOKEN, read.token());
        assertEquals(new SignedInAgent("agent-1", "Sam Agent", "agent"), read.agent());
        assertEquals(Optional.of(URL), reopened.lastServiceUrl());
        assertFalse(read.toString().contains(TOKEN), "a logged Credentials hides the token");

        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(TOKEN), file + " holds the token in clear");
                assertFalse(bytes.contains("Sam Agent"), file + " holds the agent's name in clear");
            }
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve(CredentialsStore.FILE))));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve(CredentialsStore.KEY_FILE))));
        }
    }

    @Test
    @DisplayName("A new token for a service replaces the old one; the service signed in to last is the one to reopen")
    void newTokenReplacesAndLastServiceWins() {
        CredentialsStore store = new CredentialsStore(dir);
        SignedInAgent sam = new SignedInAgent("agent-1", "Sam Agent", "agent");
        store.save(new Credentials(URL, sam, TOKEN));
        store.save(new Credentials("http://127.0.0.1:7070/api/support/v1/", sam, "tok-local"));
        store.save(new Credentials(URL, sam, "tok-new"));

        assertEquals("tok-new", store.forService(URL).orElseThrow().token());
        assertEquals("tok-local", store.forService("http://127.0.0.1:7070/api/support/v1/").orElseThrow().token());
        assertEquals(Optional.of(URL), store.lastServiceUrl());
    }

    @Test
    @DisplayName("Choosing the training sandbox makes the next start open it, keeping the sign-in; signing in again undoes it")
    void sandboxChosenForNextStart() {
        CredentialsStore store = new CredentialsStore(dir);
        SignedInAgent sam = new SignedInAgent("agent-1", "Sam Agent", "agent");
        store.save(new Credentials(URL, sam, TOKEN));

        store.chooseSandboxNextStart();

        assertEquals(Optional.empty(), new CredentialsStore(dir).lastServiceUrl(), "the next start opens the sandbox");
        assertEquals(TOKEN, store.forService(URL).orElseThrow().token(), "the sign-in is kept");
        store.save(new Credentials(URL, sam, "tok-new"));
        assertEquals(Optional.of(URL), store.lastServiceUrl());
    }

    @Test
    @DisplayName("A damaged file or a lost key reads as no sign-in, so the app asks again instead of failing")
    void damagedReadsAsNothing() throws Exception {
        CredentialsStore store = new CredentialsStore(dir);
        assertTrue(store.forService(URL).isEmpty());
        store.save(new Credentials(URL, new SignedInAgent("agent-1", "Sam Agent", "agent"), TOKEN));

        Files.delete(dir.resolve(CredentialsStore.KEY_FILE));
        assertTrue(new CredentialsStore(dir).forService(URL).isEmpty(), "another key cannot open it");
        assertNull(new CredentialsStore(dir).lastServiceUrl().orElse(null));
    }

    @Test
    @DisplayName("Service addresses: https anywhere, http only on this computer; only a host gets the API path")
    void serviceAddresses() {
        assertNull(ServiceAddress.problemWith("https://desk.example.gov.uk"));
        assertNull(ServiceAddress.problemWith("http://127.0.0.1:7070/api/support/v1"));
        assertNull(ServiceAddress.problemWith("http://localhost:7070/"));
        assertTrue(ServiceAddress.problemWith("http://desk.example.gov.uk").contains("https://, not http://"));
        assertTrue(ServiceAddress.problemWith("").startsWith("Enter the service address"));
        assertTrue(ServiceAddress.problemWith("desk.example.gov.uk").contains("must start with https://"));
        assertTrue(ServiceAddress.problemWith("https://").contains("no server name"));
        assertTrue(ServiceAddress.problemWith("https://desk example").contains("not a web address"));

        assertEquals("https://desk.example.gov.uk/api/support/v1/", ServiceAddress.normalise("https://desk.example.gov.uk/"));
        assertEquals("http://127.0.0.1:7070/api/support/v1/", ServiceAddress.normalise(" http://127.0.0.1:7070/api/support/v1 "));
    }
}
