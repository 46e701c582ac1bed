package uk.gov.ects.desk.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.gov.ects.desk.client.cache.CacheFixtures.delete;
import static uk.gov.ects.desk.client.cache.CacheFixtures.participant;
import static uk.gov.ects.desk.client.cache.CacheFixtures.partnership;
import static uk.gov.ects.desk.client.cache.CacheFixtures.reference;
import static uk.gov.ects.desk.client.cache.CacheFixtures.school;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.dto.ChangeDto;

class LocalCacheTest {

    @TempDir
    Path dir;

    private LocalCache cache;

    @BeforeEach
    void openCache() {
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        cache.applyPage(List.of(
                school(1, "100001", "Highfield Primary School", "SW1A 1AA", "sit.one@highfield.sch.uk"),
                school(2, "100002", "St Mary's C of E Academy", "N1 9GU", "head@stmarys.org.uk"),
                school(3, "100003", "Zoë Lane Infants", "E2 7DG", null),
                participant(4, "p-1", "Alice Smith-Jones", "1234567", "alice.sj@example.com", "100001"),
                participant(5, "p-2", "Bob Smith", "7654321", "bob@example.com", "100002"),
                participant(6, "p-3", "Carol O'Brien", "1112223", "carol@example.com", "100001"),
                partnership(7, "pa-1", "100001", "Highfield Primary School", "Ambition Institute", "North Hub"),
                partnership(8, "pa-2", "100002", "St Mary's C of E Academy", "Teach First", "South Partners"),
                reference(9, "lead_provider", "lp1", "Ambition Institute")), 9);
    }

    @AfterEach
    void closeCache() {
        cache.close();
    }

