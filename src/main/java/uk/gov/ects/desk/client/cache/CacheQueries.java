package uk.gov.ects.desk.client.cache;

import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.client.api.dto.ResourceDto;
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

    // Added by the client data layer; defaults keep test fakes compiling.

    /** ECTs and mentors whose current induction record is at the school, by name. */
    default List<ParticipantRow> participantsAtSchool(String urn) {
        return List.of();
    }

    /** The school's partnerships, newest cohort first. */
    default List<PartnershipRow> partnershipsOfSchool(String urn) {
        return List.of();
    }

    /**
     * Reference data of one type ({@code cohort}, {@code lead_provider}, {@code delivery_partner},
     * {@code provider_pairing}, {@code appropriate_body}), by id; attributes as in docs/api-resources.md.
     */
    default List<ResourceDto> referenceData(String type) {
        return List.of();
    }

    /** Notes on a target such as {@code school:123456}, newest first. */
    default List<ResourceDto> notes(String target) {
        return List.of();
    }

    /** Emails sent about a school, newest first (X-NOTIFY). */
    default List<ResourceDto> emailsForSchool(String urn) {
        return List.of();
    }

    /** Emails sent about a participant, newest first. */
    default List<ResourceDto> emailsForParticipant(String participantId) {
        return List.of();
    }

    /**
     * The cached version of a {@code school}, {@code participant} or {@code partnership}: what a
     * write made on what the agent sees sends as If-Match.
     */
    default Optional<Long> version(String type, String id) {
        return Optional.empty();
    }

    /**
     * A cached {@code school}, {@code participant} or {@code partnership} as the service sent it
     * (attributes as in docs/api-resources.md): what a form's preview compares the service's answer with.
     */
    default Optional<ResourceDto> resource(String type, String id) {
        return Optional.empty();
    }

    /** Tickets with that status (all when null), newest first. */
    default List<ResourceDto> tickets(String status) {
        return List.of();
    }
}
