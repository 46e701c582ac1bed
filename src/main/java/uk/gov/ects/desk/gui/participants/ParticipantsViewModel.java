package uk.gov.ects.desk.gui.participants;

import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.gui.common.SearchSource;
import uk.gov.ects.desk.gui.common.SearchViewModel;
import uk.gov.ects.desk.gui.common.TaskExecutor;

/** The Participants tab: ECTs and mentors by name, TRN, email or id. */
public final class ParticipantsViewModel extends SearchViewModel<ParticipantRow, ParticipantDto> {

    public ParticipantsViewModel(CacheQueries cache, TaskExecutor executor) {
        super(source(cache), executor, new ParticipantDetailFormatter()::format,
                new Noun("participant", "participants"));
    }

    private static SearchSource<ParticipantRow, ParticipantDto> source(CacheQueries cache) {
        return new SearchSource<>() {
            @Override
            public int count(String text) {
                return cache.countParticipants(text);
            }

            @Override
            public List<ParticipantRow> page(String text, int offset, int limit) {
                return cache.searchParticipants(text, offset, limit);
            }

            @Override
            public Optional<ParticipantDto> detail(ParticipantRow row) {
                return cache.participant(row.id());
            }
        };
    }
}
