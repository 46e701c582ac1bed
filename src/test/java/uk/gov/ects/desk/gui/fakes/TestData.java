package uk.gov.ects.desk.gui.fakes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import uk.gov.ects.desk.client.api.dto.EligibilityDto;
import uk.gov.ects.desk.client.api.dto.InductionRecordDto;
import uk.gov.ects.desk.client.api.dto.MenteeDto;
import uk.gov.ects.desk.client.api.dto.MentorPoolDto;
import uk.gov.ects.desk.client.api.dto.NamedRefDto;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.client.api.dto.PartnershipSummaryDto;
import uk.gov.ects.desk.client.api.dto.PersonDto;
import uk.gov.ects.desk.client.api.dto.SchoolCohortDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.api.dto.ValidationDto;

/** Small, realistic records for GUI tests. Today is 1 Oct 2026 (dataset.md's demo clock). */
public final class TestData {

    public static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestData() {
    }

    public static SchoolDto oakPrimary() {
        return school("100001", "Oak Primary", true, false, List.of(
                new SchoolCohortDto(2026, "full_induction_programme", Instant.parse("2026-05-01T10:00:00Z"),
                        "ab-tsh-1", "Alpha Teaching School Hub",
                        new PartnershipSummaryDto("p-1", "lp-ambition", "Ambition Institute", "dp-north",
                                "North Teaching Partnership", "active", LocalDate.of(2026, 12, 1))),
                new SchoolCohortDto(2025, "core_induction_programme", Instant.parse("2025-05-01T10:00:00Z"),
                        null, null, null)));
    }

    public static SchoolDto school(String urn, String name, boolean eligible, boolean cipOnly, List<SchoolCohortDto> cohorts) {
        return new SchoolDto(urn, name, "10000" + urn, "201", "City of London", 1, "Community school", 1, "Open",
                "Primary", "1 Oak Street", null, "London", "EC1A 1AA", "E09000001", false, "o****e@oak.sch.uk",
                eligible, cipOnly, true, new PersonDto("Pat Tutor", "pat@oak.sch.uk"), cohorts, 3);
    }

    public static ParticipantDto janeSmith() {
        return new ParticipantDto("Jane Smith", "ect", "1234567", "jane@oak.sch.uk",
                List.of("jane@oak.sch.uk", "jane.smith@elm.sch.uk"), true, "100001", "Oak Primary", 2026, "active",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 7, 1),
                new ValidationDto("validated", Instant.parse("2026-09-02T10:00:00Z")),
                new EligibilityDto("manual_check", "no_qts", true),
                List.of(
                        record("ir-2", "100001", "Oak Primary", LocalDate.of(2026, 9, 1), null, "active"),
                        record("ir-1", "100002", "Elm Academy", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), "left")),
                new NamedRefDto("pp-2", "Max Mentor"), List.of(), List.of(), List.of());
    }

    public static ParticipantDto maxMentor() {
        return new ParticipantDto("Max Mentor", "mentor", "7654321", "max@oak.sch.uk", List.of("max@oak.sch.uk"), true,
                "100001", "Oak Primary", 2026, "active", null, LocalDate.of(2010, 7, 1),
                new ValidationDto("validated", null), new EligibilityDto("eligible", "none", false),
                List.of(record("ir-3", "100001", "Oak Primary", LocalDate.of(2026, 9, 1), null, "active")), null,
                List.of(new MentorPoolDto("100001", "Oak Primary")), List.of(new MenteeDto("pp-1", "Jane Smith", "100001")),
                List.of());
    }

    public static InductionRecordDto record(String id, String urn, String school, LocalDate start, LocalDate end,
            String inductionStatus) {
        return new InductionRecordDto(id, urn, school, start.getYear(), "full_induction_programme", "lp-ambition",
                "Ambition Institute", "dp-north", "North Teaching Partnership", "ab-tsh-1", "Alpha Teaching School Hub",
                "pp-2", "Max Mentor", inductionStatus, "active", start, end);
    }

    public static PartnershipDto partnership(String status, LocalDate deadline) {
        return new PartnershipDto("100001", "Oak Primary", 2026, "lp-ambition", "Ambition Institute", "dp-north",
                "North Teaching Partnership", Instant.parse("2026-06-01T10:00:00Z"), deadline, status,
                "challenged".equals(status) ? "another_provider" : null,
                "challenged".equals(status) ? Instant.parse("2026-09-20T10:00:00Z") : null);
    }

    public static FakeCache cacheWithOneOfEach() {
        return new FakeCache()
                .withSchool(oakPrimary())
                .withSchool(school("100002", "Elm Academy", false, true, List.of()))
                .withParticipant("pp-1", janeSmith())
                .withParticipant("pp-2", maxMentor())
                .withPartnership("p-1", partnership("active", LocalDate.of(2026, 10, 13)));
    }
}
