package uk.gov.ects.desk.service.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.service.store.Database;

/**
 * Loads a dataset file (shared/spec/dataset.md) into an empty store: validates everything first,
 * and only when nothing is wrong writes it all: in one transaction, or on H2 in a
 * {@link StagedLoad} that removes what it wrote if it fails. A bad file writes nothing.
 */
public final class DatasetLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    static final String STORE_NOT_EMPTY =
            "The store already has data; --data-file loads only into an empty store. Use a new --db path.";

    private DatasetLoader() {
    }

    /** How many rows went into each table, and how long the load took. */
    public record LoadResult(Map<String, Integer> rowsByTable, Duration took) {
        public int rows(String table) {
            return rowsByTable.getOrDefault(table, 0);
        }
    }

    public static LoadResult loadInto(Database db, Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return loadInto(db, reader);
        } catch (IOException e) {
            throw new DatasetException("file: cannot read " + file + " (" + e.getMessage() + "); check the path and try again");
        }
    }

    /**
     * @throws DatasetException listing every problem (nothing written), or when the store is not empty
     */
    public static LoadResult loadInto(Database db, Reader json) {
        return loadInto(db, json, Clock.systemUTC());
    }

    /** As {@link #loadInto(Database, Reader)}; {@code clock} gives "now" when the dataset has no {@code clock} of its own. */
    public static LoadResult loadInto(Database db, Reader json, Clock clock) {
        long started = System.nanoTime();
        refuseNonEmpty(db);
        Problems problems = new Problems();
        Dataset dataset = DatasetParser.parse(json, problems);
        return validateAndInsert(db, dataset, problems, clock, started);
    }

    /** Loads a dataset built in memory (the demo generator's), with the same checks as a file. */
    public static LoadResult loadInto(Database db, Dataset dataset, Clock clock) {
        long started = System.nanoTime();
        refuseNonEmpty(db);
        return validateAndInsert(db, dataset, new Problems(), clock, started);
    }

    private static LoadResult validateAndInsert(Database db, Dataset dataset, Problems problems, Clock clock,
            long started) {
        PreparedDataset prepared = dataset == null ? null : DatasetValidator.validate(dataset, problems, clock.instant());
        if (prepared == null || !problems.isEmpty()) {
            LOG.warn("Dataset refused: {} problem(s); nothing was loaded", problems.lines().size());
            throw new DatasetException(problems.lines());
        }
        long validated = System.nanoTime();
        Map<String, Integer> rows = StagedLoad.applies(db)
                ? StagedLoad.run(db, prepared)
                : db.inTransaction(tx -> {
                    if (hasData(tx)) {
                        throw new DatasetException(STORE_NOT_EMPTY);
                    }
                    return DatasetInserter.insert(tx, prepared);
                });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Dataset loaded in {} ms (validation {} ms): {}", took.toMillis(),
                Duration.ofNanos(validated - started).toMillis(), rows);
        return new LoadResult(Map.copyOf(rows), took);
    }

    /**
     * Empties the store again if a load was cut short (the process died part-way), so it is never
     * served half-loaded. Returns whether there was such a load; call it when opening a store.
     */
    public static boolean discardInterruptedLoad(Database db) {
        return StagedLoad.discardInterrupted(db);
    }

    private static void refuseNonEmpty(Database db) {
        discardInterruptedLoad(db);
        if (db.read(DatasetLoader::hasData)) {
            throw new DatasetException(STORE_NOT_EMPTY);
        }
    }

    private static boolean hasData(Connection connection) throws SQLException {
        for (String table : new String[] {"schools", "participants", "cohorts"}) {
            try (PreparedStatement any = connection.prepareStatement("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY");
                 ResultSet rs = any.executeQuery()) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