    @Test
    @DisplayName("the cache file holds no school name, email or TRN in plain text (X-PII)")
    void fileIsEncrypted() throws Exception {
        cache.close();
        byte[] bytes = Files.readAllBytes(cache.dataFile());
        assertTrue(bytes.length > 0);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String secret : List.of("Highfield", "sit.one@highfield.sch.uk", "alice.sj@example.com", "Smith",
                "1234567", "CREATE TABLE")) {
            assertFalse(raw.contains(secret), "found in the cache file: " + secret);
        }
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        assertEquals(3, cache.countSchools(""), "the same key opens it again");
    }

    @Test
    void wrongKeyCannotOpenTheCache() throws Exception {
        cache.close();
        Path otherKey = dir.resolve("other.key");
        assertThrows(RuntimeException.class, () -> LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(otherKey)));
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
    }

    @Test
    void keyFileIsReadableOnlyByTheUser() throws Exception {
        assertEquals("rw-------", mode(dir.resolve("cache.key")));
    }

    @Test
    @DisplayName("The cache file, its folder and a key file an older version left readable are all owner-only")
    void cacheFilesAreOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        assertEquals("rw-------", mode(dir.resolve("cache.mv.db")), "H2 made it with the default mode");

        Path folder = dir.resolve("agent-data");
        Path oldKey = Files.createDirectories(dir.resolve("old")).resolve("cache.key");
        Files.writeString(oldKey, "ab".repeat(32), StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(oldKey, PosixFilePermissions.fromString("rw-r--r--"));
        try (LocalCache other = LocalCache.open(folder.resolve("cache"), CacheKey.fromKeyFile(oldKey))) {
            assertEquals("rwx------", mode(folder), "a new cache folder");
            assertEquals("rw-------", mode(folder.resolve("cache.mv.db")));
            assertEquals("rw-------", mode(oldKey), "tightened when read");
        }
    }

    private static String mode(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void passphraseKeyOpensTheSameCacheAgain() {
        Path file = dir.resolve("agent");
        Path salt = dir.resolve("agent.salt");
        try (LocalCache first = LocalCache.open(file, CacheKey.fromPassphrase("correct horse".toCharArray(), salt))) {
            first.applyPage(List.of(school(1, "200001", "Passphrase School", "AB1 2CD", null)), 1);
        }
        try (LocalCache again = LocalCache.open(file, CacheKey.fromPassphrase("correct horse".toCharArray(), salt))) {
            assertEquals("Passphrase School", again.school("200001").orElseThrow().name());
        }
        assertThrows(RuntimeException.class,
                () -> LocalCache.open(file, CacheKey.fromPassphrase("wrong".toCharArray(), salt)).close());
    }

    @Test
    void findsSchoolsByUrnNamePostcodeAndSitEmail() {
        assertEquals(List.of("100001"), schoolUrns("100001"));
        assertEquals(List.of("100001", "100002", "100003"), schoolUrns("1000"), "URN prefix");
        assertEquals(List.of("100001"), schoolUrns("highf"), "name prefix, any case");
        assertEquals(List.of("100001"), schoolUrns("primary highfield"), "words in any order");
        assertEquals(List.of(), schoolUrns("highfield academy"), "every word must match");
        assertEquals(List.of("100002"), schoolUrns("mary's"));
        assertEquals(List.of("100002"), schoolUrns("mary"));
        assertEquals(List.of("100003"), schoolUrns("zoe"), "accents ignored");
        assertEquals(List.of("100001"), schoolUrns("SW1A 1AA"), "postcode with a space");
        assertEquals(List.of("100001"), schoolUrns("sw1a1aa"), "postcode without a space");
        assertEquals(List.of("100002"), schoolUrns("head@stmarys.org.uk"), "SIT email");
        assertEquals(List.of("100001"), schoolUrns("SIT.ONE@"), "SIT email prefix, any case");
        assertEquals(List.of(), schoolUrns("sit_one"), "LIKE wildcards are matched literally");
        assertEquals(List.of(), schoolUrns("h%field"));
        assertEquals(3, cache.searchSchools("(", 0, 50).size(), "punctuation alone is like a blank search");
    }

    @Test
    void findsParticipantsByNameTrnEmailAndId() {
        assertEquals(List.of("p-1", "p-2"), participantIds("smith"), "ordered by name");
        assertEquals(List.of("p-1"), participantIds("jones"), "part of a hyphenated name");
        assertEquals(List.of("p-1"), participantIds("smith-jones"));
        assertEquals(List.of("p-3"), participantIds("o'brien"));
        assertEquals(List.of("p-2"), participantIds("7654321"));
        assertEquals(List.of("p-2"), participantIds("bob@example.com"));
        assertEquals(List.of("p-3"), participantIds("p-3"));
        assertEquals(List.of("p-2"), participantIds("bob smith"));
        assertEquals("Bob Smith", cache.participant("p-2").orElseThrow().fullName());
        assertEquals(2, cache.participantsAtSchool("100001").size());
    }

    @Test
    void findsPartnershipsBySchoolProviderOrPartner() {
        assertEquals(List.of("pa-1"), partnershipIds("ambition"));
        assertEquals(List.of("pa-2"), partnershipIds("south"));
        assertEquals(List.of("pa-2"), partnershipIds("100002"));
        assertEquals(List.of("pa-1"), partnershipIds("highfield"));
        assertEquals(List.of("pa-1", "pa-2"), partnershipIds(""));
        PartnershipRow row = cache.searchPartnerships("teach first", 0, 10).get(0);
        assertEquals("South Partners", row.deliveryPartner());
        assertEquals(java.time.LocalDate.of(2025, 10, 31), row.challengeDeadline());
        assertEquals("2025-10-31", cache.partnership("pa-1").orElseThrow().challengeDeadline().toString());
    }

    @Test
    void blankTextListsEverythingByNameInPages() {
        assertEquals(List.of("100001", "100002", "100003"), schoolUrns(" "));
        assertEquals(List.of("100002"), cache.searchSchools(null, 1, 1).stream().map(SchoolRow::urn).toList());
        assertEquals(3, cache.countSchools(null));
        assertEquals(2, cache.countParticipants("smith"));
        assertEquals(1, cache.countParticipants("bob smith"));
        assertEquals(2, cache.countPartnerships(""));
        SchoolRow first = cache.searchSchools("", 0, 1).get(0);
        assertEquals("Tutor of Highfield Primary School", first.inductionTutor());
        assertEquals("SW1A 1AA", first.postcode());
    }

    @Test
    void changesReplaceAndDeletesRemoveResourcesAndTheirSearchTerms() {
        cache.applyPage(List.of(
                school(10, "100001", "Renamed Primary", "SW1A 1AA", "sit.one@highfield.sch.uk"),
                delete(11, "participant", "p-2"),
                delete(12, "lead_provider", "lp1")), 12);
        assertEquals(List.of(), schoolUrns("highfield"));
        assertEquals(List.of("100001"), schoolUrns("renamed"));
        assertEquals(List.of(), participantIds("bob"));
        assertTrue(cache.participant("p-2").isEmpty());
        assertTrue(cache.referenceData("lead_provider").isEmpty());
        assertEquals(12, cache.cursor());
    }

    @Test
    void aFailedPageLeavesDataAndCursorAsTheyWere() {
        ChangeDto broken = new ChangeDto(20, "school", null, "upsert", 1L, school(0, "x", "Broken", null, null).attributes());
        assertThrows(CacheException.class, () -> cache.applyPage(List.of(
                school(19, "100009", "Half Applied School", "X1 1XX", null), broken), 20));
        assertEquals(9, cache.cursor());
        assertEquals(List.of(), schoolUrns("half"));
    }

    @Test
    void replacingEverythingKeepsOnlyTheNewSnapshot() {
        cache.replaceAllWith(List.of(school(1, "300001", "Fresh Start School", "M1 1AA", null)), 1);
        assertEquals(List.of("300001"), schoolUrns(""));
        assertEquals(0, cache.countParticipants(""));
        assertEquals(0, cache.countPartnerships("highfield"));
        assertEquals(1, cache.cursor());
    }

    @Test
    void remembersTheLastSuccessfulSyncAndReportsItsSize() {
        Instant at = Instant.parse("2026-09-01T08:30:00Z");
        cache.markSynced(at);
        assertEquals(at, cache.lastSuccessfulSync().orElseThrow());
        assertTrue(cache.cacheBytes() > 0);
    }

    @Test
    void textSearchesUseTheTermIndexAndBlankListingUsesTheNameIndex() throws Exception {
        String plan = explain(CacheSearch.searchSql(SearchTerms.PARTICIPANT, "participants", "id, full_name", "id",
                "sort_name, id", "bob smith"), CacheSearch.searchParams(SearchTerms.PARTICIPANT, "bob smith", 0, 50));
        assertTrue(plan.contains("SEARCH_TERMS_BY_TERM"), plan);
        assertTrue(plan.contains("PRIMARY_KEY"), "rows fetched by id: " + plan);
        String blank = explain(CacheSearch.searchSql(SearchTerms.PARTICIPANT, "participants", "id, full_name", "id",
                "sort_name, id", ""), CacheSearch.searchParams(SearchTerms.PARTICIPANT, "", 0, 50));
        assertTrue(blank.contains("PARTICIPANTS_BY_NAME"), blank);
        assertTrue(blank.contains("INDEX SORTED"), "no sort of the whole table: " + blank);
        String partnerships = explain(CacheSearch.searchSql(SearchTerms.PARTNERSHIP, "partnerships", "id", "id",
                "sort_name, cohort DESC, id", ""), CacheSearch.searchParams(SearchTerms.PARTNERSHIP, "", 0, 50));
        assertTrue(partnerships.contains("INDEX SORTED"), partnerships);
        String count = explain(CacheSearch.countSql(SearchTerms.PARTICIPANT, "participants", "smith"),
                CacheSearch.countParams(SearchTerms.PARTICIPANT, "smith"));
        assertTrue(count.contains("SEARCH_TERMS_BY_TERM"), count);
    }

    private String explain(String sql, List<Object> params) {
        return cache.read(c -> {
            try (var s = CacheSearch.prepare(c, "EXPLAIN " + sql, params); var rs = s.executeQuery()) {
                StringBuilder plan = new StringBuilder();
                while (rs.next()) {
                    plan.append(rs.getString(1));
                }
                return plan.toString().toUpperCase(java.util.Locale.ROOT);
            }
        });
    }

    private List<String> schoolUrns(String text) {
        return cache.searchSchools(text, 0, 50).stream().map(SchoolRow::urn).toList();
    }

    private List<String> participantIds(String text) {
        return cache.searchParticipants(text, 0, 50).stream().map(ParticipantRow::id).toList();
    }

    private List<String> partnershipIds(String text) {
        return cache.searchPartnerships(text, 0, 50).stream().map(PartnershipRow::id).toList();
    }

    static List<ChangeDto> manyParticipants(int from, int count) {
        List<ChangeDto> changes = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            changes.add(participant(i, "id-" + i, "Person" + i + " Surname" + (i % 1000), String.valueOf(1000000 + i),
                    "person" + i + "@example.com", "1" + (i % 20000)));
        }
        return changes;
    }
}
