package uk.gov.ects.desk.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.gov.ects.desk.client.cache.OwnerOnlyFiles;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.cli.ServeCommand;

/**
 * The training sandbox: the real service, embedded, on a free loopback port, over an H2 file in
 * the data folder, filled with the small demo dataset on first start. The agent token made at
 * first start is kept in an owner-only file beside the store and handed to the app in-process.
 */
public final class Sandbox implements AutoCloseable {

    private final SupportService service;
    private final String agentToken;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private Sandbox(SupportService service, String agentToken) {
        this.service = service;
        this.agentToken = agentToken;
    }

    public static Sandbox start(Path dataDir) {
        Path folder = dataDir.resolve("sandbox");
        try {
            OwnerOnlyFiles.folder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the sandbox folder " + folder, e);
        }
        Path store = folder.resolve("service");
        Path tokens = folder.resolve("tokens.txt");
        boolean firstStart = !Files.exists(folder.resolve("service.mv.db"));
        ServeCommand.Options options = new ServeCommand.Options("127.0.0.1", 0, store.toString(), null,
                firstStart ? "small" : null, tokens);
        SupportService service = ServeCommand.start(options);
        try {
            OwnerOnlyFiles.restrict(folder.resolve("service.mv.db")); // H2 creates it with the default mode
        } catch (IOException e) {
            service.stop();
            throw new UncheckedIOException("Could not make the sandbox's store private to you", e);
        }
        return new Sandbox(service, readAgentToken(tokens));
    }

    private static String readAgentToken(Path tokens) {
        try {
            return Files.readAllLines(tokens).stream()
                    .filter(line -> line.startsWith("agent="))
                    .map(line -> line.substring("agent=".length()).trim())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The sandbox's token file " + tokens
                            + " has no agent token. Delete the sandbox folder to start it afresh."));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sandbox's token file " + tokens, e);
        }
    }

    public String baseUrl() {
        return service.baseUrl();
    }

    public String agentToken() {
        return agentToken;
    }

    /** The demo runs on a fixed date, so deadlines in the app read as they do for the service. */
    public Clock clock() {
        return Clock.fixed(service.clock().now(), ZoneId.of("Europe/London"));
    }

    /** Stops the service; a second call does nothing. */
    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            service.stop();
        }
    }
}
