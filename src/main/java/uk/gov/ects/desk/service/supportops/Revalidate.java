package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.rules.RuleViolation;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.teachers.Check;
import uk.gov.ects.desk.model.teachers.Eligibility;
import uk.gov.ects.desk.model.teachers.MatchRequest;
import uk.gov.ects.desk.model.teachers.MatchResult;
import uk.gov.ects.desk.model.teachers.TeacherRecord;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.teachers.TeacherRecordRegistry;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /participants/{id}/revalidation {trn, date_of_birth, nino?, known_as?}}: OVR-REVALIDATE
 * (CECT-6, CMEN-3). Nothing is cleared before the lookup: any outcome but a match refuses and leaves
 * the participant as it was, naming the checks that failed and never the record's own values. On a
 * match the TRN, date of birth, validation, QTS, induction start and (unless set by hand) eligibility
 * are updated. The NI number is only used for the lookup and never stored (X-PII).
 */
public final class Revalidate implements WriteOperation<Revalidate.Request> {

    public record Request(String participantId, String trn, LocalDate dateOfBirth, String nino, String knownAs) {
        @Override
        public String toString() {
            return "Revalidate.Request[" + participantId + "]"; // X-PII: never print the dob or NI number
        }
    }

    private final TeacherRecordRegistry teacherRecords;

    public Revalidate(TeacherRecordRegistry teacherRecords) {
        this.teacherRecords = teacherRecords;
    }

    @Override
    public Operation operation() {
        return Operation.OVR_REVALIDATE;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.path("id"), request.body().text("trn", 20),
                request.body().requiredDate("date_of_birth"), request.body().niNumber("nino"),
                request.body().text("known_as", 200));
    }

    @Override
    public Target guard(Request request) {
        return Target.participant(request.participantId());
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        Connection tx = ctx.tx();
        ParticipantRecords.Person person = ParticipantRecords.require(tx, request.participantId());
        MatchResult result = teacherRecords.match(new MatchRequest(request.trn(), request.dateOfBirth(), request.nino(),
                person.fullName(), request.knownAs()));
        if (!result.isMatch()) {
            throw refusal(result, request);
        }
        TeacherRecord record = result.record();
        Optional<String[]> holder = Sql.one(tx, "SELECT id, full_name FROM participants WHERE trn = ? AND id <> ? "
                + "AND merged_into IS NULL AND status <> 'withdrawn' ORDER BY id",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, record.trn(), person.id());
        if (holder.isPresent()) {
            throw Refusal.conflict("duplicate_trn", "OVR-REVALIDATE", "Another participant has this TRN",
                    "TRN " + record.trn() + " belongs to participant " + holder.get()[0] + " (" + holder.get()[1]
                            + "). These look like the same teacher: merge the two records (OVR-MERGE) instead.",
                    "/trn");
        }

        Eligibility eligibility = person.eligibilityManual()
                ? new Eligibility(person.eligibilityStatus(), person.eligibilityReason())
                : EligibilityCheck.assess(tx, person, record);
        LocalDate inductionStart = record.inductionStartDate() != null ? record.inductionStartDate()
                : person.inductionStartDate();
        Sql.update(tx, "UPDATE participants SET trn = ?, date_of_birth = ?, validation_status = 'validated', "
                + "validation_checked_at = ?, qts_date = ?, induction_start_date = ?, eligibility_status = ?, "
                + "eligibility_reason = ? WHERE id = ?", record.trn(), request.dateOfBirth(), ctx.now(), record.qtsDate(),
                inductionStart, eligibility.status(), eligibility.reason(), person.id());

        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("trn", person.trn(), record.trn()));
        // X-PII: the history says the date of birth changed, never what it is.
        boolean dobChanged = !request.dateOfBirth().equals(person.dateOfBirth());
        changes.add(FieldChange.of("date_of_birth", dobChanged ? "on file" : null, dobChanged ? "corrected" : null));
        changes.add(FieldChange.of("validation.status", person.validationStatus(), "validated"));
        changes.add(FieldChange.of("qts_date", person.qtsDate(), record.qtsDate()));
        changes.add(FieldChange.of("induction_start_date", person.inductionStartDate(), inductionStart));
        changes.add(FieldChange.of("eligibility.status", person.eligibilityStatus(), eligibility.status()));
        changes.add(FieldChange.of("eligibility.reason", person.eligibilityReason(), eligibility.reason()));
        ctx.changed(Target.participant(person.id()));
        ctx.audit(Target.participant(person.id()), changes);

        if (eligibility.isEligible() && !Eligibility.ELIGIBLE.equals(person.eligibilityStatus())) {
            SupportEmails.toInductionTutor(tx, SupportEmails.PARTICIPANT_ELIGIBLE, person.schoolUrn(), person.id(),
                    Map.of("participant_id", person.id(), "participant_name", person.fullName(), "trn", record.trn()))
                    .ifPresent(ctx::email);
        }
        return WriteResult.ok(Target.participant(person.id()));
    }

    /** Names the outcome and the failed checks, never a value from the record (teacher-records.md step 8). */
    private static RuleViolation refusal(MatchResult result, Request request) {
        return switch (result.outcome()) {
            case NAME_MISMATCH -> Refusal.rule("name_mismatch", "OVR-REVALIDATE", "The first name does not match",
                    "The TRN and date of birth match a teacher record but the first name does not. Ask the school "
                            + "for another name the teacher is known by and send it as known_as.", "/known_as");
            case TRN_AND_NINO_BLANK -> Refusal.rule("trn_and_nino_blank", "OVR-REVALIDATE", "Give a TRN or NI number",
                    "Enter the teacher's TRN, or their National Insurance number if they do not know it.", "/trn");
            case INVALID_TRN -> Refusal.rule("invalid_trn", "OVR-REVALIDATE", "That is not a TRN",
                    "A TRN has 5 to 7 digits. Check it with the teacher and send it again.", "/trn");
            case RECORD_NOT_ACTIVE -> Refusal.rule("record_not_active", "OVR-REVALIDATE",
                    "The teacher record is not active",
                    "The TRA record for these details is not active. Ask the teacher to contact the TRA.", "/trn");
            default -> Refusal.rule("no_match", "OVR-REVALIDATE", "No matching teacher record", noMatchDetail(result, request),
                    "/trn");
        };
    }

    private static String noMatchDetail(MatchResult result, Request request) {
        Set<Check> failed = EnumSet.noneOf(Check.class);
        failed.addAll(result.failed());
        if (failed.isEmpty()) {
            // No record was found at all: the TRN (and the NI number, when given) found nobody.
            failed.add(Check.TRN);
            if (request.nino() != null && !request.nino().isBlank()) {
                failed.add(Check.NI_NUMBER);
            }
        }
        return "These checks failed: " + failed.stream().map(Check::description).collect(Collectors.joining(", "))
                + ". Check them with the teacher and send them again; nothing was changed.";
    }
}
