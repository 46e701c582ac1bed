package uk.gov.ects.desk.gui.partnerships;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.PartnershipRow;
import uk.gov.ects.desk.gui.common.SearchSource;
import uk.gov.ects.desk.gui.common.SearchViewModel;
import uk.gov.ects.desk.gui.common.TaskExecutor;

/** The Partnerships tab: by school URN or name, lead provider or delivery partner. */
public final class PartnershipsViewModel extends SearchViewModel<PartnershipRow, PartnershipDto> {

    public PartnershipsViewModel(CacheQueries cache, TaskExecutor executor, Clock clock) {
        super(source(cache), executor, new PartnershipDetailFormatter(clock)::format,
                new Noun("partnership", "partnerships"));
    }

    private static SearchSource<PartnershipRow, PartnershipDto> source(CacheQueries cache) {
        return new SearchSource<>() {
            @Override
            public int count(String text) {
                return cache.countPartnerships(text);
            }

            @Override
            public List<PartnershipRow> page(String text, int offset, int limit) {
                return cache.searchPartnerships(text, offset, limit);
            }

            @Override
            public Optional<PartnershipDto> detail(PartnershipRow row) {
                return cache.partnership(row.id());
            }
        };
    }
}
