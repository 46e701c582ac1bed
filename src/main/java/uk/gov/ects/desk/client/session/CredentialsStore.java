package uk.gov.ects.desk.client.session;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.cache.CacheKey;

/**
 * The agent's tokens at rest: one file sealed with AES-GCM under a random key kept in an
 * owner-only key file beside it (the cache's own approach, {@link CacheKey#fromKeyFile}). Holds the
 * sign-in of each service the agent has used, and which one they used last. A damaged or
 * foreign file reads as empty, so the app asks the agent to sign in again rather than failing.
 */
public final class CredentialsStore {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialsStore.class);
    static final String FILE = "credentials.sealed";
    static final String KEY_FILE = "credentials.key";
    /** Holds no secret: only says the agent chose the training sandbox for the next start. */
    static final String SANDBOX_NEXT = "sandbox-next-start";

    private final Path file;
    private final Path keyFile;
    private final Path sandboxNext;

    public CredentialsStore(Path directory) {
        this.file = directory.resolve(FILE);
        this.keyFile = directory.resolve(KEY_FILE);
        this.sandboxNext = directory.resolve(SANDBOX_NEXT);
    }

    /** The sign-in kept for {@code serviceUrl}, if any. */
    public synchronized Optional<Credentials> forService(String serviceUrl) {
        return read().stream().filter(c -> c.serviceUrl().equals(serviceUrl)).findFirst();
    }

    /**
     * The service the agent signed in to last, to connect to at the next start; empty when there is
     * none or the agent chose the training sandbox since.
     */
    public synchronized Optional<String> lastServiceUrl() {
        if (Files.exists(sandboxNext)) {
            return Optional.empty();
        }
        List<Credentials> all = read();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).serviceUrl());
    }

    /** Keeps {@code credentials}, replacing any for the same service, and makes that service the last used. */
    public synchronized void save(Credentials credentials) {
        List<Credentials> all = new ArrayList<>(read());
        all.removeIf(c -> c.serviceUrl().equals(credentials.serviceUrl()));
        all.add(0, credentials);
        write(all);
        try {
            Files.deleteIfExists(sandboxNext);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the choice of the training sandbox " + sandboxNext, e);
        }
    }

    /** The next start opens the training sandbox; the kept sign-ins stay for when the agent connects again. */
    public synchronized void chooseSandboxNextStart() {
        try {
            if (!Files.exists(sandboxNext)) {
                Files.createFile(sandboxNext);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the choice of the training sandbox in " + sandboxNext, e);
        }
    }

    private List<Credentials> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            byte[] plain = CacheKey.fromKeyFile(keyFile).unseal(Files.readAllBytes(file));
            JsonArray array = JsonParser.parseString(new String(plain, StandardCharsets.UTF_8)).getAsJsonArray();
            List<Credentials> all = new ArrayList<>();
            for (JsonElement element : array) {
                JsonObject o = element.getAsJsonObject();
                all.add(new Credentials(o.get("service").getAsString(), new SignedInAgent(o.get("agent_id").getAsString(),
                        o.get("name").getAsString(), o.get("role").getAsString()), o.get("token").getAsString()));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the saved sign-in " + file, e);
        } catch (GeneralSecurityException | JsonParseException | IllegalStateException | NullPointerException e) {
            LOG.warn("The saved sign-in {} cannot be read ({}); the agent will be asked to sign in", file,
                    e.getClass().getSimpleName());
            return List.of();
        }
    }

    private void write(List<Credentials> all) {
        JsonArray array = new JsonArray();
        for (Credentials c : all) {
            JsonObject o = new JsonObject();
            o.addProperty("service", c.serviceUrl());
            o.addProperty("agent_id", c.agent().id());
            o.addProperty("name", c.agent().name());
            o.addProperty("role", c.agent().role());
            o.addProperty("token", c.token());
            array.add(o);
        }
        byte[] sealed = CacheKey.fromKeyFile(keyFile).seal(array.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Path temp = file.resolveSibling(FILE + ".new");
            Files.deleteIfExists(temp);
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(temp, sealed);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the sign-in to " + file, e);
        }
    }
}
