package uk.gov.ects.desk.gui.operations;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.gov.ects.desk.client.api.dto.InductionRecordDto;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.ResourceDto;
import uk.gov.ects.desk.client.api.dto.SchoolCohortDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBody;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBodyType;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.participants.ParticipantType;
import uk.gov.ects.desk.model.partnerships.Pairing;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;

/**
 * What forms read from the cache, turned into what the model rules take. Blocking: forms are built
 * in a background task, and lookups while typing run there too.
 */
public final class FormContext {

    private final CacheQueries cache;
    private final Clock clock;

    public FormContext(CacheQueries cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    public CacheQueries cache() {
        return cache;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Wording.UK));
    }

    public SchoolDto school(String urn) {
        return cache.school(urn).orElseThrow(() -> new MissingRecordException("school " + urn));
    }

    public ParticipantDto participant(String id) {
        return cache.participant(id).orElseThrow(() -> new MissingRecordException("participant " + id));
    }

    /** The cached attributes of a school, participant or partnership, for the preview's "before". */
    public Optional<JsonObject> recordNow(String type, String id) {
        return cache.resource(type, id).map(ResourceDto::attributes);
    }

    public Long version(String type, String id) {
        return cache.version(type, id).orElse(null);
    }

    // ---- reference data -----------------------------------------------------------------------------

    public List<AppropriateBody> appropriateBodies() {
        return cache.referenceData("appropriate_body").stream().map(body -> new AppropriateBody(body.id(),
                text(body.attributes(), "name"),
                AppropriateBodyType.fromCode(text(body.attributes(), "type")).orElse(AppropriateBodyType.TEACHING_SCHOOL_HUB),
                integer(body.attributes(), "disabled_from_year"))).toList();
    }

    public Set<Pairing> pairings() {
        Set<Pairing> pairings = new HashSet<>();
        for (ResourceDto pairing : cache.referenceData("provider_pairing")) {
            Integer cohort = integer(pairing.attributes(), "cohort");
            if (cohort != null) {
                pairings.add(new Pairing(cohort, text(pairing.attributes(), "lead_provider_id"),
                        text(pairing.attributes(), "delivery_partner_id")));
            }
        }
        return pairings;
    }

    /** Cohort year to the day its registration opens (null when the cache does not say). */
    public Map<Integer, LocalDate> cohorts() {
        Map<Integer, LocalDate> cohorts = new TreeMap<>(Comparator.reverseOrder());
        for (ResourceDto cohort : cache.referenceData("cohort")) {
            Integer year = integer(cohort.attributes(), "year");
            String opens = text(cohort.attributes(), "registration_opens");
            if (year != null) {
                cohorts.put(year, opens == null ? null : LocalDate.parse(opens));
            }
        }
        return cohorts;
    }

    /** Reference names by id, for {@code lead_provider} or {@code delivery_partner}. */
    public Map<String, String> names(String type) {
        return cache.referenceData(type).stream().collect(Collectors.toMap(ResourceDto::id,
                r -> Optional.ofNullable(text(r.attributes(), "name")).orElse(r.id()), (a, b) -> a, TreeMap::new));
    }

    // ---- records as the rules see them ------------------------------------------------------------

    public static SchoolCohortState cohortState(SchoolDto school, int year) {
        return cohort(school, year).map(c -> new SchoolCohortState(year,
                ProgrammeChoice.fromCode(c.programmeChoice()).orElse(null), c.submittedAt(),
                c.partnership() != null && "active".equals(c.partnership().status())))
                .orElse(SchoolCohortState.notSetUp(year));
    }

    public static Optional<SchoolCohortDto> cohort(SchoolDto school, int year) {
        return school.cohorts() == null ? Optional.empty()
                : school.cohorts().stream().filter(c -> c.year() == year).findFirst();
    }

    /** The current induction record: the latest open one, else the latest (docs/api-resources.md). */
    public static Optional<InductionRecordDto> currentRecord(ParticipantDto participant) {
        List<InductionRecordDto> records = participant.inductionRecords() == null ? List.of()
                : participant.inductionRecords();
        for (int i = records.size() - 1; i >= 0; i--) {
            if (records.get(i).endDate() == null) {
                return Optional.of(records.get(i));
            }
        }
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    /** The cache does not know about declarations; the service checks those. */
    public static ParticipantState state(String id, ParticipantDto participant) {
        Optional<InductionRecordDto> record = currentRecord(participant);
        return new ParticipantState(id, "mentor".equals(participant.type()) ? ParticipantType.MENTOR : ParticipantType.ECT,
                participant.schoolUrn(), participant.cohort() == null ? 0 : participant.cohort(),
                record.flatMap(r -> InductionStatus.fromCode(r.inductionStatus()))
                        .or(() -> InductionStatus.fromCode(participant.status())).orElse(InductionStatus.ACTIVE),
                record.map(InductionRecordDto::startDate).orElse(null), record.map(InductionRecordDto::endDate).orElse(null),
                participant.mentor() == null ? null : participant.mentor().id(), false);
    }

    public static Set<String> pools(ParticipantDto participant) {
        return participant.mentorPools() == null ? Set.of()
                : participant.mentorPools().stream().map(pool -> pool.schoolUrn()).collect(Collectors.toSet());
    }

    static String text(JsonObject object, String name) {
        JsonElement value = object == null ? null : object.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    static Integer integer(JsonObject object, String name) {
        JsonElement value = object == null ? null : object.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsInt();
    }

    /** The record the form is for is not in the cache (any more). */
    public static final class MissingRecordException extends RuntimeException {
        public MissingRecordException(String what) {
            super("The " + what + " is not in the cache any more. Search again after the next sync.");
        }
    }
}
