package uk.gov.ects.desk.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The service's store: H2 (a file, or memory for tests) by default, PostgreSQL when given a
 * {@code jdbc:postgresql:} URL. Migrations run on open.
 */
public final class Database implements AutoCloseable {

    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final boolean h2;

    private Database(DataSource dataSource, AutoCloseable closer, boolean h2) {
        this.dataSource = dataSource;
        this.closer = closer;
        this.h2 = h2;
    }

    /** An in-memory H2 store that lives as long as this object; for tests. */
    public static Database inMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** An H2 store in a file; {@code path} without the {@code .mv.db} ending. */
    public static Database h2File(java.nio.file.Path path) {
        return open("jdbc:h2:file:" + path.toAbsolutePath(), "sa", "");
    }

    public static Database open(String jdbcUrl, String user, String password) {
        Database database;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            // Pooled: a connection per request would cost a TCP round trip and a sign-in each time.
            PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
            pg.setUrl(jdbcUrl);
            if (user != null) pg.setUser(user);
            if (password != null) pg.setPassword(password);
            JdbcConnectionPool pool = JdbcConnectionPool.create(pg);
            pool.setMaxConnections(32);
            database = new Database(pool, pool::dispose, false);
        } else if (jdbcUrl.startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(withH2Settings(jdbcUrl), user, password);
            pool.setMaxConnections(32);
            database = new Database(pool, pool::dispose, true);
        } else {
            throw new IllegalArgumentException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): " + jdbcUrl);
        }
        database.migrate();
        return database;
    }

    /** H2 2.x reserves YEAR, which the portable schema uses as a column name (PostgreSQL does not). */
    private static String withH2Settings(String jdbcUrl) {
        return jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("NON_KEYWORDS=") ? jdbcUrl : jdbcUrl + ";NON_KEYWORDS=YEAR";
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/service")
                .load()
                .migrate();
    }

    /** H2 rather than PostgreSQL: some bulk work takes a different path on each. */
    public boolean isH2() {
        return h2;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(TransactionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Runs read-only {@code work} on one connection. */
    public <T> T read(TransactionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            try {
                return work.run(connection);
            } finally {
                // Pooled connections keep the flag; a later write on this one would be refused.
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new StoreException(e);
        }
    }

    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
