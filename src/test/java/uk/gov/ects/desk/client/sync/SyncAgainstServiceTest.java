package uk.gov.ects.desk.client.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.ApiCalls;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.ApiJson;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.api.dto.MeDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.client.cache.SchoolRow;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.changes.FeedCompaction;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/** The client's data layer against the real Support API on loopback, over a real in-memory H2 store. */
class SyncAgainstServiceTest extends ServiceTestBase {

    private static final Instant REPORTED = Instant.parse("2026-07-01T09:00:00Z");

    @TempDir
    Path dir;

    private LocalCache cache;
    private SupportApiClient client;
    private final List<AutoCloseable> closeLater = new ArrayList<>();

    @BeforeEach
    void dataAndCache() {
        fixture.cohort(2026)
                .leadProvider("lp-1", "Ambition Institute")
                .deliveryPartner("dp-1", "North Hub")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "head@oak.sch.uk")
                .school("100002", "Birch Academy", 28, "202", "M1 2AB", null)
                .inductionTutor("100001", "Pat Tutor", "pat.tutor@oak.sch.uk")
                .partnership("pa-1", "100001", 2026, "lp-1", "dp-1", "active", REPORTED)
                .participant("p-1", "ect", "Jane Smith", "1234567", LocalDate.of(1990, 1, 2), "100001", 2026,
                        "jane.smith@example.com")
                .participant("p-2", "mentor", "Sam Jones", "7654321", LocalDate.of(1980, 3, 4), "100001", 2026,
                        "sam.jones@example.com")
                .note("n-1", "school:100001", "Rang the school", Instant.parse("2026-09-01T10:00:00Z"))
                .email("e-1", Instant.parse("2026-09-02T10:00:00Z"), "pat.tutor@oak.sch.uk", "100001", null)
                .ticket("t-1", Instant.parse("2026-09-03T10:00:00Z"), "new", "other", null);
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        client = clientFor(service);
    }

    @AfterEach
    void closeClient() throws Exception {
        for (AutoCloseable closeable : closeLater) {
            closeable.close();
        }
        cache.close();
    }

    @Test
    void theClientReadsTheAgentAndASchoolThroughTheApi() throws ApiException {
        MeDto me = ApiJson.attributes(ApiCalls.execute(client.me().me()).data(), MeDto.class);
        assertEquals("viewer", me.role());
        SchoolDto oak = ApiJson.attributes(ApiCalls.execute(client.schools().school("100001")).data(), SchoolDto.class);
        assertEquals("Oak Primary", oak.name());
        assertEquals("Pat Tutor", oak.inductionTutor().fullName());
    }

    @Test
    @DisplayName("a full sync fills the cache page by page; everything is searchable without the service")
    void fullSyncThenOfflineSearch() throws Exception {
        SyncEngine.Result result = engine(client, 2).syncOnce((applied, cursor) -> { });

        assertTrue(result.changesApplied() >= 11, "every resource arrived: " + result.changesApplied());
        assertFalse(result.rebootstrapped());
        service.stop();

        assertEquals(List.of("100001"), urns("pat.tutor@oak"), "by SIT email");
        assertEquals(List.of("100001"), urns("EC1A 1AA"), "by postcode");
        assertEquals(List.of("100002", "100001"), urns(""), "all, by name");
        assertEquals(List.of("p-1"), participantIds("1234567"), "by TRN");
        assertEquals(List.of("p-2"), participantIds("sam.jones@example.com"), "by email");
        assertEquals(List.of("p-1"), participantIds("jane smith"));
        assertEquals("pa-1", cache.searchPartnerships("ambition", 0, 10).get(0).id());
        assertEquals("North Hub", cache.partnership("pa-1").orElseThrow().deliveryPartnerName());
        assertEquals("Pat Tutor", cache.school("100001").orElseThrow().inductionTutor().fullName());
        assertEquals(Boolean.TRUE, cache.participant("p-1").orElseThrow().dateOfBirthOnFile());
        assertEquals(1, cache.referenceData("lead_provider").size());
        assertEquals(1, cache.referenceData("cohort").size());
        assertEquals(1, cache.notes("school:100001").size());
        assertEquals(1, cache.emailsForSchool("100001").size());
        assertEquals(1, cache.tickets("new").size());

        assertInstanceOf(ApiException.Offline.class,
                assertThrows(ApiException.class, () -> engine(client, 2).syncOnce((a, c) -> { })));
        assertEquals(List.of("p-1"), participantIds("jane"), "the cache keeps its data when offline");
    }

    @Test
    @DisplayName("after a full sync from the service the cache file holds no name, email, TRN or note in plain text (X-PII)")
    void theSyncedCacheFileIsNotPlainText() throws Exception {
        engine(client, 100).syncOnce((a, c) -> { });
        assertEquals(List.of("p-1"), participantIds("jane.smith@example.com"), "the data arrived");
        Path file = cache.dataFile();
        cache.close();

        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String secret : List.of("Oak Primary", "Jane Smith", "jane.smith@example.com", "pat.tutor@oak.sch.uk",
                "1234567", "Rang the school", "CREATE TABLE")) {
            assertFalse(raw.contains(secret), "found in the cache file: " + secret);
        }
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        assertEquals(List.of("p-1"), participantIds("1234567"), "the key file opens it again");
    }

    @Test
    void anIncrementalSyncBringsOnlyWhatChanged() throws Exception {
        engine(client, 100).syncOnce((a, c) -> { });
        long cursor = cache.cursor();

        fixture.school("100003", "Cedar Infants", 1, "203", "LS1 4AP", null).deleteNote("n-1");
        SyncEngine.Result second = engine(client, 100).syncOnce((a, c) -> { });

        assertEquals(2, second.changesApplied());
        assertTrue(cache.cursor() > cursor);
        assertEquals(List.of("100003"), urns("cedar"));
        assertTrue(cache.notes("school:100001").isEmpty(), "the deleted note is gone");
        assertEquals(0, engine(client, 100).syncOnce((a, c) -> { }).changesApplied(), "nothing new, nothing applied");
    }

    @Test
    @DisplayName("when the service stops mid-sync the cursor never runs ahead of the data, and the next sync completes")
    void resumesAfterTheServiceStopsMidSync() throws Exception {
        List<Long> cursors = new ArrayList<>();
        ApiException failure = assertThrows(ApiException.class, () -> engine(client, 3).syncOnce((applied, cursor) -> {
            cursors.add(cursor);
            service.stop();
        }));
        assertInstanceOf(ApiException.Offline.class, failure);

        assertEquals(List.of(cursors.get(0)), cursors, "one page applied before the service went away");
        assertEquals(cursors.get(0), cache.cursor());
        int cachedAfterOnePage = cache.countSchools("") + cache.countParticipants("") + cache.countPartnerships("")
                + cache.referenceData("cohort").size() + cache.referenceData("lead_provider").size()
                + cache.referenceData("delivery_partner").size() + cache.notes("school:100001").size()
                + cache.emailsForSchool("100001").size() + cache.tickets(null).size();
        assertEquals(3, cachedAfterOnePage, "exactly the first page's resources are cached");

        SupportService restarted = new SupportService(db, "127.0.0.1", 0).start();
        closeLater.add(restarted::stop);
        SupportApiClient again = clientFor(restarted);
        SyncEngine.Result rest = engine(again, 3).syncOnce((a, c) -> { });

        assertTrue(rest.changesApplied() >= 8, "the rest arrived: " + rest.changesApplied());
        assertEquals(2, cache.countSchools(""));
        assertEquals(2, cache.countParticipants(""));
        assertEquals(1, cache.tickets(null).size());
    }

    @Test
    @DisplayName("410 cursor_expired: the cache is rebuilt from a snapshot and drops what was deleted meanwhile")
    void rebootstrapsWhenTheCursorHasExpired() throws Exception {
        engine(client, 100).syncOnce((a, c) -> { });
        fixture.deleteNote("n-1").school("100003", "Cedar Infants", 1, "203", "LS1 4AP", null);
        int purged = new FeedCompaction(db, service.clock()).purgeTombstonesOlderThan(Duration.ZERO);
        assertEquals(1, purged);

        SyncEngine.Result result = engine(client, 4).syncOnce((a, c) -> { });

        assertTrue(result.rebootstrapped());
        assertTrue(cache.notes("school:100001").isEmpty());
        assertEquals(List.of("100002", "100003", "100001"), urns(""));
        assertEquals(2, cache.countParticipants(""));
        assertEquals(0, engine(client, 4).syncOnce((a, c) -> { }).changesApplied());
    }

    @Test
    @DisplayName("a leaver whose date arrives shows as left in the cache after the next sync, with nobody touching them")
    void aDatedLeavingReachesTheCacheOnItsDay() throws Exception {
        // rule: OECT-3
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z"))
                .participant("p-3", "ect", "Leah Leaver", "2345678", LocalDate.of(1995, 5, 5), "100001", 2026, null)
                .inductionRecord("ir-3", "p-3", "100001", 2026, "lp-1", "dp-1", null, null, LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 10, 4));
        engine(client, 100).syncOnce((a, c) -> { });
        assertEquals("leaving", leah().status());

        String lead = fixture.token(uk.gov.ects.desk.model.support.Role.LEAD);
        assertEquals(200, api.post("/test-clock", lead, "{\"now\":\"2026-10-05T09:00:00Z\"}").status());
        SyncEngine.Result after = engine(client, 100).syncOnce((a, c) -> { });

        assertEquals(1, after.changesApplied(), "only the leaver moved");
        assertEquals("left", leah().status());
    }

    private ParticipantRow leah() {
        return cache.searchParticipants("Leah", 0, 10).get(0);
    }

    @Test
    void theSchedulerReportsOnlineThenOfflineAndKeepsTheCache() throws Exception {
        Instant now = Instant.parse("2026-10-01T12:00:00Z");
        SyncScheduler scheduler = new SyncScheduler(engine(client, 2), cache, Duration.ofHours(1),
                Clock.fixed(now, java.time.ZoneOffset.UTC));
        closeLater.add(scheduler);
        List<SyncStatus> seen = new CopyOnWriteArrayList<>();
        scheduler.addListener(seen::add);

        SyncStatus online = scheduler.syncNow().get(30, TimeUnit.SECONDS);
        assertTrue(online.online());
        assertFalse(online.running());
        assertEquals(now, online.lastSuccessfulSync());
        assertNull(online.problem());
        assertTrue(online.cacheBytes() > 0);
        assertTrue(seen.stream().anyMatch(s -> s.running() && s.changesApplied() > 0), "progress was reported");

        service.stop();
        SyncStatus offline = scheduler.syncNow().get(30, TimeUnit.SECONDS);
        assertFalse(offline.online());
        assertEquals(now, offline.lastSuccessfulSync(), "the last good sync is still shown");
        assertNotNull(offline.problem());
        assertTrue(offline.problem().contains("keep working from the cache"), offline.problem());
        assertEquals(List.of("p-1"), participantIds("1234567"));
    }

    private SupportApiClient clientFor(SupportService running) {
        SupportApiClient created = new SupportApiClient(ApiSettings.of(running.baseUrl(), () -> viewer));
        closeLater.add(created);
        return created;
    }

    private SyncEngine engine(SupportApiClient api, int pageSize) {
        return new SyncEngine(api.changes(), cache, pageSize);
    }

    private List<String> urns(String text) {
        return cache.searchSchools(text, 0, 50).stream().map(SchoolRow::urn).toList();
    }

    private List<String> participantIds(String text) {
        return cache.searchParticipants(text, 0, 50).stream().map(ParticipantRow::id).toList();
    }
}
