package uk.gov.ects.desk.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.service.dataset.Dataset;

/** The people of a demo: induction tutors, ECTs, mentors and their TRA teacher records. */
final class DemoPeople {

    private static final double MENTOR_SHARE = 0.35;
    /** Relative number of participants per cohort 2021..2026: most are in recent cohorts. */
    private static final double[] COHORT_WEIGHTS = {0.3, 0.5, 0.8, 1.0, 1.2, 1.3};

    private final DemoGenerator demo;
    private final DemoSize size;
    private final DemoRandom random;

    final List<Dataset.InductionTutor> inductionTutors = new ArrayList<>();
    final List<Dataset.TeacherRecord> teacherRecords = new ArrayList<>();
    final List<String> previousParticipation = new ArrayList<>();
    final List<Dataset.Participant> participants = new ArrayList<>();
    final Map<String, Dataset.InductionTutor> tutorBySchool = new HashMap<>();
    final Map<String, Dataset.TeacherRecord> recordByTrn = new HashMap<>();
    /** Spare teacher records (not registered), by what makes them interesting: "normal", "no_qts", ... */
    final Map<String, List<Dataset.TeacherRecord>> spares = new LinkedHashMap<>();

    private final Set<String> emailsInUse = new HashSet<>();
    private final Set<String> trnsInUse = new HashSet<>();
    private int ectCount;

    DemoPeople(DemoGenerator demo, DemoSize size, DemoRandom random) {
        this.demo = demo;
        this.size = size;
        this.random = random;
    }

    // ---- induction tutors ---------------------------------------------------------------

    /** Most schools that use the service have a SIT; now and then one SIT serves two schools (MSIT-1). */
    void addInductionTutors() {
        Dataset.InductionTutor previous = null;
        int count = 0;
        for (Dataset.School school : demo.schools) {
            if (!GiasRules.canUseService(DemoGenerator.facts(school)) || !random.chance(0.9)) {
                continue;
            }
            Dataset.InductionTutor tutor;
            if (previous != null && count % 40 == 3) {
                tutor = new Dataset.InductionTutor(school.urn(), previous.fullName(), previous.email());
            } else {
                String first = random.pick(DemoNames.FIRST_NAMES);
                String last = random.pick(DemoNames.LAST_NAMES);
                tutor = new Dataset.InductionTutor(school.urn(), first + " " + last, uniqueEmail(first, last, school.urn()));
            }
            inductionTutors.add(tutor);
            tutorBySchool.put(school.urn(), tutor);
            previous = tutor;
            count++;
        }
    }

    // ---- participants --------------------------------------------------------------------

