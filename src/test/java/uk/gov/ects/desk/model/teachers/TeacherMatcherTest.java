package uk.gov.ects.desk.model.teachers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeacherMatcherTest {

    private static final LocalDate DOB = LocalDate.of(1995, 4, 12);
    private static final TeacherRecord JANE = record("1234567", "Jane Smith", DOB, "QQ123456C", "Active");
    private static final TeacherRecord OMAR = record("0012345", "Omar Khan", LocalDate.of(1990, 1, 2), "AB111111A", "Active");
    private static final TeacherRecord GONE = record("7777777", "Lee Gone", DOB, null, "Inactive");

    private static final TeacherRecordLookup REGISTRY = new TeacherRecordLookup() {
        private final List<TeacherRecord> records = List.of(JANE, OMAR, GONE);

        @Override
        public Optional<TeacherRecord> byTrn(String trn) {
            return records.stream().filter(r -> r.trn().equals(trn)).findFirst();
        }

        @Override
        public Optional<TeacherRecord> byNinoAndBirthDate(String nino, LocalDate dateOfBirth) {
            return records.stream()
                    .filter(r -> r.niNumber() != null && r.niNumber().equalsIgnoreCase(nino.replace(" ", "")))
                    .filter(r -> r.dateOfBirth().equals(dateOfBirth))
                    .findFirst();
        }
    };

    private static TeacherRecord record(String trn, String name, LocalDate dob, String nino, String state) {
        return new TeacherRecord(trn, name, dob, nino, state, false, LocalDate.of(2026, 7, 1), null, null, null);
    }

    private static MatchResult match(String trn, LocalDate dob, String nino, String name, String knownAs) {
        return TeacherMatcher.match(new MatchRequest(trn, dob, nino, name, knownAs), REGISTRY);
    }

    @Test
    void trnDateOfBirthAndFirstNameMatch() {
        // rule: ECT-2
        MatchResult result = match("1234567", DOB, null, "jane smith", null);
        assertEquals(MatchOutcome.MATCH, result.outcome());
        assertEquals(EnumSet.of(Check.TRN, Check.DATE_OF_BIRTH, Check.NAME), result.passed());
    }

    @Test
    void titleIsIgnoredAndShortTrnIsPadded() {
        // rule: MEN-2
        assertEquals(MatchOutcome.MATCH, match("12345", LocalDate.of(1990, 1, 2), null, "Dr. Omar Khan", null).outcome());
        assertEquals(MatchOutcome.MATCH, match("RP 12-345", LocalDate.of(1990, 1, 2), null, "Mr Omar K", null).outcome());
    }

    @Test
    void differentFirstNameAsksForAnotherName() {
        // rule: ECT-3
        MatchResult result = match("1234567", DOB, null, "Janet Smith", null);
        assertEquals(MatchOutcome.NAME_MISMATCH, result.outcome());
        assertEquals(EnumSet.of(Check.NAME), result.failed());
        // rule: MEN-3 — retried with the name she is known by
        assertEquals(MatchOutcome.MATCH, match("1234567", DOB, null, "Janet Smith", "Jane").outcome());
    }

    @Test
    void nameThatIsOnlyATitleNeverMatches() {
        // rule: ECT-3
        assertEquals(MatchOutcome.NAME_MISMATCH, match("1234567", DOB, null, "Mrs", null).outcome());
    }

    @Test
    void wrongTrnIsFoundAgainByNiNumber() {
        // rule: ECT-2 — a typo in the TRN, but the NI number and date of birth find her
        MatchResult result = match("7654321", DOB, "qq 12 34 56 c", "Jane Smith", null);
        assertEquals(MatchOutcome.MATCH, result.outcome());
        assertEquals("1234567", result.record().trn());
    }

    @Test
    void trnOfSomeoneElseWithNiNumberRetriesByNiNumber() {
        // rule: OVR-REVALIDATE — Omar's TRN typed for Jane, with Jane's NI number
        MatchResult result = match("0012345", DOB, "QQ123456C", "Jane Smith", null);
        assertEquals(MatchOutcome.MATCH, result.outcome());
        assertEquals("1234567", result.record().trn());
    }

    @Test
    void noMatchNamesFailedChecksButNeverTheRecord() {
        // rule: ECT-4
        MatchResult result = match("0012345", DOB, null, "Jane Smith", null);
        assertEquals(MatchOutcome.NO_MATCH, result.outcome());
        assertNull(result.record(), "a random TRN must not reveal whose record it is");
        assertEquals(EnumSet.of(Check.DATE_OF_BIRTH, Check.NAME), result.failed());
    }

    @Test
    void blankTrnAndNinoAndBadTrnAndInactiveRecord() {
        // rule: ECT-4
        assertEquals(MatchOutcome.TRN_AND_NINO_BLANK, match(" ", DOB, "", "Jane Smith", null).outcome());
        assertEquals(MatchOutcome.INVALID_TRN, match("1234", DOB, null, "Jane Smith", null).outcome());
        assertEquals(MatchOutcome.INVALID_TRN, match("12345678", DOB, null, "Jane Smith", null).outcome());
        assertEquals(MatchOutcome.RECORD_NOT_ACTIVE, match("7777777", DOB, null, "Lee Gone", null).outcome());
        assertEquals(MatchOutcome.NO_MATCH, match("9999999", DOB, null, "Jane Smith", null).outcome());
    }

    @Test
    void blankTrnIsLookedUpByNiNumberAlone() {
        // rule: ECT-2
        assertEquals(MatchOutcome.MATCH, match("", DOB, "QQ123456C", "Jane Smith", null).outcome());
    }
}
