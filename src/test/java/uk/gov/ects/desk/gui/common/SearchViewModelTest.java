package uk.gov.ects.desk.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.cache.SchoolRow;
import uk.gov.ects.desk.gui.fakes.FakeCache;
import uk.gov.ects.desk.gui.fakes.TestData;
import uk.gov.ects.desk.gui.schools.SchoolsViewModel;

class SearchViewModelTest {

    private final FakeCache cache = TestData.cacheWithOneOfEach();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final SchoolsViewModel schools = new SchoolsViewModel(cache, executor, TestData.CLOCK);

    @Test
    @DisplayName("Typing quickly runs one search, for the last text, after the pause")
    void debouncesTyping() {
        schools.searchTextProperty().set("o");
        schools.searchTextProperty().set("oa");
        schools.searchTextProperty().set("oak");
        assertEquals(0, cache.callsStartingWith("countSchools"), "nothing searched while typing");
        assertEquals(1, executor.pendingScheduledCount());

        executor.runScheduled();

        assertEquals(1, cache.callsStartingWith("countSchools"));
        assertEquals(1, cache.callsStartingWith("countSchools:oak"));
        assertEquals("1 school", schools.resultCountProperty().get());
        assertEquals("oak", schools.shownText());
    }

    @Test
    @DisplayName("A slow answer to an older search never replaces a newer one")
    void dropsStaleResults() {
        executor.holdTasks();
        schools.searchTextProperty().set("elm");
        schools.searchNow();
        schools.searchTextProperty().set("");
        schools.searchNow();
        assertEquals(2, executor.heldTaskCount());

        executor.runHeld(1); // the newer search ("" = all schools) answers first
        executor.runHeld(0); // then the older one ("elm")

        assertEquals("2 schools", schools.resultCountProperty().get());
        assertEquals(2, schools.rowsProperty().get().size());
    }

    @Test
    @DisplayName("Rows come from the cache page by page, not all at once")
    void pagesResults() {
        for (int i = 0; i < 450; i++) {
            cache.withSchool(TestData.school(String.valueOf(200000 + i), "Ash School " + i, true, false, java.util.List.of()));
        }
        schools.searchTextProperty().set("ash");
        schools.searchNow();

        assertEquals("450 schools", schools.resultCountProperty().get());
        assertEquals(0, cache.callsStartingWith("searchSchools"), "no rows read until the table asks");
        SchoolRow row = schools.rowsProperty().get().get(420).value();

        assertEquals("Ash School 420", row.name());
        assertEquals(1, cache.callsStartingWith("searchSchools:ash:400:50"));
    }

    @Test
    @DisplayName("A new search with as many results as the last still replaces the table's rows")
    void sameSizedResultsReplaceRows() {
        // A table is told of new rows only when the list changes; two lists of unread rows once
        // compared equal, so the table kept the old, emptied list and showed "Loading…" for ever.
        java.util.List<PagedRows<SchoolRow>> shown = new java.util.ArrayList<>();
        schools.rowsProperty().addListener((obs, old, rows) -> shown.add(rows));
        executor.holdTasks(); // as on a real machine, pages arrive later than the count

        schools.searchTextProperty().set("oak");
        schools.searchNow();
        executor.runHeld(0);
        schools.searchTextProperty().set("elm");
        schools.searchNow();
        executor.runHeld(executor.heldTaskCount() - 1);

        assertEquals(2, shown.size(), "the table is given the rows of both searches");
        shown.get(1).get(0); // the table asks for the first row; its page is read
        executor.runAllHeld();
        assertEquals("Elm Academy", shown.get(1).get(0).value().name());
    }

    @Test
    @DisplayName("Nothing found says so in plain words")
    void emptyResult() {
        schools.searchTextProperty().set("zzz");
        schools.searchNow();

        assertEquals("0 schools", schools.resultCountProperty().get());
        assertTrue(schools.tableMessageProperty().get().startsWith("No schools match “zzz”."));
    }

    @Test
    @DisplayName("Selecting a row shows its detail; the answer for an earlier selection is dropped")
    void detail() {
        schools.searchNow();
        SchoolRow oak = schools.rowsProperty().get().get(0).value();
        SchoolRow elm = schools.rowsProperty().get().get(1).value();
        assertEquals("Select a school to see the details.", schools.detailMessageProperty().get());

        executor.holdTasks();
        schools.select(oak);
        schools.select(elm);
        assertEquals("Loading details…", schools.detailMessageProperty().get());
        executor.runHeld(1);
        executor.runHeld(0);

        assertNotNull(schools.detailProperty().get());
        assertEquals("Elm Academy", schools.detailProperty().get().title());
    }

    @Test
    @DisplayName("A record gone from the cache since the search says what to do")
    void detailGone() {
        schools.select(new SchoolRow("999999", "Gone School", null, null, null));

        assertNull(schools.detailProperty().get());
        assertTrue(schools.detailMessageProperty().get().contains("no longer in the cache"));
    }
}
