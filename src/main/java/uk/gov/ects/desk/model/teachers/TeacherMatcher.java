package uk.gov.ects.desk.model.teachers;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Matches a teacher against the TRA record (teacher-records.md; ECT-2, ECT-3, ECT-4, MEN-2, OVR-REVALIDATE). */
public final class TeacherMatcher {

    private static final Pattern TITLE = Pattern.compile("^(mr|mrs|miss|ms|dr|prof|rev)\\.?$");
    private static final int CHECKS_FOR_A_MATCH = 3;

    private TeacherMatcher() {
    }

    public static MatchResult match(MatchRequest request, TeacherRecordLookup lookup) {
        boolean trnBlank = isBlank(request.trn());
        boolean ninoBlank = isBlank(request.nino());
        if (trnBlank && ninoBlank) {
            return failure(MatchOutcome.TRN_AND_NINO_BLANK);
        }
        Optional<TeacherRecord> found;
        if (trnBlank) {
            found = lookup.byNinoAndBirthDate(request.nino(), request.dateOfBirth());
        } else {
            Optional<String> trn = normaliseTrn(request.trn());
            if (trn.isEmpty()) {
                return failure(MatchOutcome.INVALID_TRN);
            }
            found = lookup.byTrn(trn.get());
            if (found.isEmpty() && !ninoBlank) {
                found = lookup.byNinoAndBirthDate(request.nino(), request.dateOfBirth());
            }
        }
        if (found.isEmpty()) {
            return failure(MatchOutcome.NO_MATCH);
        }
        if (!found.get().isActive()) {
            return failure(MatchOutcome.RECORD_NOT_ACTIVE);
        }
        return score(request, found.get(), lookup, true);
    }

    private static MatchResult score(MatchRequest request, TeacherRecord record, TeacherRecordLookup lookup,
            boolean mayRetryByNino) {
        Set<Check> passed = EnumSet.noneOf(Check.class);
        if (normaliseTrn(request.trn()).map(record.trn()::equals).orElse(false)) {
            passed.add(Check.TRN);
        }
        if (request.dateOfBirth() != null && request.dateOfBirth().equals(record.dateOfBirth())) {
            passed.add(Check.DATE_OF_BIRTH);
        }
        if (!isBlank(request.nino()) && normaliseNino(request.nino()).equals(normaliseNino(record.niNumber()))) {
            passed.add(Check.NI_NUMBER);
        }
        if (firstNamesMatch(request.fullName(), record.name()) || firstNamesMatch(request.knownAs(), record.name())) {
            passed.add(Check.NAME);
        }
        Set<Check> failed = attempted(request);
        failed.removeAll(passed);
        if (passed.size() >= CHECKS_FOR_A_MATCH) {
            return new MatchResult(MatchOutcome.MATCH, record, passed, failed);
        }
        if (passed.contains(Check.TRN)) {
            if (passed.size() == 2 && passed.contains(Check.DATE_OF_BIRTH)) {
                return new MatchResult(MatchOutcome.NAME_MISMATCH, record, passed, failed);
            }
            if (mayRetryByNino && !isBlank(request.nino())) {
                Optional<TeacherRecord> byNino = lookup.byNinoAndBirthDate(request.nino(), request.dateOfBirth());
                if (byNino.isPresent() && byNino.get().isActive()) {
                    MatchResult retried = score(request, byNino.get(), lookup, false);
                    if (retried.isMatch()) {
                        return retried;
                    }
                }
            }
        }
        return new MatchResult(MatchOutcome.NO_MATCH, null, passed, failed);
    }

    /** The NI number only counts as a failed check when one was typed. */
    private static Set<Check> attempted(MatchRequest request) {
        Set<Check> attempted = EnumSet.of(Check.TRN, Check.DATE_OF_BIRTH, Check.NAME);
        if (!isBlank(request.nino())) {
            attempted.add(Check.NI_NUMBER);
        }
        return attempted;
    }

    private static MatchResult failure(MatchOutcome outcome) {
        return new MatchResult(outcome, null, EnumSet.noneOf(Check.class), EnumSet.noneOf(Check.class));
    }

    /** Keeps digits; 5 to 7 of them are a TRN, left-padded with zeros to 7. */
    public static Optional<String> normaliseTrn(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("\\D", "");
        if (digits.length() < 5 || digits.length() > 7) {
            return Optional.empty();
        }
        return Optional.of("0".repeat(7 - digits.length()) + digits);
    }

    static boolean firstNamesMatch(String typedName, String recordName) {
        Optional<String> typed = firstName(typedName);
        Optional<String> onRecord = firstName(recordName);
        return typed.isPresent() && typed.equals(onRecord);
    }

    /** The first word that is not a title; a name that is only a title has no first name. */
    static Optional<String> firstName(String fullName) {
        if (isBlank(fullName)) {
            return Optional.empty();
        }
        String[] words = fullName.trim().toLowerCase(Locale.ROOT).split("\\s+");
        int first = TITLE.matcher(words[0]).matches() ? 1 : 0;
        return first < words.length ? Optional.of(words[first]) : Optional.empty();
    }

    private static String normaliseNino(String nino) {
        return nino == null ? "" : nino.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
