package uk.gov.ects.desk.gui.schools;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.SchoolRow;
import uk.gov.ects.desk.gui.common.SearchSource;
import uk.gov.ects.desk.gui.common.SearchViewModel;
import uk.gov.ects.desk.gui.common.TaskExecutor;

/** The Schools tab: search by URN, name, postcode or SIT email; detail with cohorts. */
public final class SchoolsViewModel extends SearchViewModel<SchoolRow, SchoolDto> {

    public SchoolsViewModel(CacheQueries cache, TaskExecutor executor, Clock clock) {
        super(source(cache), executor, new SchoolDetailFormatter(clock)::format, new Noun("school", "schools"));
    }

    private static SearchSource<SchoolRow, SchoolDto> source(CacheQueries cache) {
        return new SearchSource<>() {
            @Override
            public int count(String text) {
                return cache.countSchools(text);
            }

            @Override
            public List<SchoolRow> page(String text, int offset, int limit) {
                return cache.searchSchools(text, offset, limit);
            }

            @Override
            public Optional<SchoolDto> detail(SchoolRow row) {
                return cache.school(row.urn());
            }
        };
    }
}
