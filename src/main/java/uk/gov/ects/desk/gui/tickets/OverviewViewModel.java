package uk.gov.ects.desk.gui.tickets;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.cache.TicketQueries;
import uk.gov.ects.desk.gui.common.BackgroundTask;
import uk.gov.ects.desk.gui.common.TaskExecutor;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.model.tickets.TicketAge;

/**
 * The Overview tab's figures: open tickets by category, open tickets by age band (weekday time,
 * as the targets count it), and tickets resolved per day over the last two weeks (UK days).
 */
public final class OverviewViewModel {

    public static final int DAYS = 14;

    private static final Logger LOG = LoggerFactory.getLogger(OverviewViewModel.class);

    /** One bar or point: its label and how many. */
    public record Bar(String label, int count) {
    }

    private final TicketQueries queries;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone = Wording.UK;
    private final ReadOnlyObjectWrapper<List<Bar>> byCategory = new ReadOnlyObjectWrapper<>(this, "byCategory", List.of());
    private final ReadOnlyObjectWrapper<List<Bar>> byAge = new ReadOnlyObjectWrapper<>(this, "byAge", List.of());
    private final ReadOnlyObjectWrapper<List<Bar>> resolvedPerDay = new ReadOnlyObjectWrapper<>(this, "resolvedPerDay", List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Loading…");
    private long sequence;

    public OverviewViewModel(TicketQueries queries, TaskExecutor executor, Clock clock) {
        this.queries = queries;
        this.executor = executor;
        this.clock = clock;
    }

    private record Figures(List<Bar> categories, List<Bar> ages, List<Bar> resolved, int open) {
    }

    public void refresh() {
        long mine = ++sequence;
        BackgroundTask.wrap(this::figures)
                .onSuccess(figures -> {
                    if (mine == sequence) {
                        byCategory.set(figures.categories());
                        byAge.set(figures.ages());
                        resolvedPerDay.set(figures.resolved());
                        int resolved = figures.resolved().stream().mapToInt(Bar::count).sum();
                        summary.set(Wording.count(figures.open(), "open ticket", "open tickets") + "; "
                                + Wording.count(resolved, "ticket", "tickets") + " resolved in the last " + DAYS + " days.");
                    }
                })
                .onFailure(problem -> {
                    if (mine == sequence) {
                        LOG.warn("Reading the ticket figures failed", problem);
                        summary.set("Could not read the ticket figures from the cache. They are read again after the next sync.");
                    }
                })
                .executeWith(executor);
    }

    private Figures figures() {
        Instant now = clock.instant();
        List<Bar> categories = new ArrayList<>();
        queries.openByCategory().forEach((code, count) -> categories.add(new Bar(TicketCategories.name(code), count)));

        Map<TicketAge.Band, Integer> bands = new EnumMap<>(TicketAge.Band.class);
        for (TicketAge.Band band : TicketAge.Band.values()) {
            bands.put(band, 0);
        }
        List<Instant> open = queries.openReceivedTimes();
        for (Instant received : open) {
            bands.merge(TicketAge.of(received, null, now, zone).band(), 1, Integer::sum);
        }
        List<Bar> ages = bands.entrySet().stream().map(e -> new Bar(e.getKey().label(), e.getValue())).toList();

        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            perDay.put(day, 0);
        }
        for (Instant resolved : queries.resolvedTimes(first.atStartOfDay(zone).toInstant(), now.plusMillis(1))) {
            perDay.computeIfPresent(resolved.atZone(zone).toLocalDate(), (day, count) -> count + 1);
        }
        List<Bar> resolved = perDay.entrySet().stream().map(e -> new Bar(dayLabel(e.getKey()), e.getValue())).toList();
        return new Figures(List.copyOf(categories), ages, resolved, open.size());
    }

    /** "Thu 1 Oct": short enough for a chart axis. */
    private static String dayLabel(LocalDate day) {
        String weekday = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK);
        String date = Wording.date(day);
        return weekday + " " + date.substring(0, date.lastIndexOf(' '));
    }

    public ReadOnlyObjectProperty<List<Bar>> byCategoryProperty() {
        return byCategory.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Bar>> byAgeProperty() {
        return byAge.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Bar>> resolvedPerDayProperty() {
        return resolvedPerDay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
