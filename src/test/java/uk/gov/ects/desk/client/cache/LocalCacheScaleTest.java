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

/**
 * Searches stay quick with a national-sized cache of 400,000 participants. The rows are made in
 * bulk by SQL (the sync path is far slower to fill and is covered elsewhere); the search terms
 * follow the same rules as {@link SearchTerms}: each name word, TRN, email, id.
 */
class LocalCacheScaleTest {

    private static final int PARTICIPANTS = 400_000;
    private static final Duration QUICK = Duration.ofMillis(750);

    @TempDir
    Path dir;

    @Test
    void searchesPagesAndCountsStayQuickWith400000Participants() {
        try (LocalCache cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")))) {
            fillInBulk(cache);
            cache.searchParticipants("person1", 0, 50); // warm up

            assertEquals(List.of("id-123456"), timed(() -> ids(cache, "1123456")), "by TRN");
            assertEquals(List.of("id-399999"), timed(() -> ids(cache, "person399999@example.com")), "by email");
            assertEquals(List.of("id-250000"), timed(() -> ids(cache, "id-250000")), "by id");
            List<String> twoWords = timed(() -> ids(cache, "person777 surname777"));
            assertEquals("id-777", twoWords.get(0), "two words intersect, closest name first");
            assertTrue(twoWords.stream().allMatch(id -> id.startsWith("id-777")), twoWords.toString());
            assertEquals(50, timed(() -> cache.searchParticipants("", 200_000, 50)).size(), "a page deep in the list");
            assertEquals(50, timed(() -> cache.searchParticipants("surname12", 0, 50)).size());
            assertEquals(400, timed(() -> cache.countParticipants("surname777")));
            assertEquals(PARTICIPANTS, timed(() -> cache.countParticipants("")));
        }
    }

    private static void fillInBulk(LocalCache cache) {
        String range = " FROM SYSTEM_RANGE(1, " + PARTICIPANTS + ")";
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

    private static <T> T timed(Supplier<T> search) {
        long start = System.nanoTime();
        T result = search.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(QUICK) < 0, "took " + took.toMillis() + " ms");
        return result;
    }
}
