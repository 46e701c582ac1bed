package uk.gov.ects.desk.client.cache;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import uk.gov.ects.desk.client.api.ApiJson;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.client.api.dto.ResourceDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.api.dto.TicketDto;

/**
 * The agent's local cache: an H2 file encrypted with AES, holding what the change feed delivered.
 * The sync engine writes a page of changes and its cursor in one transaction; the app reads and
 * searches it without the network. Searches go through the {@code search_terms} index.
 */
public final class LocalCache implements CacheQueries, TicketQueries, AutoCloseable {

    private static final String USER = "desk";

    private final JdbcConnectionPool pool;
    private final Path dataFile;
    private final CacheSearch search;
    private final TicketSearch ticketSearch;
    private volatile ChangeHook changeHook = (tx, changes, replacedAll) -> { };

    private LocalCache(JdbcConnectionPool pool, Path dataFile) {
        this.pool = pool;
        this.dataFile = dataFile;
        this.search = new CacheSearch(this);
        this.ticketSearch = new TicketSearch(this);
    }

    /**
     * Opens (creating if needed) the encrypted cache at {@code file} (without H2's {@code .mv.db}
     * ending) and brings its tables up to date. A wrong key fails here.
     */
    public static LocalCache open(Path file, CacheKey key) {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            try {
                OwnerOnlyFiles.folder(absolute.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the cache folder " + absolute.getParent(), e);
            }
        }
        String url = "jdbc:h2:file:" + absolute + ";CIPHER=AES";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, key.h2Password());
        pool.setMaxConnections(8);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/cache").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        Path dataFile = Path.of(absolute + ".mv.db");
        try {
            OwnerOnlyFiles.restrict(dataFile); // H2 creates it with the default mode
        } catch (IOException e) {
            pool.dispose();
            throw new UncheckedIOException("Could not make the cache file " + dataFile + " private to you", e);
        }
        return new LocalCache(pool, dataFile);
    }

    // ---- written by the sync engine -------------------------------------------------------------

    /** The seq of the last change applied; 0 for an empty cache. */
    public long cursor() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT last_seq FROM sync_state WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public Optional<Instant> lastSuccessfulSync() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT last_successful_sync FROM sync_state WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
                return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
            }
        });
    }

    /** Applies one page of changes and moves the cursor to {@code newCursor}, all or nothing. */
    public void applyPage(List<ChangeDto> changes, long newCursor) {
        inTransaction(tx -> {
            try (ChangeWriter writer = new ChangeWriter(tx)) {
                for (ChangeDto change : changes) {
                    writer.apply(change);
                }
            }
            changeHook.afterChanges(tx, changes, false);
            setCursor(tx, newCursor);
            return null;
        });
    }

    /**
     * Replaces everything cached with the first page of a fresh snapshot, in one transaction: the
     * old data stays readable until this commits. Later snapshot pages go through {@link #applyPage}.
     */
    public void replaceAllWith(List<ChangeDto> firstSnapshotPage, long newCursor) {
        inTransaction(tx -> {
            try (ChangeWriter writer = new ChangeWriter(tx)) {
                writer.deleteAll();
                for (ChangeDto change : firstSnapshotPage) {
                    writer.apply(change);
                }
            }
            changeHook.afterChanges(tx, firstSnapshotPage, true);
            setCursor(tx, newCursor);
            return null;
        });
    }

    /**
     * Runs {@code hook} inside every sync transaction, after its changes and before it commits: the
     * outbox uses it to keep the agent's waiting changes on top of what the service sent.
     */
    public void setChangeHook(ChangeHook hook) {
        this.changeHook = hook == null ? (tx, changes, replacedAll) -> { } : hook;
    }

    /** Told, inside the sync's transaction, which changes it applied; {@code replacedAll} after a re-bootstrap. */
    @FunctionalInterface
    public interface ChangeHook {
        void afterChanges(Connection tx, List<ChangeDto> changes, boolean replacedAll) throws SQLException;
    }

    public void markSynced(Instant at) {
        inTransaction(tx -> {
            try (PreparedStatement s = tx.prepareStatement("UPDATE sync_state SET last_successful_sync = ? WHERE id = 1")) {
                s.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                s.executeUpdate();
            }
            return null;
        });
        // H2 writes the file in the background: flush now, so the sync is on disk and the cache size
        // shown after it is the file's real size, not what it was a moment before.
        inTransaction(tx -> {
            try (Statement checkpoint = tx.createStatement()) {
                checkpoint.execute("CHECKPOINT");
            }
            return null;
        });
    }

    private static void setCursor(Connection tx, long cursor) throws SQLException {
        try (PreparedStatement s = tx.prepareStatement("UPDATE sync_state SET last_seq = ? WHERE id = 1")) {
            s.setLong(1, cursor);
            s.executeUpdate();
        }
    }

    /** Size of the cache file on disk, in bytes. */
    public long cacheBytes() {
        try {
            return Files.exists(dataFile) ? Files.size(dataFile) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dataFile() {
        return dataFile;
    }

    // ---- read by the app --------------------------------------------------------------------------

    @Override
    public List<SchoolRow> searchSchools(String text, int offset, int limit) {
        return search.schools(text, offset, limit);
    }

    @Override
    public int countSchools(String text) {
        return search.count(SearchTerms.SCHOOL, "schools", text);
    }

    @Override
    public Optional<SchoolDto> school(String urn) {
        return json("SELECT json FROM schools WHERE urn = ?", urn).map(j -> ApiJson.gson().fromJson(j, SchoolDto.class));
    }

    @Override
    public List<ParticipantRow> searchParticipants(String text, int offset, int limit) {
        return search.participants(text, offset, limit);
    }

    @Override
    public int countParticipants(String text) {
        return search.count(SearchTerms.PARTICIPANT, "participants", text);
    }

    @Override
    public Optional<ParticipantDto> participant(String id) {
        return json("SELECT json FROM participants WHERE id = ?", id)
                .map(j -> ApiJson.gson().fromJson(j, ParticipantDto.class));
    }

    @Override
    public List<PartnershipRow> searchPartnerships(String text, int offset, int limit) {
        return search.partnerships(text, offset, limit);
    }

    @Override
    public int countPartnerships(String text) {
        return search.count(SearchTerms.PARTNERSHIP, "partnerships", text);
    }

    @Override
    public Optional<PartnershipDto> partnership(String id) {
        return json("SELECT json FROM partnerships WHERE id = ?", id)
                .map(j -> ApiJson.gson().fromJson(j, PartnershipDto.class));
    }

    @Override
    public List<ParticipantRow> participantsAtSchool(String urn) {
        return search.participantsAtSchool(urn);
    }

    @Override
    public List<PartnershipRow> partnershipsOfSchool(String urn) {
        return search.partnershipsOfSchool(urn);
    }

    @Override
    public List<ResourceDto> referenceData(String type) {
        return resources("SELECT id, version, json FROM reference_data WHERE type = ? ORDER BY id", type, type);
    }

    @Override
    public List<ResourceDto> notes(String target) {
        return resources("SELECT id, version, json FROM notes WHERE target = ? ORDER BY created_at DESC", "note", target);
    }

    @Override
    public List<ResourceDto> emailsForSchool(String urn) {
        return resources("SELECT id, version, json FROM emails WHERE school_urn = ? ORDER BY sent_at DESC", "email", urn);
    }

    @Override
    public List<ResourceDto> emailsForParticipant(String participantId) {
        return resources("SELECT id, version, json FROM emails WHERE participant_id = ? ORDER BY sent_at DESC",
                "email", participantId);
    }

    @Override
    public List<ResourceDto> tickets(String status) {
        if (status == null) {
            return resources("SELECT id, version, json FROM tickets ORDER BY received_at DESC", "ticket");
        }
        return resources("SELECT id, version, json FROM tickets WHERE status = ? ORDER BY received_at DESC",
                "ticket", status);
    }

    // ---- tickets (TicketQueries) --------------------------------------------------------------------

    @Override
    public List<TicketDto> tickets(TicketFilter filter, int offset, int limit) {
        return ticketSearch.tickets(filter, offset, limit);
    }

    @Override
    public int countTickets(TicketFilter filter) {
        return ticketSearch.count(filter);
    }

    @Override
    public Map<TicketQueue, Integer> queueCounts(TicketFilter filter) {
        return ticketSearch.queueCounts(filter);
    }

    @Override
    public Optional<TicketDto> ticket(String id) {
        return ticketSearch.ticket(id);
    }

    @Override
    public Map<String, Integer> openByCategory() {
        return ticketSearch.openByCategory();
    }

    @Override
    public List<Instant> openReceivedTimes() {
        return ticketSearch.openReceivedTimes();
    }

    @Override
    public List<Instant> resolvedTimes(Instant from, Instant to) {
        return ticketSearch.resolvedTimes(from, to);
    }

    @Override
    public Optional<Long> version(String type, String id) {
        String sql = switch (type) {
            case "school" -> "SELECT version FROM schools WHERE urn = ?";
            case "participant" -> "SELECT version FROM participants WHERE id = ?";
            case "partnership" -> "SELECT version FROM partnerships WHERE id = ?";
            default -> null;
        };
        return sql == null ? Optional.empty() : json(sql, id).map(Long::valueOf);
    }

    @Override
    public Optional<ResourceDto> resource(String type, String id) {
        return switch (type) {
            case "school", "participant", "partnership" -> read(c -> CachedResources.find(c, type, id));
            default -> Optional.empty();
        };
    }

    private Optional<String> json(String sql, String key) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private List<ResourceDto> resources(String sql, String type, String... keys) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < keys.length; i++) {
                    s.setString(i + 1, keys[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    List<ResourceDto> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(new ResourceDto(rs.getString(1), type, rs.getLong(2),
                                JsonParser.parseString(rs.getString(3)).getAsJsonObject()));
                    }
                    return list;
                }
            }
        });
    }

    // ---- plumbing ---------------------------------------------------------------------------------

    public <T> T read(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new CacheException(e);
        }
    }

    /** Runs {@code work} in one cache transaction: all of it commits or none of it does. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CacheException(e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