    void addParticipants() {
        List<Dataset.SchoolCohort> slots = demo.schoolCohorts.stream()
                .filter(sc -> DemoGenerator.TRAINING_PROGRAMMES.contains(sc.programmeChoice()))
                .toList();
        int[] perSlot = spread(slots);
        Map<String, List<Dataset.Participant>> mentorsBySchool = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            Dataset.SchoolCohort slot = slots.get(i);
            int here = perSlot[i];
            int mentorsHere = here >= 2 ? Math.max(1, (int) Math.round(here * MENTOR_SHARE)) : 0;
            List<Dataset.Participant> pool = mentorsBySchool.computeIfAbsent(slot.schoolUrn(), urn -> new ArrayList<>());
            for (int m = 0; m < mentorsHere; m++) {
                Dataset.Participant mentor = mentor(slot);
                pool.add(mentor);
                participants.add(mentor);
            }
            for (int e = mentorsHere; e < here; e++) {
                String mentorId = !pool.isEmpty() && random.chance(0.85) ? random.pick(pool).id() : null;
                participants.add(ect(slot, mentorId));
            }
        }
    }

    /** Shares {@code size.participants} among the slots, weighted towards recent cohorts. */
    private int[] spread(List<Dataset.SchoolCohort> slots) {
        double[] cumulative = new double[slots.size()];
        double total = 0;
        for (int i = 0; i < slots.size(); i++) {
            total += COHORT_WEIGHTS[slots.get(i).cohort() - DemoGenerator.FIRST_COHORT];
            cumulative[i] = total;
        }
        int[] counts = new int[slots.size()];
        for (int n = 0; n < size.participants; n++) {
            int index = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            counts[index < 0 ? -index - 1 : index]++;
        }
        return counts;
    }

    private Dataset.Participant mentor(Dataset.SchoolCohort slot) {
        int year = slot.cohort();
        String first = random.pick(DemoNames.FIRST_NAMES);
        String last = random.pick(DemoNames.LAST_NAMES);
        LocalDate dob = random.dateBetween(LocalDate.of(year - 58, 1, 1), LocalDate.of(year - 28, 12, 31));
        int qtsYear = random.between(Math.max(dob.getYear() + 22, 1990), year - 3);
        Dataset.TeacherRecord record = record(first + " " + last, dob, LocalDate.of(qtsYear, 7, random.between(1, 25)),
                LocalDate.of(qtsYear, 9, 1), LocalDate.of(qtsYear + 1, 7, 20), "Pass", false);
        LocalDate start = random.dateBetween(LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 20));
        return new Dataset.Participant(random.uuid(), "mentor", first + " " + last, uniqueEmail(first, last, slot.schoolUrn()),
                record.trn(), dob, slot.schoolUrn(), year, start, null, null);
    }

    /**
     * An ECT; a few have records that exercise the eligibility rules (ECT-10 no QTS, active alert,
     * previous participation, no induction start, exempt).
     */
    private Dataset.Participant ect(Dataset.SchoolCohort slot, String mentorId) {
        int year = slot.cohort();
        int n = ectCount++;
        String first = random.pick(DemoNames.FIRST_NAMES);
        String last = random.pick(DemoNames.LAST_NAMES);
        LocalDate dob = random.dateBetween(LocalDate.of(year - 35, 1, 1), LocalDate.of(year - 22, 12, 31));
        // About one in ten starts in January, still in the cohort of the September before.
        LocalDate start = random.chance(0.1) ? LocalDate.of(year + 1, 1, random.between(4, 10))
                : random.dateBetween(LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 12));
        LocalDate qts = n % 50 == 7 ? null : LocalDate.of(year, random.between(6, 7), random.between(1, 28));
        LocalDate inductionStart = n % 100 == 41 ? null : start;
        String inductionStatus = n % 200 == 97 ? "Exempt" : inductionStart == null ? null : "InProgress";
        Dataset.TeacherRecord record = record(first + " " + last, dob, qts, inductionStart, null, inductionStatus, n % 150 == 23);
        if (n % 150 == 61) {
            previousParticipation.add(record.trn());
        }
        return new Dataset.Participant(random.uuid(), "ect", first + " " + last, uniqueEmail(first, last, slot.schoolUrn()),
                record.trn(), dob, slot.schoolUrn(), year, start, mentorId, null);
    }

    // ---- spare teacher records ------------------------------------------------------------

    private static final List<String> SPARE_KINDS = List.of("normal", "no_qts", "normal", "active_alert",
            "previous_participation", "not_active", "no_qts", "exempt", "normal", "no_qts", "normal", "normal");

    /** Teacher records nobody has registered yet, for adding ECTs and mentors in demos and tests. */
    void addSpareTeacherRecords() {
        for (int i = 0; i < size.spareTeacherRecords; i++) {
            String kind = SPARE_KINDS.get(i % SPARE_KINDS.size());
            String name = random.pick(DemoNames.FIRST_NAMES) + " " + random.pick(DemoNames.LAST_NAMES);
            LocalDate dob = random.dateBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2003, 12, 31));
            LocalDate qts = kind.equals("no_qts") ? null : LocalDate.of(2026, 7, random.between(1, 28));
            Dataset.TeacherRecord record = new Dataset.TeacherRecord(newTrn(), name, dob, niNumber(),
                    kind.equals("not_active") ? "Inactive" : "Active", kind.equals("active_alert"), qts,
                    null, null, kind.equals("exempt") ? "Exempt" : null);
            teacherRecords.add(record);
            recordByTrn.put(record.trn(), record);
            spares.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
            if (kind.equals("previous_participation")) {
                previousParticipation.add(record.trn());
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Dataset.TeacherRecord record(String name, LocalDate dob, LocalDate qts, LocalDate inductionStart,
            LocalDate inductionCompletion, String inductionStatus, boolean alert) {
        Dataset.TeacherRecord record = new Dataset.TeacherRecord(newTrn(), name, dob, niNumber(), "Active", alert, qts,
                inductionStart, inductionCompletion, inductionStatus);
        teacherRecords.add(record);
        recordByTrn.put(record.trn(), record);
        return record;
    }

    private String newTrn() {
        while (true) {
            String trn = String.valueOf(random.between(1_000_000, 9_999_999));
            if (trnsInUse.add(trn)) {
                return trn;
            }
        }
    }

    /** QQ is the prefix HMRC reserves for examples, so no demo NI number is anyone's. */
    private String niNumber() {
        return "QQ" + random.digits(6) + (char) ('A' + random.between(0, 3));
    }

    private String uniqueEmail(String first, String last, String urn) {
        String local = DemoGenerator.slug(first) + "." + DemoGenerator.slug(last).replace("-", "");
        String domain = demo.schoolDomains.get(urn);
        String email = local + "@" + domain;
        for (int n = 2; !emailsInUse.add(email.toLowerCase(Locale.ROOT)); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }
}
