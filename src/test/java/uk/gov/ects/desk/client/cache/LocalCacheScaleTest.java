package uk.gov.ects.desk.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches, pages and counts give the right answers over a large cache (400,000 participants with
 * {@code -Dcache.scale=400000}). The rows are made in
 * bulk by SQL (the sync path is far slower to fill and is covered elsewhere); the search terms
 * follow the same rules as {@link SearchTerms}: each name word, TRN, email, id.
 */
class LocalCacheScaleTest {

    /** 20,000 by default to keep the suite quick; {@code -Dcache.scale=400000} for the national size. */
    private static final int PARTICIPANTS = Integer.getInteger("cache.scale", 20_000);
    private static final int CHUNK = 50_000;
    private static final Logger LOG = LoggerFactory.getLogger(LocalCacheScaleTest.class);

    @TempDir
    Path dir;

    @Test
    void searchesPagesAndCountsAreRightOverALargeCache() {
        try (LocalCache cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")))) {
            fillInBulk(cache);
            cache.searchParticipants("person1", 0, 50); // warm up

            int last = PARTICIPANTS - 1;
            int middle = PARTICIPANTS / 2;
            assertEquals(List.of("id-12345"), timed(() -> ids(cache, "1012345")), "by TRN");
            assertEquals(List.of("id-" + last), timed(() -> ids(cache, "person" + last + "@example.com")), "by email");
            assertEquals(List.of("id-" + middle), timed(() -> ids(cache, "id-" + middle)), "by id");
            List<String> twoWords = timed(() -> ids(cache, "person777 surname777"));
            assertEquals("id-777", twoWords.get(0), "two words intersect, closest name first");
            assertTrue(twoWords.stream().allMatch(id -> id.startsWith("id-777")), twoWords.toString());
            assertEquals(50, timed(() -> cache.searchParticipants("", middle, 50)).size(), "a page deep in the list");
            assertEquals(50, timed(() -> cache.searchParticipants("surname12", 0, 50)).size());
            assertEquals(PARTICIPANTS / 1000, timed(() -> cache.countParticipants("surname777")));
            assertEquals(PARTICIPANTS, timed(() -> cache.countParticipants("")));
        }
    }

    private static void fillInBulk(LocalCache cache) {
        for (int from = 1; from <= PARTICIPANTS; from += CHUNK) {
            fillChunk(cache, " FROM SYSTEM_RANGE(" + from + ", " + Math.min(PARTICIPANTS, from + CHUNK - 1) + ")");
        }
    }

    private static void fillChunk(LocalCache cache, String range) {
        cache.inTransaction(tx -> {
            try (Statement s = tx.createStatement()) {
                s.execute("INSERT INTO participants (id, full_name, sort_name, type, trn, school_urn, school_name, cohort, "
                        + "status, version, json) SELECT 'id-' || X, 'Person' || X || ' Surname' || MOD(X, 1000), "
                        + "'person' || X || ' surname' || MOD(X, 1000), 'ect', CAST(1000000 + X AS VARCHAR), "
                        + "CAST(100000 + MOD(X, 20000) AS VARCHAR), 'School', 2025, 'active', 1, '{}'" + range);
                for (String term : List.of("'person' || X", "'surname' || MOD(X, 1000)", "CAST(1000000 + X AS VARCHAR)",
                        "'person' || X || '@example.com'", "'id-' || X")) {
                    s.execute("INSERT INTO search_terms (kind, entity_id, term) SELECT 'participant', 'id-' || X, "
                            + term + range);
                }
            }
            return null;
        });
    }

    private static List<String> ids(LocalCache cache, String text) {
        return cache.searchParticipants(text, 0, 50).stream().map(ParticipantRow::id).toList();
    }

    /** Speed is a benchmark's business, not an assertion's: the time is only logged, for a person to read. */
    private static <T> T timed(Supplier<T> search) {
        long start = System.nanoTime();
        T result = search.get();
        LOG.info("search over {} participants took {} ms", PARTICIPANTS,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return result;
    }
}
