package uk.gov.ects.desk.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.ects.desk.client.cache.CacheFixtures.participant;
import static uk.gov.ects.desk.client.cache.CacheFixtures.partnership;
import static uk.gov.ects.desk.client.cache.CacheFixtures.school;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.cache.CacheSearch.Query;

/**
 * Issue 2: "Search in the cache ... indexed, not a table scan." H2's EXPLAIN of the exact statements
 * the cache runs (a real, migrated, encrypted cache filled through the sync path) names an index
 * for every search kind and never {@code tableScan}. Names and emails are found by word or email
 * prefix through the {@code search_terms} index (not "contains" anywhere in the text: a B-tree
 * cannot serve that), so each case also checks the search finds its record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CacheSearchPlanTest {

    private static final int SCHOOLS = 1_500;
    private static final int PARTICIPANTS = 3_000;
    private static final int PARTNERSHIPS = 1_000;

    private LocalCache cache;

    @BeforeAll
    void fillCache(@TempDir Path dir) {
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        List<ChangeDto> changes = new ArrayList<>();
        long seq = 0;
        for (int i = 0; i < SCHOOLS; i++) {
            String urn = String.valueOf(100_000 + i);
            changes.add(school(++seq, urn, "School" + i + " Primary Academy", "AB" + i / 10 + " " + i % 10 + "CD",
                    "sit" + i + "@school" + i + ".sch.uk"));
        }
        for (int i = 0; i < PARTICIPANTS; i++) {
            changes.add(participant(++seq, "p-" + i, "Given" + i + " Family" + i % 500, String.valueOf(2_000_000 + i),
                    "person" + i + "@example.sch.uk", String.valueOf(100_000 + i % SCHOOLS)));
        }
        for (int i = 0; i < PARTNERSHIPS; i++) {
            changes.add(partnership(++seq, "pa-" + i, String.valueOf(100_000 + i), "School" + i + " Primary Academy",
                    "Lead" + i % 7 + " Institute", "Hub" + i % 40 + " Partners"));
        }
        cache.applyPage(changes, seq);
        cache.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE"); // the plans below are the ones a real, filled cache gets
            }
            return null;
        });
    }

    @AfterAll
    void closeCache() {
        cache.close();
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                search("schools by URN", "100742", CacheSearch::schoolsQuery, c -> urns(c.searchSchools("100742", 0, 50)),
                        "100742"),
                search("schools by name (word prefix)", "school742", CacheSearch::schoolsQuery,
                        c -> urns(c.searchSchools("school742", 0, 50)), "100742"),
                search("schools by name, two words", "school742 primary", CacheSearch::schoolsQuery,
                        c -> urns(c.searchSchools("school742 primary", 0, 50)), "100742"),
                search("schools by postcode with its space", "AB74 2CD", CacheSearch::schoolsQuery,
                        c -> urns(c.searchSchools("AB74 2CD", 0, 50)), "100742"),
                search("schools by SIT email", "sit742@school742.sch.uk", CacheSearch::schoolsQuery,
                        c -> urns(c.searchSchools("sit742@school742.sch.uk", 0, 50)), "100742"),
                search("participants by name", "given2345", CacheSearch::participantsQuery,
                        c -> ids(c.searchParticipants("given2345", 0, 50)), "p-2345"),
                search("participants by TRN", "2002345", CacheSearch::participantsQuery,
                        c -> ids(c.searchParticipants("2002345", 0, 50)), "p-2345"),
                search("participants by email", "person2345@example.sch.uk", CacheSearch::participantsQuery,
                        c -> ids(c.searchParticipants("person2345@example.sch.uk", 0, 50)), "p-2345"),
                search("participants by id", "p-2345", CacheSearch::participantsQuery,
                        c -> ids(c.searchParticipants("p-2345", 0, 50)), "p-2345"),
                search("partnerships by school name", "school742", CacheSearch::partnershipsQuery,
                        c -> partnershipIds(c.searchPartnerships("school742", 0, 50)), "pa-742"));
    }

    private static Arguments search(String what, String text, PageQuery query, Function<LocalCache, List<String>> run,
            String expected) {
        return Arguments.of(what, text, query, run, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    @DisplayName("Each search kind finds its record through the search-term index and reads rows by key, never scanning")
    void textSearchesUseIndexes(String what, String text, PageQuery query, Function<LocalCache, List<String>> run,
            String expected) {
        assertEquals(List.of(expected), run.apply(cache), what + " finds the record");

        String page = explain(query.of(text, 0, 50));
        assertTrue(page.contains("SEARCH_TERMS_BY_TERM"), what + ": term index used: " + page);
        assertTrue(page.contains("PRIMARY_KEY"), what + ": rows fetched by key: " + page);
        assertNoTableScan(what, page);

        String kind = switch (query.of(text, 0, 1).sql().split(" FROM ")[1].split(" ")[0]) {
            case "schools" -> SearchTerms.SCHOOL;
            case "participants" -> SearchTerms.PARTICIPANT;
            default -> SearchTerms.PARTNERSHIP;
        };
        String table = kind + "s";
        String count = explain(CacheSearch.countQuery(kind, table, text));
        assertTrue(count.contains("SEARCH_TERMS_BY_TERM"), what + " count: " + count);
        assertNoTableScan(what + " count", count);
    }

    @Test
    @DisplayName("Blank search pages through the name index (deep pages too) and counts without reading rows")
    void blankListingUsesTheNameIndexes() {
        for (Query query : List.of(CacheSearch.schoolsQuery("", 1_000, 50), CacheSearch.participantsQuery("", 2_000, 50),
                CacheSearch.partnershipsQuery("", 500, 50))) {
            String plan = explain(query);
            assertTrue(plan.contains("_BY_NAME") && plan.contains("INDEX SORTED"), plan);
            assertNoTableScan(query.sql(), plan);
        }
        assertEquals(50, cache.searchParticipants("", 2_000, 50).size());
        for (String table : List.of("schools", "participants", "partnerships")) {
            String kind = table.substring(0, table.length() - 1);
            assertNoTableScan(table + " count", explain(CacheSearch.countQuery(kind, table, "")));
        }
    }

    @Test
    @DisplayName("A school's participants and partnerships (its detail pane) are read through the school index")
    void schoolDetailListsUseTheSchoolIndexes() {
        String participants = explain(CacheSearch.participantsAtSchoolQuery("100742"));
        assertTrue(participants.contains("PARTICIPANTS_BY_SCHOOL"), participants);
        assertNoTableScan("participants at school", participants);
        String partnerships = explain(CacheSearch.partnershipsOfSchoolQuery("100742"));
        assertTrue(partnerships.contains("PARTNERSHIPS_BY_SCHOOL"), partnerships);
        assertNoTableScan("partnerships of school", partnerships);
        assertEquals(2, cache.participantsAtSchool("100742").size());
    }

    @Test
    @DisplayName("The check can fail: a search on an unindexed column shows tableScan")
    void aScanIsRecognised() {
        String plan = explain(new Query("SELECT id FROM participants WHERE school_name = ?", List.of("School 100742")));
        assertFalse(plan.contains("SEARCH_TERMS_BY_TERM"), plan);
        assertTrue(plan.contains("TABLESCAN"), plan);
    }

    private static void assertNoTableScan(String what, String plan) {
        assertFalse(plan.contains("TABLESCAN"), what + " scans a table: " + plan);
    }

    private String explain(Query query) {
        return cache.read(c -> {
            try (var s = CacheSearch.prepare(c, "EXPLAIN " + query.sql(), query.params()); var rs = s.executeQuery()) {
                StringBuilder plan = new StringBuilder();
                while (rs.next()) {
                    plan.append(rs.getString(1));
                }
                return plan.toString().toUpperCase(Locale.ROOT);
            }
        });
    }

    private static List<String> urns(List<SchoolRow> rows) {
        return rows.stream().map(SchoolRow::urn).toList();
    }

    private static List<String> ids(List<ParticipantRow> rows) {
        return rows.stream().map(ParticipantRow::id).toList();
    }

    private static List<String> partnershipIds(List<PartnershipRow> rows) {
        return rows.stream().map(PartnershipRow::id).toList();
    }

    @FunctionalInterface
    interface PageQuery {
        Query of(String text, int offset, int limit);
    }
}
