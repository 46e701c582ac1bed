package uk.gov.ects.desk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Response;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.session.ClientSession;
import uk.gov.ects.desk.client.sync.SyncEngine;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.AgentDirectory;
import uk.gov.ects.desk.service.dataset.Dataset;
import uk.gov.ects.desk.service.dataset.DatasetLoader;
import uk.gov.ects.desk.service.demo.DemoGenerator;
import uk.gov.ects.desk.service.demo.DemoSize;
import uk.gov.ects.desk.service.store.Database;

/**
 * The data-path benchmark behind {@code packaging/bench data}: the demo dataset through the real
 * loader, service, change feed, sync and encrypted cache, as the app uses them, with a table of
 * figures on standard output. Lives with the tests so it is never shipped.
 *
 * <p>{@code DataBench [--size small|large]} (default large). Everything runs in this one JVM, so the
 * heap figures hold the service's store pages as well as the client's.
 */
public final class DataBench {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int PROGRESS_EVERY_PAGES = 50;

    private final FigureTable table = new FigureTable();
    private final DemoSize size;
    private final Path work;

    private DataBench(DemoSize size, Path work) {
        this.size = size;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        DemoSize size = parseSize(args);
        Path work = Files.createTempDirectory("ect-desk-data-bench");
        try {
            new DataBench(size, work).run();
        } finally {
            deleteTree(work);
        }
        // Javalin's and OkHttp's threads would keep the JVM alive a little longer than needed.
        System.exit(0);
    }

    private static DemoSize parseSize(String[] args) {
        if (args.length == 0) {
            return DemoSize.LARGE;
        }
        if (args.length == 2 && args[0].equals("--size") && List.of("small", "large").contains(args[1])) {
            return DemoSize.valueOf(args[1].toUpperCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("Usage: DataBench [--size small|large]");
    }

    private void run() throws Exception {
        table.heading("Data benchmark, " + size.name().toLowerCase(Locale.ROOT) + " demo, " + Instant.now()
                + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
                + mib(Runtime.getRuntime().maxMemory()) + ", Java " + System.getProperty("java.version"));

        Stopwatch generating = Stopwatch.start();
        Dataset dataset = DemoGenerator.generate(size, DemoGenerator.DEFAULT_SEED);
        table.row("1 generate demo", generating.seconds(), dataset.schools().size() + " schools, "
                + dataset.participants().size() + " participants, " + dataset.partnerships().size() + " partnerships");

        Path storePath = work.resolve("service");
        Database store = Database.h2File(storePath);
        Stopwatch loading = Stopwatch.start();
        DatasetLoader.LoadResult loaded = DatasetLoader.loadInto(store, dataset, Clock.systemUTC());
        table.row("2 load into H2 file store", loading.seconds(), loaded.rows("schools") + " schools, "
                + loaded.rows("participants") + " participants, " + loaded.rows("partnerships")
                + " partnerships; store file " + mib(Files.size(Path.of(storePath + ".mv.db"))));
        dataset = null; // the service and client below must not be measured holding the generator's objects

        String token = new AgentDirectory(store).createOnePerRole().get(Role.AGENT).clearToken();
        try (SupportService service = new SupportService(store, "127.0.0.1", 0).start();
             SupportApiClient api = new SupportApiClient(ApiSettings.of(service.baseUrl(), () -> token));
             LocalCache cache = LocalCache.open(work.resolve("cache"), CacheKey.fromKeyFile(work.resolve("cache.key")))) {
            syncFromEmpty(api, cache);
            incrementalSync(api, cache);
            new CacheSearchBench(cache, table).run();
        } finally {
            store.close();
        }
        table.row("6 heap", null, "peak used " + mib(peakHeapUsed()) + " (sum of each pool's peak), used now "
                + mib(usedHeap()) + ", max " + mib(Runtime.getRuntime().maxMemory()));
        table.print(System.out);
    }

    /** Step 3: a fresh cache filled from the change feed, page by page, as ClientSession's sync does it. */
    private void syncFromEmpty(SupportApiClient api, LocalCache cache) throws Exception {
        TimedChanges changes = new TimedChanges(api.changes());
        SyncEngine engine = new SyncEngine(changes, cache, ClientSession.SYNC_PAGE_SIZE);
        int[] pages = {0};
        Stopwatch syncing = Stopwatch.start();
        SyncEngine.Result result = engine.syncOnce((applied, cursor) -> {
            if (++pages[0] % PROGRESS_EVERY_PAGES == 0) {
                System.err.printf(Locale.ROOT, "    sync: %d changes after %.0f s (%.0f s waiting for pages)%n", applied,
                        syncing.seconds(), changes.secondsFetching());
            }
        });
        cache.markSynced(Instant.now());
        double seconds = syncing.seconds();
        double fetching = changes.secondsFetching();
        table.row("3 full sync from empty", seconds, result.changesApplied() + " changes in " + pages[0]
                + " pages of " + ClientSession.SYNC_PAGE_SIZE + "; " + String.format(Locale.ROOT,
                "%.1f s waiting for pages (service + HTTP + JSON), %.1f s applying to the cache", fetching,
                seconds - fetching));
        table.row("  cache file", null, mib(cache.cacheBytes()) + " (encrypted H2)");
        table.row("  heap after GC", null, mib(usedHeap()) + " used (service and client in this one JVM)");
    }

    /** Step 4: one note written through the API, then the sync that brings it into the cache. */
    private void incrementalSync(SupportApiClient api, LocalCache cache) throws Exception {
        String urn = cache.searchSchools("", 0, 1).get(0).urn();
        String body = "{\"target\":\"school:" + urn + "\",\"body\":\"Benchmark note\"}";
        Response<ResponseBody> written = api.writes()
                .post("notes", UUID.randomUUID().toString(), null, RequestBody.create(body, JSON)).execute();
        try (ResponseBody ignored = written.body()) {
            if (!written.isSuccessful()) {
                throw new IllegalStateException("The benchmark's note was refused: HTTP " + written.code());
            }
        }
        SyncEngine engine = new SyncEngine(api.changes(), cache, ClientSession.SYNC_PAGE_SIZE);
        Stopwatch syncing = Stopwatch.start();
        SyncEngine.Result result = engine.syncOnce((applied, cursor) -> { });
        table.row("4 incremental sync after one write", syncing.seconds(), result.changesApplied() + " change(s) applied");
    }

    static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** An upper bound: the pools' peaks need not have come at the same moment. */
    private static long peakHeapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage == null ? 0 : usage.getUsed())
                .sum();
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
