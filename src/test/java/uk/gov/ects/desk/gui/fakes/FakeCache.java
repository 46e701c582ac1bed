package uk.gov.ects.desk.gui.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.client.api.dto.ResourceDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.client.cache.PartnershipRow;
import uk.gov.ects.desk.client.cache.SchoolRow;

/** An in-memory cache: matches by case-insensitive "contains" and records what was asked. */
public final class FakeCache implements CacheQueries {

    public final List<SchoolDto> schools = new ArrayList<>();
    /** Participant id and record; the DTO itself carries no id. */
    public final List<Identified<ParticipantDto>> participants = new ArrayList<>();
    public final List<Identified<PartnershipDto>> partnerships = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    /** Reference data by type ({@code cohort}, {@code appropriate_body}, ...). */
    public final java.util.Map<String, List<ResourceDto>> reference = new java.util.HashMap<>();
    /** Cached versions by {@code type:id}; 1 when not set. */
    public final java.util.Map<String, Long> versions = new java.util.HashMap<>();

    public record Identified<T>(String id, T value) {
    }

    public FakeCache withSchool(SchoolDto school) {
        schools.add(school);
        return this;
    }

    public FakeCache withParticipant(String id, ParticipantDto participant) {
        participants.add(new Identified<>(id, participant));
        return this;
    }

    public FakeCache withPartnership(String id, PartnershipDto partnership) {
        partnerships.add(new Identified<>(id, partnership));
        return this;
    }

    @Override
    public synchronized List<SchoolRow> searchSchools(String text, int offset, int limit) {
        calls.add("searchSchools:" + text + ":" + offset + ":" + limit);
        return page(schoolMatches(text).map(FakeCache::row), offset, limit);
    }

    @Override
    public synchronized int countSchools(String text) {
        calls.add("countSchools:" + text);
        return (int) schoolMatches(text).count();
    }

    @Override
    public synchronized Optional<SchoolDto> school(String urn) {
        calls.add("school:" + urn);
        return schools.stream().filter(school -> school.urn().equals(urn)).findFirst();
    }

    @Override
    public synchronized List<ParticipantRow> searchParticipants(String text, int offset, int limit) {
        calls.add("searchParticipants:" + text + ":" + offset + ":" + limit);
        return page(participantMatches(text).map(FakeCache::participantRow), offset, limit);
    }

    @Override
    public synchronized int countParticipants(String text) {
        calls.add("countParticipants:" + text);
        return (int) participantMatches(text).count();
    }

    @Override
    public synchronized Optional<ParticipantDto> participant(String id) {
        calls.add("participant:" + id);
        return participants.stream().filter(p -> p.id().equals(id)).map(Identified::value).findFirst();
    }

    @Override
    public synchronized List<PartnershipRow> searchPartnerships(String text, int offset, int limit) {
        calls.add("searchPartnerships:" + text + ":" + offset + ":" + limit);
        return page(partnershipMatches(text).map(FakeCache::partnershipRow), offset, limit);
    }

    @Override
    public synchronized int countPartnerships(String text) {
        calls.add("countPartnerships:" + text);
        return (int) partnershipMatches(text).count();
    }

    @Override
    public synchronized Optional<PartnershipDto> partnership(String id) {
        calls.add("partnership:" + id);
        return partnerships.stream().filter(p -> p.id().equals(id)).map(Identified::value).findFirst();
    }

    public FakeCache withReference(String type, String id, com.google.gson.JsonObject attributes) {
        reference.computeIfAbsent(type, t -> new ArrayList<>()).add(new ResourceDto(id, type, 1L, attributes));
        return this;
    }

    @Override
    public synchronized List<ResourceDto> referenceData(String type) {
        return reference.getOrDefault(type, List.of());
    }

    @Override
    public synchronized List<ParticipantRow> participantsAtSchool(String urn) {
        return participants.stream().filter(p -> urn.equals(p.value().schoolUrn())).map(FakeCache::participantRow).toList();
    }

    @Override
    public synchronized Optional<Long> version(String type, String id) {
        return Optional.of(versions.getOrDefault(type + ":" + id, 1L));
    }

    /** The record as the service would send it: the DTO written back with the API's own JSON names. */
    @Override
    public synchronized Optional<ResourceDto> resource(String type, String id) {
        Optional<?> record = switch (type) {
            case "school" -> school(id);
            case "participant" -> participant(id);
            case "partnership" -> partnership(id);
            default -> Optional.empty();
        };
        return record.map(dto -> new ResourceDto(id, type, version(type, id).orElse(1L),
                uk.gov.ects.desk.client.api.ApiJson.gson().toJsonTree(dto).getAsJsonObject()));
    }

    public synchronized long callsStartingWith(String prefix) {
        return calls.stream().filter(call -> call.startsWith(prefix)).count();
    }

    private Stream<SchoolDto> schoolMatches(String text) {
        return schools.stream().filter(matches(text, s -> s.urn() + " " + s.name() + " " + s.postcode()));
    }

    private Stream<Identified<ParticipantDto>> participantMatches(String text) {
        return participants.stream().filter(matches(text, p -> p.id() + " " + p.value().fullName() + " " + p.value().trn()));
    }

    private Stream<Identified<PartnershipDto>> partnershipMatches(String text) {
        return partnerships.stream().filter(matches(text, p -> p.value().schoolUrn() + " " + p.value().schoolName()
                + " " + p.value().leadProviderName() + " " + p.value().deliveryPartnerName()));
    }

    private static <T> Predicate<T> matches(String text, java.util.function.Function<T, String> haystack) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return item -> needle.isEmpty() || haystack.apply(item).toLowerCase(Locale.ROOT).contains(needle);
    }

    private static <T> List<T> page(Stream<T> rows, int offset, int limit) {
        return rows.skip(offset).limit(limit).toList();
    }

    private static SchoolRow row(SchoolDto school) {
        return new SchoolRow(school.urn(), school.name(), school.localAuthorityName(), school.postcode(),
                school.inductionTutor() == null ? null : school.inductionTutor().fullName());
    }

    private static ParticipantRow participantRow(Identified<ParticipantDto> participant) {
        ParticipantDto p = participant.value();
        return new ParticipantRow(participant.id(), p.fullName(), p.type(), p.trn(), p.schoolName(), p.cohort(), p.status());
    }

    private static PartnershipRow partnershipRow(Identified<PartnershipDto> partnership) {
        PartnershipDto p = partnership.value();
        return new PartnershipRow(partnership.id(), p.schoolUrn(), p.schoolName(), p.cohort(), p.leadProviderName(),
                p.deliveryPartnerName(), p.status(), p.challengeDeadline());
    }
}
