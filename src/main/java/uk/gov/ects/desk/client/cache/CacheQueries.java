package uk.gov.ects.desk.client.cache;

import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;

/**
 * What the desktop app reads from the local cache. Every search uses an index (no table scans)
 * and returns one page, so a table of 400,000 rows never sits in memory. Blocking: call it from a
 * background task, never on the JavaFX thread.
 */
public interface CacheQueries {

    /** Schools by URN, name, postcode or SIT email; blank text means all schools by name. */
    List<SchoolRow> searchSchools(String text, int offset, int limit);

    int countSchools(String text);

    Optional<SchoolDto> school(String urn);

    /** Participants by name, TRN, email or id; blank text means all by name. */
    List<ParticipantRow> searchParticipants(String text, int offset, int limit);

    int countParticipants(String text);

    Optional<ParticipantDto> participant(String id);

    /** Partnerships by school URN or name, lead provider or delivery partner name. */
    List<PartnershipRow> searchPartnerships(String text, int offset, int limit);

    int countPartnerships(String text);

    Optional<PartnershipDto> partnership(String id);
}
