package uk.gov.ects.desk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.client.cache.SchoolRow;
import uk.gov.ects.desk.gui.common.PagedRows;

/**
 * Step 5: the Schools and Participants tabs' searches, through the same {@link LocalCache} methods
 * their view models call. One search is what the tab does when the agent stops typing: the count of
 * matches, then the first page of rows the table shows. Search texts are taken from the cache's own
 * rows, spread over the whole list, the same ones every run (fixed seed).
 */
final class CacheSearchBench {

    static final int RUNS = 50;
    private static final int WARM_UP_RUNS = 5;
    private static final int TABLE_PAGE = PagedRows.DEFAULT_PAGE_SIZE;
    private static final int DEEP_OFFSET = 200_000;
    private static final int DEEP_PAGE = 100;

    private final LocalCache cache;
    private final FigureTable table;
    private final Random random = new Random(20261001L);

    CacheSearchBench(LocalCache cache, FigureTable table) {
        this.cache = cache;
        this.table = table;
    }

    void run() {
        List<SchoolRow> schools = sample(cache.countSchools(""), offset -> cache.searchSchools("", offset, 1).get(0));
        List<ParticipantRow> participants = sample(cache.countParticipants(""),
                offset -> cache.searchParticipants("", offset, 1).get(0));

        schoolSearch("5 schools by name (first word)", schools, row -> firstWord(row.name()));
        schoolSearch("5 schools by full name", schools, SchoolRow::name);
        schoolSearch("5 schools by postcode", schools, SchoolRow::postcode);
        schoolSearch("5 schools by URN", schools, SchoolRow::urn);
        participantSearch("5 participants by surname", participants, row -> lastWord(row.fullName()));
        participantSearch("5 participants by full name", participants, ParticipantRow::fullName);
        participantSearch("5 participants by TRN", participants, ParticipantRow::trn);
        List<String> emails = participants.stream()
                .map(row -> cache.participant(row.id()).map(ParticipantDto::email).orElse(null))
                .filter(email -> email != null && !email.isBlank())
                .toList();
        time("5 participants by email", emails, cache::countParticipants,
                text -> cache.searchParticipants(text, 0, TABLE_PAGE).size());
        deepPage();
    }

    private void schoolSearch(String step, List<SchoolRow> rows, Function<SchoolRow, String> text) {
        time(step, texts(rows, text), cache::countSchools, t -> cache.searchSchools(t, 0, TABLE_PAGE).size());
    }

    private void participantSearch(String step, List<ParticipantRow> rows, Function<ParticipantRow, String> text) {
        time(step, texts(rows, text), cache::countParticipants, t -> cache.searchParticipants(t, 0, TABLE_PAGE).size());
    }

    /** The unfiltered Participants list scrolled far down: one page read at a deep offset. */
    private void deepPage() {
        int total = cache.countParticipants("");
        int offset = Math.min(DEEP_OFFSET, Math.max(0, total - DEEP_PAGE));
        double[] millis = new double[RUNS];
        for (int run = -WARM_UP_RUNS; run < RUNS; run++) {
            int at = offset - (run & 7) * DEEP_PAGE; // a little different each time, as scrolling would be
            Stopwatch page = Stopwatch.start();
            int read = cache.searchParticipants("", Math.max(0, at), DEEP_PAGE).size();
            if (read == 0) {
                throw new IllegalStateException("No participants at offset " + at + " of " + total);
            }
            if (run >= 0) {
                millis[run] = page.millis();
            }
        }
        table.rowMillis("5 participants list, " + DEEP_PAGE + "-row page at offset ~" + offset, percentiles(millis),
                "of " + total + ", blank search; " + RUNS + " runs");
    }

    /** Times {@code RUNS} searches (count, then the first page), after a few not counted. */
    private void time(String step, List<String> texts, Function<String, Integer> count, Function<String, Integer> page) {
        double[] total = new double[RUNS];
        double[] counting = new double[RUNS];
        int[] matches = new int[RUNS];
        for (int run = -WARM_UP_RUNS; run < RUNS; run++) {
            String text = texts.get(Math.floorMod(run, texts.size()));
            Stopwatch search = Stopwatch.start();
            int found = count.apply(text);
            double counted = search.millis();
            int shown = page.apply(text);
            if (found == 0 || shown == 0) {
                throw new IllegalStateException(step + ": nothing found for a text taken from the cache");
            }
            if (run >= 0) {
                total[run] = search.millis();
                counting[run] = counted;
                matches[run] = found;
            }
        }
        Arrays.sort(counting);
        Arrays.sort(matches);
        table.rowMillis(step, percentiles(total), String.format(Locale.ROOT,
                "count alone p50 %.1f ms; matches median %d, max %d; %d runs", counting[RUNS / 2],
                matches[RUNS / 2], matches[RUNS - 1], RUNS));
    }

    private static String percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms", sorted[(int) Math.ceil(0.50 * sorted.length) - 1],
                sorted[(int) Math.ceil(0.95 * sorted.length) - 1]);
    }

    private <R> List<R> sample(int total, Function<Integer, R> rowAt) {
        List<R> rows = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            rows.add(rowAt.apply(random.nextInt(total)));
        }
        return rows;
    }

    private static <R> List<String> texts(List<R> rows, Function<R, String> text) {
        return rows.stream().map(text).filter(t -> t != null && !t.isBlank()).toList();
    }

    private static String firstWord(String text) {
        return text.trim().split("\\s+")[0];
    }

    private static String lastWord(String text) {
        String[] words = text.trim().split("\\s+");
        return words[words.length - 1];
    }
}
