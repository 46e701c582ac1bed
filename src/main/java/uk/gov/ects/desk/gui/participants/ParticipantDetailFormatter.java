package uk.gov.ects.desk.gui.participants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.gov.ects.desk.client.api.dto.InductionRecordDto;
import uk.gov.ects.desk.client.api.dto.MenteeDto;
import uk.gov.ects.desk.client.api.dto.MentorPoolDto;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.ValidationDto;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.common.DetailSheet.Field;
import uk.gov.ects.desk.gui.common.DetailSheet.Section;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.gui.schools.ProgrammeNames;

/** Puts an ECT or mentor into words. The date of birth is never shown (X-PII), only whether it is on file. */
public final class ParticipantDetailFormatter {

    public static final String INDUCTION_RECORDS = "Induction records";
    public static final String MENTEES = "Mentees";
    public static final String MENTOR_POOLS = "Mentor pools";

    public DetailSheet format(ParticipantDto participant) {
        boolean mentor = "mentor".equals(participant.type());
        List<Field> person = List.of(
                new Field("Name", Wording.orNotRecorded(participant.fullName())),
                new Field("Type", type(participant.type())),
                new Field("TRN", Wording.orNotRecorded(participant.trn())),
                new Field("Emails", emails(participant)),
                new Field("Date of birth on file", Wording.yesNo(participant.dateOfBirthOnFile())));
        List<Field> training = new ArrayList<>(List.of(
                new Field("School", school(participant.schoolName(), participant.schoolUrn())),
                new Field("Cohort", Wording.orNotRecorded(participant.cohort())),
                new Field("Status", Wording.humanise(participant.status())),
                new Field("Induction start", Wording.date(participant.inductionStartDate())),
                new Field("QTS", participant.qtsDate() == null ? "No QTS recorded" : Wording.date(participant.qtsDate())),
                new Field("Validation", validation(participant.validation())),
                new Field("Eligibility", EligibilityWords.of(participant.eligibility()))));
        if (!mentor) {
            training.add(new Field("Mentor", participant.mentor() == null ? "No mentor assigned"
                    : Wording.orNotRecorded(participant.mentor().fullName())));
        }
        List<DetailSheet.Table> tables = new ArrayList<>();
        if (mentor) {
            tables.add(mentees(participant.mentees()));
            tables.add(pools(participant.mentorPools()));
        }
        tables.add(inductionRecords(participant.inductionRecords()));
        return new DetailSheet(Wording.orNotRecorded(participant.fullName()),
                List.of(new Section("Person", person), new Section("Training", List.copyOf(training))),
                List.copyOf(tables));
    }

    static String type(String code) {
        if (code == null) {
            return Wording.NOT_RECORDED;
        }
        return switch (code) {
            case "ect" -> "ECT (early career teacher)";
            case "mentor" -> "Mentor";
            default -> Wording.humanise(code);
        };
    }

    static String validation(ValidationDto validation) {
        if (validation == null || validation.status() == null) {
            return "Not checked yet";
        }
        String words = switch (validation.status()) {
            case "validated" -> "Matches the teacher record";
            case "name_mismatch" -> "Name does not match the teacher record";
            case "not_validated" -> "Not matched to a teacher record";
            default -> Wording.humanise(validation.status());
        };
        return validation.checkedAt() == null ? words : words + " (checked " + Wording.dateTime(validation.checkedAt()) + ")";
    }

    private static String emails(ParticipantDto participant) {
        List<String> emails = participant.emails() != null && !participant.emails().isEmpty()
                ? participant.emails()
                : participant.email() == null ? List.of() : List.of(participant.email());
        return emails.isEmpty() ? Wording.NOT_RECORDED : String.join(", ", emails);
    }

    private static String school(String name, String urn) {
        if (name == null) {
            return urn == null ? "No school" : "URN " + urn;
        }
        return urn == null ? name : name + " (URN " + urn + ")";
    }

    private static DetailSheet.Table mentees(List<MenteeDto> mentees) {
        List<List<String>> rows = new ArrayList<>();
        for (MenteeDto mentee : mentees == null ? List.<MenteeDto>of() : mentees) {
            rows.add(List.of(Wording.orNotRecorded(mentee.fullName()), Wording.orNotRecorded(mentee.schoolUrn())));
        }
        return new DetailSheet.Table(MENTEES, List.of("Name", "School URN"), rows, "Not mentoring anyone at the moment.");
    }

    private static DetailSheet.Table pools(List<MentorPoolDto> pools) {
        List<List<String>> rows = new ArrayList<>();
        for (MentorPoolDto pool : pools == null ? List.<MentorPoolDto>of() : pools) {
            rows.add(List.of(Wording.orNotRecorded(pool.schoolName()), Wording.orNotRecorded(pool.schoolUrn())));
        }
        return new DetailSheet.Table(MENTOR_POOLS, List.of("School", "URN"), rows, "Not in any school's mentor pool.");
    }

    private static DetailSheet.Table inductionRecords(List<InductionRecordDto> records) {
        List<InductionRecordDto> inOrder = new ArrayList<>(records == null ? List.of() : records);
        inOrder.sort(Comparator.comparing(InductionRecordDto::startDate, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<List<String>> rows = new ArrayList<>();
        for (InductionRecordDto record : inOrder) {
            rows.add(List.of(
                    school(record.schoolName(), record.schoolUrn()),
                    Wording.orNotRecorded(record.cohort()),
                    ProgrammeNames.of(record.programme()),
                    providers(record),
                    record.appropriateBodyName() == null ? "Not appointed" : record.appropriateBodyName(),
                    record.mentorName() == null ? "None" : record.mentorName(),
                    Wording.humanise(record.inductionStatus()) + " / " + Wording.humanise(record.trainingStatus()),
                    period(record.startDate(), record.endDate())));
        }
        return new DetailSheet.Table(INDUCTION_RECORDS,
                List.of("School", "Cohort", "Programme", "Lead provider / delivery partner", "Appropriate body",
                        "Mentor", "Induction / training status", "Dates"),
                rows, "No induction records.");
    }

    private static String providers(InductionRecordDto record) {
        if (record.leadProviderName() == null && record.deliveryPartnerName() == null) {
            return "None";
        }
        return Wording.orNotRecorded(record.leadProviderName()) + " / " + Wording.orNotRecorded(record.deliveryPartnerName());
    }

    static String period(LocalDate start, LocalDate end) {
        return Wording.date(start) + " – " + (end == null ? "now" : Wording.date(end));
    }
}
