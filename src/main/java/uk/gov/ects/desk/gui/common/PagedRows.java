package uk.gov.ects.desk.gui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * A read-only list that looks as long as the search result but holds only the pages a table has
 * asked for. A row not yet read is a placeholder ({@link Row#loading()}); its page is read from
 * the cache in the background and the list then reports those rows replaced. Pages are kept in a
 * small LRU, so scrolling through 400,000 rows never holds them all.
 */
public final class PagedRows<T> extends ObservableListBase<PagedRows.Row<T>> {

    public static final int DEFAULT_PAGE_SIZE = 200;
    public static final int DEFAULT_MAX_PAGES = 50;

    /** Reads one page; blocking, called on a background thread. */
    @FunctionalInterface
    public interface PageSource<T> {
        List<T> read(int offset, int limit);
    }

    /** One row of the table: its value, or nothing yet while its page is being read. */
    public record Row<T>(int index, T value, boolean failed) {
        public boolean loading() {
            return value == null && !failed;
        }
    }

    private final int size;
    private final int pageSize;
    private final PageSource<T> source;
    private final TaskExecutor executor;
    private final Map<Integer, List<T>> pages;
    private final Set<Integer> reading = new HashSet<>();
    private final Set<Integer> failed = new HashSet<>();
    private boolean disposed;

    public PagedRows(int size, PageSource<T> source, TaskExecutor executor) {
        this(size, DEFAULT_PAGE_SIZE, DEFAULT_MAX_PAGES, source, executor);
    }

    public PagedRows(int size, int pageSize, int maxPages, PageSource<T> source, TaskExecutor executor) {
        this.size = size;
        this.pageSize = pageSize;
        this.source = source;
        this.executor = executor;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
                return size() > maxPages;
            }
        };
    }

    public static <T> PagedRows<T> empty(TaskExecutor executor) {
        return new PagedRows<>(0, (offset, limit) -> List.of(), executor);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Row<T> get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        Row<T> row = cached(page, index);
        if (row != null) {
            return row;
        }
        if (failed.contains(page)) {
            return new Row<>(index, null, true);
        }
        read(page);
        Row<T> arrivedAtOnce = cached(page, index);
        return arrivedAtOnce != null ? arrivedAtOnce : new Row<>(index, null, false);
    }

    /**
     * Tables look rows up by identity (selection, focus); a full scan would read every page, so
     * only the row's own position is checked, without starting a read.
     */
    @Override
    public int indexOf(Object candidate) {
        if (candidate instanceof Row<?> row && row.index() >= 0 && row.index() < size
                && row.equals(withoutReading(row.index()))) {
            return row.index();
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object candidate) {
        return indexOf(candidate);
    }

    @Override
    public boolean contains(Object candidate) {
        return indexOf(candidate) >= 0;
    }

    private Row<T> withoutReading(int index) {
        int page = index / pageSize;
        Row<T> row = cached(page, index);
        return row != null ? row : new Row<>(index, null, failed.contains(page));
    }

    /**
     * Each list is one search's answer, equal only to itself. List equality would compare rows,
     * and two answers whose rows are still unread look alike: a property holding the list would
     * then not report the new one, leaving the table on the old list; the comparison would also
     * start a read of every page.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The value at {@code index} if its page is in memory; never starts a read. */
    public T peek(int index) {
        Row<T> row = cached(index / pageSize, index);
        return row == null ? null : row.value();
    }

    public int cachedPageCount() {
        return pages.size();
    }

    /** Stops delivering pages: the list has been replaced by a newer search. */
    public void dispose() {
        disposed = true;
        pages.clear();
    }

    private Row<T> cached(int page, int index) {
        List<T> rows = pages.get(page);
        if (rows == null) {
            return null;
        }
        int offsetInPage = index - page * pageSize;
        return offsetInPage < rows.size() ? new Row<>(index, rows.get(offsetInPage), false) : new Row<>(index, null, true);
    }

    private void read(int page) {
        if (disposed || !reading.add(page)) {
            return;
        }
        int offset = page * pageSize;
        int limit = Math.min(pageSize, size - offset);
        BackgroundTask.wrap(() -> source.read(offset, limit))
                .onSuccess(rows -> arrived(page, rows))
                .onFailure(problem -> {
                    reading.remove(page);
                    failed.add(page);
                    announce(page);
                })
                .executeWith(executor);
    }

    private void arrived(int page, List<T> rows) {
        reading.remove(page);
        if (disposed) {
            return;
        }
        pages.put(page, List.copyOf(rows));
        announce(page);
    }

    private void announce(int page) {
        int from = page * pageSize;
        int to = Math.min(size, from + pageSize);
        List<Row<T>> placeholders = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            placeholders.add(new Row<>(i, null, false));
        }
        beginChange();
        nextReplace(from, to, Collections.unmodifiableList(placeholders));
        endChange();
    }
}
