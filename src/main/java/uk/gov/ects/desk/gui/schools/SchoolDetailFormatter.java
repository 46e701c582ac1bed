package uk.gov.ects.desk.gui.schools;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.gov.ects.desk.client.api.dto.PartnershipSummaryDto;
import uk.gov.ects.desk.client.api.dto.PersonDto;
import uk.gov.ects.desk.client.api.dto.SchoolCohortDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.common.DetailSheet.Field;
import uk.gov.ects.desk.gui.common.DetailSheet.Section;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.gui.partnerships.DeadlineWording;

/** Puts a school into words for the detail pane. */
public final class SchoolDetailFormatter {

    public static final String COHORTS = "Cohorts";
    public static final String PRIVACY_POLICY = "Accepted the privacy policy";

    private final Clock clock;

    public SchoolDetailFormatter(Clock clock) {
        this.clock = clock;
    }

    public DetailSheet format(SchoolDto school) {
        List<Field> gias = List.of(
                new Field("Name", Wording.orNotRecorded(school.name())),
                new Field("URN", Wording.orNotRecorded(school.urn())),
                new Field("Address", address(school)),
                new Field("Postcode", Wording.orNotRecorded(school.postcode())),
                new Field("Local authority", localAuthority(school)),
                new Field("Type", Wording.orNotRecorded(school.establishmentTypeName())),
                new Field("Status", Wording.orNotRecorded(school.statusName())),
                new Field("Phase", Wording.orNotRecorded(school.phase())),
                new Field("Eligibility", eligibility(school)),
                // Already redacted by the service (ACC-3); shown exactly as sent.
                new Field("GIAS email", Wording.orNotRecorded(school.giasEmail())));
        List<Field> tutor = school.inductionTutor() == null
                ? List.of(new Field("Induction tutor", "No induction tutor nominated yet"))
                : List.of(new Field("Induction tutor", Wording.orNotRecorded(school.inductionTutor().fullName())),
                        new Field("Tutor email", Wording.orNotRecorded(school.inductionTutor().email())),
                        new Field(PRIVACY_POLICY, privacyPolicy(school.inductionTutor())));
        List<Field> mentors = List.of(new Field("Mentor pool", school.mentorPoolSize() == null
                ? Wording.NOT_RECORDED : Wording.count(school.mentorPoolSize(), "mentor", "mentors")));
        return new DetailSheet(Wording.orNotRecorded(school.name()),
                List.of(new Section("School (from GIAS)", gias), new Section("Induction tutor", tutor),
                        new Section("Mentors", mentors)),
                List.of(cohorts(school.cohorts())));
    }

    /** LOG-3: accepted on the tutor's first sign-in, so "Not yet" answers "has the tutor ever signed in?". */
    private static String privacyPolicy(PersonDto tutor) {
        return tutor.privacyPolicyAcceptedAt() == null ? "Not yet: the tutor has never signed in"
                : Wording.dateTime(tutor.privacyPolicyAcceptedAt());
    }

    /** "Eligible for FIP", "CIP only", or why the school cannot use the service. */
    static String eligibility(SchoolDto school) {
        if (Boolean.TRUE.equals(school.eligible())) {
            return "Eligible for FIP";
        }
        if (Boolean.TRUE.equals(school.cipOnly())) {
            return "CIP only (cannot choose the full induction programme)";
        }
        return "Not eligible: this school cannot use the service";
    }

    private DetailSheet.Table cohorts(List<SchoolCohortDto> cohorts) {
        LocalDate today = LocalDate.now(clock.withZone(Wording.UK));
        List<List<String>> rows = new ArrayList<>();
        for (SchoolCohortDto cohort : cohorts == null ? List.<SchoolCohortDto>of() : cohorts) {
            PartnershipSummaryDto partnership = cohort.partnership();
            rows.add(List.of(
                    String.valueOf(cohort.year()),
                    ProgrammeNames.of(cohort.programmeChoice()),
                    cohort.submittedAt() == null ? "Not submitted" : Wording.dateTime(cohort.submittedAt()),
                    cohort.appropriateBodyName() == null ? "Not appointed yet" : cohort.appropriateBodyName(),
                    partnership == null ? "No partnership" : providers(partnership),
                    partnership == null ? "" : Wording.humanise(partnership.status()),
                    partnership == null ? "" : DeadlineWording.withDate(partnership.challengeDeadline(), today)));
        }
        return new DetailSheet.Table(COHORTS,
                List.of("Cohort", "Programme", "Submitted", "Appropriate body", "Lead provider / delivery partner",
                        "Partnership", "Challenge deadline"),
                rows, "This school has not set up any cohorts yet.");
    }

    private static String providers(PartnershipSummaryDto partnership) {
        return Wording.orNotRecorded(partnership.leadProviderName()) + " / "
                + Wording.orNotRecorded(partnership.deliveryPartnerName());
    }

    private static String address(SchoolDto school) {
        String joined = Stream.of(school.addressLine1(), school.addressLine2(), school.addressLine3())
                .filter(Objects::nonNull).filter(line -> !line.isBlank())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? Wording.NOT_RECORDED : joined;
    }

    private static String localAuthority(SchoolDto school) {
        if (school.localAuthorityName() == null) {
            return Wording.orNotRecorded(school.localAuthorityCode());
        }
        return school.localAuthorityCode() == null ? school.localAuthorityName()
                : school.localAuthorityName() + " (" + school.localAuthorityCode() + ")";
    }
}
