package uk.gov.ects.desk.service.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.ects.desk.service.store.Database;

/**
 * A fresh, empty service store for one test: in-memory H2 by default, or a throwaway schema in
 * PostgreSQL when the system property {@code desk.test.postgres.url} is set. The pom's
 * {@code postgres} profile sets it for a second run of the service tests whenever the environment
 * has {@code ECT_DESK_TEST_POSTGRES_URL} (CI does), so the migrations and every query are proven on
 * PostgreSQL too, as production may use it.
 */
public final class TestStores {

    /** e.g. {@code jdbc:postgresql://127.0.0.1:5432/desk_test}; user and password beside it. */
    private static final String POSTGRES_URL = "desk.test.postgres.url";
    private static final String POSTGRES_USER = "desk.test.postgres.user";
    private static final String POSTGRES_PASSWORD = "desk.test.postgres.password";

    private static final Map<Database, String> POSTGRES_SCHEMAS = new ConcurrentHashMap<>();

    private TestStores() {
    }

    public static boolean onPostgres() {
        String url = setting(POSTGRES_URL);
        return url != null && !url.isBlank();
    }

    public static Database fresh(String purpose) {
        if (!onPostgres()) {
            return Database.inMemory(purpose + "-" + UUID.randomUUID());
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        String url = setting(POSTGRES_URL);
        Database database = Database.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                setting(POSTGRES_USER), setting(POSTGRES_PASSWORD));
        POSTGRES_SCHEMAS.put(database, schema);
        return database;
    }

    /** Closes the store and, on PostgreSQL, drops its schema so runs do not pile up. */
    public static void dispose(Database database) {
        database.close();
        String schema = POSTGRES_SCHEMAS.remove(database);
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(
                        setting(POSTGRES_URL), setting(POSTGRES_USER), setting(POSTGRES_PASSWORD));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the PostgreSQL test store: " + e.getMessage(), e);
        }
    }

    private static String setting(String name) {
        return System.getProperty(name);
    }
}
