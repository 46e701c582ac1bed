package uk.gov.ects.desk.service.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.AgentDirectory;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.dataset.DatasetException;
import uk.gov.ects.desk.service.dataset.DatasetLoader;
import uk.gov.ects.desk.service.demo.DemoGenerator;
import uk.gov.ects.desk.service.demo.DemoSize;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.emails.EmailLogMailer;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.teachers.HttpTeacherRecordRegistry;
import uk.gov.ects.desk.service.teachers.TeacherRecordRegistry;

/**
 * The standalone service:
 * {@code serve --port P --db PATH|jdbc-url --data-file FILE [--demo small|large] [--host H] [--tokens-file F]
 * [--tra-url URL]}.
 * A PostgreSQL URL takes its user and password from {@code ECTS_DB_USER} / {@code ECTS_DB_PASSWORD}.
 * {@code --tra-url} checks teachers against a real TRA endpoint (API key from {@code ECTS_TRA_API_KEY},
 * never on the command line) instead of the store's own teacher_records table.
 * At first start it creates one token per role and writes them to a file only its owner can read.
 */
public final class ServeCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    /** What the command line asked for. */
    public record Options(String host, int port, String db, Path dataFile, String demo, Path tokensFile,
            String traUrl) {

        /** Teacher records from the store's own table (or the {@code ects.tra.url} system property). */
        public Options(String host, int port, String db, Path dataFile, String demo, Path tokensFile) {
            this(host, port, db, dataFile, demo, tokensFile, null);
        }
    }

    /** A usage mistake or a refusal, told to the operator in plain words. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        System.exit(new ServeCommand().run(args));
    }

    /** Starts the service and blocks until the process is stopped; returns the exit code. */
    public int run(String[] args) {
        SupportService service;
        try {
            service = start(parse(args));
        } catch (UsageException e) {
            LOG.error("{}", e.getMessage());
            LOG.error("Usage: serve --port P --db PATH|jdbc-url [--data-file FILE] [--demo small|large] "
                    + "[--host 127.0.0.1] [--tokens-file FILE] [--tra-url URL]");
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            stopped.countDown();
        }, "support-api-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    public static Options parse(String[] args) {
        List<String> list = new ArrayList<>(List.of(args));
        if (!list.isEmpty() && "serve".equals(list.get(0))) {
            list.remove(0);
        }
        String host = "127.0.0.1";
        Integer port = null;
        String db = null;
        Path dataFile = null;
        String demo = null;
        Path tokensFile = null;
        String traUrl = null;
        for (int i = 0; i < list.size(); i++) {
            String option = list.get(i);
            if (i + 1 >= list.size()) {
                throw new UsageException("The option " + option + " needs a value.");
            }
            String value = list.get(++i);
            switch (option) {
                case "--host" -> host = value;
                case "--port" -> port = parsePort(value);
                case "--db" -> db = value;
                case "--data-file" -> dataFile = Path.of(value);
                case "--demo" -> {
                    if (!value.equals("small") && !value.equals("large")) {
                        throw new UsageException("--demo must be small or large.");
                    }
                    demo = value;
                }
                case "--tokens-file" -> tokensFile = Path.of(value);
                case "--tra-url" -> traUrl = traUrl(value);
                default -> throw new UsageException("Unknown option " + option + ".");
            }
        }
        if (port == null || db == null) {
            throw new UsageException("Give both --port and --db.");
        }
        if (dataFile != null && demo != null) {
            throw new UsageException("Give either --data-file or --demo, not both.");
        }
        if (tokensFile == null) {
            tokensFile = Path.of("support-api-tokens.txt");
        }
        return new Options(host, port, db, dataFile, demo, tokensFile, traUrl);
    }

    /** Opens the store, loads data if asked, creates first-start tokens, and starts listening. */
    public static SupportService start(Options options) {
        Database database = openDatabase(options.db());
        DatasetLoader.discardInterruptedLoad(database);
        AgentDirectory agents = new AgentDirectory(database);
        // First start is judged before loading: a dataset may bring its own (test) agents.
        boolean firstStart = !agents.hasAgents();
        if (options.dataFile() != null || options.demo() != null) {
            if (!isEmpty(database)) {
                database.close();
                throw new UsageException("The store at " + options.db() + " already holds data, so no dataset was "
                        + "loaded. Start without --data-file/--demo to use it, or point --db at a new store.");
            }
            loadDataset(database, options);
        }
        if (firstStart) {
            writeTokens(agents.createOnePerRole(), options.tokensFile());
        }
        TeacherRecordRegistry teacherRecords = options.traUrl() != null
                ? TeacherRecordRegistry.http(options.traUrl()) : TeacherRecordRegistry.fromConfiguration(database);
        SupportService service = new SupportService(database, new ServiceClock(database), new EmailLogMailer(),
                teacherRecords, options.host(), options.port()).start();
        LOG.info("Support API listening on {}", service.baseUrl());
        LOG.info("Teacher records are checked against {}", teacherRecords instanceof HttpTeacherRecordRegistry http
                ? "the TRA at " + http.where() : "the store's teacher_records table");
        return service;
    }

    private static void loadDataset(Database database, Options options) {
        try {
            DatasetLoader.LoadResult loaded = options.dataFile() != null
                    ? DatasetLoader.loadInto(database, options.dataFile())
                    : DatasetLoader.loadInto(database, DemoGenerator.generate(DemoSize.valueOf(options.demo().toUpperCase(java.util.Locale.ROOT)), DemoGenerator.DEFAULT_SEED), Clock.systemUTC());
            LOG.info("Loaded {} schools and {} participants in {} ms", loaded.rows("schools"),
                    loaded.rows("participants"), loaded.took().toMillis());
        } catch (DatasetException e) {
            database.close();
            throw new UsageException("The dataset was not loaded and nothing was stored:\n  "
                    + String.join("\n  ", e.problems()));
        }
    }

    private static Database openDatabase(String db) {
        if (db.startsWith("jdbc:")) {
            return Database.open(db, System.getenv("ECTS_DB_USER"), System.getenv("ECTS_DB_PASSWORD"));
        }
        Database database = Database.h2File(Path.of(db));
        ownerOnly(Path.of(db + ".mv.db"));
        return database;
    }

    /** The store holds people's details: like the tokens file, readable by the service's user only. */
    private static void ownerOnly(Path storeFile) {
        try {
            if (storeFile.getFileSystem().supportedFileAttributeViews().contains("posix") && Files.exists(storeFile)) {
                Files.setPosixFilePermissions(storeFile, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            LOG.warn("Could not make the store file readable by this user only: {}", e.getMessage());
        }
    }

    /** A store is empty when it has no reference data and no people (agents do not count). */
    static boolean isEmpty(Database database) {
        return database.read(c -> {
            for (String table : List.of("cohorts", "schools", "participants", "tickets")) {
                try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM " + table + " LIMIT 1");
                     ResultSet rs = query.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    /** Writes the clear tokens to a file only the owner can read, and logs where (never the tokens). */
    static void writeTokens(Map<Role, AgentDirectory.CreatedAgent> created, Path file) {
        StringBuilder text = new StringBuilder("# Support API tokens, one per role. Keep this file private.\n");
        created.forEach((role, agent) -> text.append(role.code()).append('=').append(agent.clearToken()).append('\n'));
        try {
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            Files.deleteIfExists(absolute);
            try {
                Files.createFile(absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(absolute);
            }
            Files.writeString(absolute, text, StandardCharsets.UTF_8);
            LOG.info("Created one token per role; they are in {} (readable by you only)", absolute);
        } catch (IOException e) {
            throw new UsageException("Could not write the tokens file " + file + ": " + e.getMessage()
                    + ". Choose another place with --tokens-file.");
        }
    }

    private static String traUrl(String value) {
        try {
            java.net.URI uri = java.net.URI.create(value.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value.trim();
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new UsageException("--tra-url must be the TRA's web address, for example https://tra.example/ "
                + "(the service adds /v1/teachers/...).");
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number from 0 to 65535 (0 picks a free port).");
        }
    }
}
