package uk.gov.ects.desk.service.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.model.partnerships.ChallengeDeadline;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.service.dataset.Dataset;
import uk.gov.ects.desk.service.dataset.DatasetLoader;
import uk.gov.ects.desk.service.dataset.DatasetWriter;
import uk.gov.ects.desk.service.store.Database;

class DemoGeneratorTest {

    @Test
    @DisplayName("The same seed gives byte-identical JSON; a different seed gives different data")
    void deterministic() throws IOException {
        byte[] first = json(DemoGenerator.small(7));
        byte[] again = json(DemoGenerator.small(7));
        byte[] other = json(DemoGenerator.small(8));

        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    @DisplayName("The small demo loads cleanly, with the eligibility cases the demo is meant to show (ECT-10, previous participation)")
    void smallDemoLoads() throws IOException {
        // rule: ECT-10
        Dataset demo = DemoGenerator.small(42);
        try (Database db = Database.inMemory("demo-" + UUID.randomUUID())) {
            DatasetLoader.LoadResult result = DatasetLoader.loadInto(db, new StringReader(new String(json(demo), StandardCharsets.UTF_8)));

            assertEquals(60, result.rows("schools"));
            assertEquals(400, result.rows("participants"));
            assertEquals(demo.partnerships().size(), result.rows("partnerships"));
            assertTrue(count(db, "SELECT COUNT(*) FROM participants WHERE eligibility_reason = 'no_qts'") > 0);
            assertTrue(count(db, "SELECT COUNT(*) FROM participants WHERE eligibility_reason = 'previous_participation'") > 0);
            assertTrue(count(db, "SELECT COUNT(*) FROM participants WHERE eligibility_status = 'eligible'") > 300);
        }
    }

    @Test
    @DisplayName("SUP-2: the small demo's desk is part-way through its work: every status, all nine categories, "
            + "resolutions spread over the last two weeks, and live claims for the sandbox's agent")
    void ticketsPartWayThroughTheirWork() throws IOException {
        for (long seed : new long[] {DemoGenerator.DEFAULT_SEED, 42}) {
            Dataset demo = DemoGenerator.small(seed);
            try (Database db = Database.inMemory("demo-" + UUID.randomUUID())) {
                DatasetLoader.loadInto(db, new StringReader(text(demo)));

                String at = "seed " + seed;
                assertEquals(20, count(db, "SELECT COUNT(*) FROM tickets"), at);
                for (String status : List.of("new", "triaged", "waiting_on_school")) {
                    assertTrue(count(db, "SELECT COUNT(*) FROM tickets WHERE status = '" + status + "'") >= 1, at + " " + status);
                }
                assertTrue(count(db, "SELECT COUNT(*) FROM tickets WHERE status = 'new'") >= 3, at);
                assertTrue(count(db, "SELECT COUNT(*) FROM tickets WHERE status = 'resolved'") >= 6, at);
                assertEquals(0, count(db, "SELECT COUNT(*) FROM tickets WHERE status = 'new' AND category IS NOT NULL"), at);
                assertEquals(9, count(db, "SELECT COUNT(DISTINCT category) FROM tickets"), at);
                assertTrue(count(db, "SELECT COUNT(DISTINCT priority) FROM tickets") >= 3, at);
                // The Overview charts 18 Sep (UK) to the demo clock; every resolution falls in it, on several days.
                assertEquals(0, count(db, "SELECT COUNT(*) FROM tickets WHERE status = 'resolved' AND (resolved_at IS NULL "
                        + "OR resolution IS NULL OR resolved_at < TIMESTAMP WITH TIME ZONE '2026-09-17 23:00:00+00' "
                        + "OR resolved_at > TIMESTAMP WITH TIME ZONE '2026-10-01 09:00:00+00' OR resolved_at < received_at)"), at);
                assertTrue(count(db, "SELECT COUNT(DISTINCT CAST(resolved_at AS DATE)) FROM tickets") >= 4, at);
                assertEquals(0, count(db, "SELECT COUNT(*) FROM tickets WHERE status <> 'resolved' AND resolved_at IS NOT NULL"), at);
                assertTrue(count(db, "SELECT COUNT(*) FROM tickets WHERE assignee = 'Support agent' AND status <> 'resolved' "
                        + "AND claimed_until > TIMESTAMP WITH TIME ZONE '2026-10-01 09:00:00+00'") >= 2, at);
                assertTrue(count(db, "SELECT COUNT(*) FROM tickets WHERE status <> 'new' AND linked LIKE '%\"participants\":[\"%'") >= 5,
                        at + ": worked tickets are linked to the teacher they are about");
            }
        }
    }

    @Test
    @DisplayName("PART-3: relative to the demo clock, 2026 partnerships can still be challenged and older ones cannot")
    void challengeWindows() {
        // rule: PART-3
        Dataset demo = DemoGenerator.small(42);
        try (Database db = Database.inMemory("demo-" + UUID.randomUUID())) {
            DatasetLoader.loadInto(db, new StringReader(text(demo)));

            assertTrue(count(db, "SELECT COUNT(*) FROM partnerships WHERE challenge_deadline >= DATE '2026-10-01'") > 0);
            assertTrue(count(db, "SELECT COUNT(*) FROM partnerships WHERE challenge_deadline < DATE '2026-10-01'") > 0);
        }
    }

    @Test
    @DisplayName("The small demo has the school kinds support meets: independent, overseas, children's centre, closed, section 41; CIP-only schools never FIP (PROG-9)")
    void schoolKinds() {
        // rule: PROG-9
        Dataset demo = DemoGenerator.small(42);
        List<Dataset.School> schools = demo.schools();

        assertTrue(schools.stream().filter(s -> GiasRules.isIndependent(s.establishmentTypeCode())).count() >= 3);
        assertEquals(1, schools.stream().filter(s -> s.establishmentTypeCode() == 37).count());
        assertEquals(1, schools.stream().filter(s -> s.establishmentTypeCode() == 47).count());
        assertEquals(1, schools.stream().filter(s -> s.statusCode() == 2).count());
        assertEquals(1, schools.stream().filter(Dataset.School::section41Approved).count());
        assertTrue(schools.stream().map(Dataset.School::localAuthorityCode).distinct().count() >= 5);
        Set<String> cipOnly = new HashSet<>();
        schools.stream().filter(s -> GiasRules.isCipOnly(DemoGenerator.facts(s))).forEach(s -> cipOnly.add(s.urn()));
        assertFalse(cipOnly.isEmpty());
        assertTrue(demo.schoolCohorts().stream().noneMatch(sc -> cipOnly.contains(sc.schoolUrn())
                && DemoGenerator.FIP.equals(sc.programmeChoice())));
        assertEquals(Set.of(DemoGenerator.FIP, DemoGenerator.CIP, DemoGenerator.DIY, DemoGenerator.SCHOOL_FUNDED_FIP,
                        DemoGenerator.NO_ECTS, DemoGenerator.NOT_YET_KNOWN),
                new HashSet<>(demo.schoolCohorts().stream().map(Dataset.SchoolCohort::programmeChoice).toList()));
    }

    @Test
    @DisplayName("Reference data: six cohorts, the seven lead providers, ISTIP and ESP, one body disabled from 2025 (AB-2), three demo tokens")
    void referenceData() {
        // rule: AB-2
        Dataset demo = DemoGenerator.small(42);

        assertEquals(List.of(2021, 2022, 2023, 2024, 2025, 2026), demo.cohorts().stream().map(Dataset.Cohort::year).toList());
        assertEquals(7, demo.leadProviders().size());
        assertTrue(demo.appropriateBodies().stream().anyMatch(b -> b.id().equals("ab-istip")));
        assertTrue(demo.appropriateBodies().stream().anyMatch(b -> b.id().equals("ab-esp")));
        assertEquals(1, demo.appropriateBodies().stream().filter(b -> Integer.valueOf(2025).equals(b.disabledFromYear())).count());
        assertTrue(demo.agents().stream().map(Dataset.Agent::token).toList().containsAll(List.of("demo-viewer", "demo-agent", "demo-lead")));
    }

    @Test
    @DisplayName("About twenty tickets, each naming something real from the data; spare teacher records exist for adding people")
    void ticketsAndSpares() {
        Dataset demo = DemoGenerator.small(42);
        Set<String> urns = new HashSet<>(demo.schools().stream().map(Dataset.School::urn).toList());
        Set<String> registeredTrns = new HashSet<>(demo.participants().stream().map(Dataset.Participant::trn).toList());

        assertEquals(20, demo.tickets().size());
        assertTrue(demo.tickets().stream().allMatch(t -> urns.contains(t.schoolUrn())));
        assertTrue(demo.tickets().stream().filter(t -> registeredTrns.stream().anyMatch(trn -> t.body().contains(trn))).count() >= 10);
        List<Dataset.TeacherRecord> spares = demo.teacherRecords().stream().filter(r -> !registeredTrns.contains(r.trn())).toList();
        assertTrue(spares.stream().anyMatch(r -> r.qtsDate() == null));
        assertTrue(spares.stream().anyMatch(Dataset.TeacherRecord::activeAlert));
        assertTrue(spares.stream().anyMatch(r -> demo.previousParticipationTrns().contains(r.trn())));
    }

    @Test
    @DisplayName("Emails are unique per person and at .sch.uk domains; NI numbers use the reserved QQ prefix")
    void safeInventedContacts() {
        Dataset demo = DemoGenerator.small(42);
        List<String> participantEmails = demo.participants().stream().map(Dataset.Participant::email).toList();

        assertEquals(participantEmails.size(), new HashSet<>(participantEmails).size());
        assertTrue(Stream.concat(participantEmails.stream(), demo.inductionTutors().stream().map(Dataset.InductionTutor::email))
                .allMatch(e -> e.endsWith(".sch.uk")));
        assertTrue(demo.teacherRecords().stream().allMatch(r -> r.niNumber().startsWith("QQ")));
    }

    @Test
    @DisplayName("Issue 2, small demo: ~60 schools over several LAs and types (independent and overseas among them), "
            + "400 participants in all six cohorts, partnerships on the cohort's real provider pairings, "
            + "in and out of their challenge window by the dataset's clock; the sandbox seed repeats exactly")
    void smallDemoShape() throws IOException {
        // rule: PART-3, PART-4
        Dataset demo = DemoGenerator.small(DemoGenerator.DEFAULT_SEED);

        assertArrayEquals(json(demo), json(DemoGenerator.small(DemoGenerator.DEFAULT_SEED)), "same seed, same bytes");
        assertEquals(DemoSize.SMALL.schools, demo.schools().size());
        assertEquals(60, demo.schools().size());
        assertTrue(demo.schools().stream().map(Dataset.School::localAuthorityCode).distinct().count() >= 5);
        Set<Integer> types = new HashSet<>(demo.schools().stream().map(Dataset.School::establishmentTypeCode).toList());
        assertTrue(types.size() >= 6, "several establishment types: " + types);
        assertTrue(types.stream().anyMatch(GiasRules::isIndependent), "an independent school");
        assertTrue(types.stream().anyMatch(GiasRules::isBritishSchoolOverseas), "a British school overseas");

        assertEquals(400, demo.participants().size());
        assertEquals(Set.of("ect", "mentor"), new HashSet<>(demo.participants().stream().map(Dataset.Participant::type).toList()));
        Set<Integer> allCohorts = Set.of(2021, 2022, 2023, 2024, 2025, 2026);
        assertEquals(allCohorts, new HashSet<>(demo.participants().stream().map(Dataset.Participant::cohort).toList()),
                "participants in every cohort");
        assertEquals(allCohorts, new HashSet<>(demo.partnerships().stream().map(Dataset.Partnership::cohort).toList()),
                "partnerships in every cohort");

        assertEquals(DemoSize.SMALL.partnerships, demo.partnerships().size());
        Set<List<Object>> pairings = new HashSet<>(demo.providerPairings().stream()
                .map(p -> List.<Object>of(p.cohort(), p.leadProviderId(), p.deliveryPartnerId())).toList());
        assertTrue(demo.partnerships().stream().allMatch(p -> pairings.contains(
                List.<Object>of(p.cohort(), p.leadProviderId(), p.deliveryPartnerId()))), "every partnership on a pairing of its cohort");
        assertTrue(demo.partnerships().stream().map(Dataset.Partnership::leadProviderId).distinct().count() >= 5);
        assertTrue(demo.partnerships().stream().map(Dataset.Partnership::deliveryPartnerId).distinct().count() >= 8);
        assertTrue(demo.deliveryPartners().stream().allMatch(dp -> dp.name().matches(
                "[A-Z][A-Za-z' -]+ (Teaching School Hub|Learning Partnership|Teaching School Alliance)")),
                "delivery partners are named like real ones");

        LocalDate today = demo.clock().atZone(ZoneId.of("Europe/London")).toLocalDate();
        Map<Integer, LocalDate> cohortStarts = new HashMap<>();
        demo.cohorts().forEach(c -> cohortStarts.put(c.year(), c.academicYearStarts()));
        Map<Boolean, Long> open = demo.partnerships().stream().collect(Collectors.partitioningBy(
                p -> ChallengeDeadline.isOpen(ChallengeDeadline.of(p.reportedAt(), cohortStarts.get(p.cohort())), today),
                Collectors.counting()));
        assertTrue(open.get(true) > 0, "some partnerships can still be challenged");
        assertTrue(open.get(false) > 0, "some are past their challenge deadline");
    }

    @Test
    @DisplayName("generate --size small --seed N --out FILE writes the demo file")
    void command(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("demo.json");

        assertEquals(0, DemoCommand.run("generate", "--size", "small", "--seed", "42", "--out", out.toString()));
        assertArrayEquals(json(DemoGenerator.small(42)), Files.readAllBytes(out));
        assertEquals(2, DemoCommand.run("generate", "--size", "medium", "--out", out.toString()));
    }

    private static byte[] json(Dataset dataset) throws IOException {
        return text(dataset).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Dataset dataset) {
        StringWriter out = new StringWriter();
        try {
            new DatasetWriter().write(dataset, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    private static int count(Database db, String sql) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
