package uk.gov.ects.desk.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PagedRowsTest {

    private final List<Integer> offsetsRead = new ArrayList<>();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor().holdTasks();

    private PagedRows<String> rows(int size) {
        return new PagedRows<>(size, 200, 5, (offset, limit) -> {
            offsetsRead.add(offset);
            return IntStream.range(offset, offset + limit).mapToObj(i -> "row " + i).toList();
        }, executor);
    }

    @Test
    @DisplayName("400,000 rows: the list has the full size but reads only the page that is looked at")
    void readsOnlyTheVisiblePage() {
        PagedRows<String> rows = rows(400_000);

        assertEquals(400_000, rows.size());
        assertTrue(rows.get(250_123).loading(), "shows a placeholder until the page arrives");
        executor.runAllHeld();

        assertEquals(List.of(250_000), offsetsRead);
        assertEquals("row 250123", rows.get(250_123).value());
        assertEquals("row 250199", rows.get(250_199).value());
    }

    @Test
    @DisplayName("Asking for many rows of the same page reads it once")
    void onePagePerRead() {
        PagedRows<String> rows = rows(1000);
        for (int i = 0; i < 200; i++) {
            rows.get(i);
        }
        assertEquals(1, executor.heldTaskCount());
    }

    @Test
    @DisplayName("When a page arrives the table is told its rows were replaced")
    void announcesArrivals() {
        PagedRows<String> rows = rows(1000);
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<PagedRows.Row<String>>) change -> {
            while (change.next()) {
                changes.add(change.getFrom() + "-" + change.getTo() + (change.wasReplaced() ? " replaced" : ""));
            }
        });
        rows.get(450);
        executor.runAllHeld();

        assertEquals(List.of("400-600 replaced"), changes);
    }

    @Test
    @DisplayName("Only the most recently used pages stay in memory")
    void keepsALeastRecentlyUsedWindow() {
        PagedRows<String> rows = rows(400_000);
        for (int page = 0; page < 20; page++) {
            rows.get(page * 200);
            executor.runAllHeld();
        }
        assertEquals(5, rows.cachedPageCount());
        assertNull(rows.peek(0), "the oldest page was dropped");
        assertEquals("row 3800", rows.peek(3800));
    }

    @Test
    @DisplayName("A list replaced by a newer search ignores pages that arrive late")
    void disposedListIgnoresLatePages() {
        PagedRows<String> rows = rows(1000);
        rows.get(0);
        rows.dispose();
        executor.runAllHeld();

        assertEquals(0, rows.cachedPageCount());
    }

    @Test
    @DisplayName("A page that cannot be read shows as failed, and is not re-read in a loop")
    void failedPage() {
        PagedRows<String> rows = new PagedRows<>(1000, 200, 5, (offset, limit) -> {
            offsetsRead.add(offset);
            throw new IllegalStateException("cache closed");
        }, executor);
        rows.get(10);
        executor.runAllHeld();

        assertTrue(rows.get(10).failed());
        assertEquals(0, executor.heldTaskCount());
        assertEquals(List.of(0), offsetsRead);
    }

    @Test
    @DisplayName("Finding a row (as the table's selection does) never reads the whole list")
    void indexOfDoesNotScan() {
        PagedRows<String> rows = rows(400_000);
        rows.get(1_000);
        executor.runAllHeld();
        PagedRows.Row<String> selected = rows.get(1_000);

        assertEquals(1_000, rows.indexOf(selected));
        assertEquals(-1, rows.indexOf(new PagedRows.Row<>(1_000, "something else", false)));
        assertEquals(-1, rows.indexOf("not a row"));
        assertEquals(List.of(1_000), offsetsRead);
        assertEquals(0, executor.heldTaskCount());
    }
}
