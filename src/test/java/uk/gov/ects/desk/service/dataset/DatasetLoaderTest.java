package uk.gov.ects.desk.service.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.testing.TestStores;

class DatasetLoaderTest {

    private final Database db = TestStores.fresh("dataset");

    @AfterEach
    void close() {
        TestStores.dispose(db);
    }

    /** Two schools, one FIP with a partnership and a mentor pairing, one CIP; four participants. */
    static final String GOOD = """
            {
              "clock": "2026-10-01T09:00:00Z",
              "agents": [{"name": "Sam Agent", "role": "agent", "token": "at-agent-1"}],
              "cohorts": [
                {"year": 2025, "registration_opens": "2025-04-01", "academic_year_starts": "2025-09-01"},
                {"year": 2026, "registration_opens": "2026-04-01", "academic_year_starts": "2026-09-01"}],
              "schools": [
                {"urn": "100001", "name": "Oak Primary", "local_authority_code": "201",
                 "local_authority_name": "City of London", "establishment_type_code": 1, "status_code": 1,
                 "administrative_district_code": "E09000001", "section_41_approved": false,
                 "address_line1": "1 Oak Street", "postcode": "ec1a 1aa", "gias_email": "office@oak.sch.uk"},
                {"urn": "100002", "name": "Birch Independent School", "local_authority_code": "201",
                 "local_authority_name": "City of London", "establishment_type_code": 11, "status_code": 1,
                 "administrative_district_code": "E09000001", "section_41_approved": false}],
              "lead_providers": [{"id": "lp-ambition", "name": "Ambition Institute"}],
              "delivery_partners": [{"id": "dp-north", "name": "North Teaching Partnership"}],
              "provider_pairings": [{"cohort": 2026, "lead_provider_id": "lp-ambition", "delivery_partner_id": "dp-north"}],
              "appropriate_bodies": [
                {"id": "ab-tsh-1", "name": "Alpha Teaching School Hub", "type": "teaching_school_hub", "disabled_from_year": null},
                {"id": "ab-istip", "name": "Independent Schools Teacher Induction Panel (ISTIP)", "type": "national"}],
              "teacher_records": [
                {"trn": "1234567", "name": "Jane Smith", "date_of_birth": "1995-04-12", "ni_number": "QQ123456C",
                 "state": "Active", "active_alert": false, "qts_date": "2026-07-01", "induction_start_date": "2026-09-01"},
                {"trn": "2345678", "name": "Tom Jones", "date_of_birth": "1980-01-02", "state": "Active",
                 "active_alert": false, "qts_date": "2005-07-01", "induction_start_date": "2005-09-01",
                 "induction_completion_date": "2006-07-01", "induction_status": "Pass"},
                {"trn": "3456789", "name": "Amy Patel", "date_of_birth": "1998-11-30", "state": "Active",
                 "active_alert": false, "qts_date": null, "induction_start_date": "2026-09-01"},
                {"trn": "4567890", "name": "Ben Okafor", "date_of_birth": "1997-06-15", "state": "Active",
                 "active_alert": false, "qts_date": "2026-06-30", "induction_start_date": "2026-09-01"}],
              "previous_participation_trns": ["4567890"],
              "induction_tutors": [
                {"school_urn": "100001", "full_name": "Pat Tutor", "email": "pat@oak.sch.uk"},
                {"school_urn": "100002", "full_name": "pat tutor", "email": "PAT@oak.sch.uk"}],
              "school_cohorts": [
                {"school_urn": "100001", "cohort": 2026, "programme_choice": "full_induction_programme",
                 "submitted_at": "2026-05-01T10:00:00Z", "appropriate_body_id": "ab-tsh-1"},
                {"school_urn": "100002", "cohort": 2026, "programme_choice": "core_induction_programme",
                 "submitted_at": "2026-05-02T10:00:00Z", "appropriate_body_id": "ab-istip"}],
              "partnerships": [{"id": "p-1", "school_urn": "100001", "cohort": 2026, "lead_provider_id": "lp-ambition",
                                "delivery_partner_id": "dp-north", "reported_at": "2026-06-01T10:00:00Z"}],
              "participants": [
                {"id": "pp-jane", "type": "ect", "full_name": "Jane Smith", "email": "jane@oak.sch.uk", "trn": "1234567",
                 "date_of_birth": "1995-04-12", "school_urn": "100001", "cohort": 2026, "start_date": "2026-09-01",
                 "mentor_id": "pp-tom"},
                {"id": "pp-tom", "type": "mentor", "full_name": "Tom Jones", "email": "tom@oak.sch.uk", "trn": "2345678",
                 "date_of_birth": "1980-01-02", "school_urn": "100001", "cohort": 2026, "start_date": "2026-09-02",
                 "mentor_id": null},
                {"id": "pp-amy", "type": "ect", "full_name": "Amy Patel", "email": "amy@birch.sch.uk", "trn": "3456789",
                 "date_of_birth": "1998-11-30", "school_urn": "100002", "cohort": 2026, "start_date": "2026-09-01"},
                {"id": "pp-ben", "type": "ect", "full_name": "Mr Ben Okafor", "email": "ben@oak.sch.uk", "trn": "4567890",
                 "date_of_birth": "1997-06-15", "school_urn": "100001", "cohort": 2026, "start_date": "2026-09-01"}],
              "tickets": [{"id": "t-1", "received_at": "2026-09-30T08:00:00Z", "from_email": "pat@oak.sch.uk",
                           "subject": "Wrong TRN", "body": "We typed the wrong TRN for Jane Smith", "school_urn": "100001"}]
            }
            """;

    @Test
    @DisplayName("A good file loads every table, with versions 1 and a change-feed row per resource")
    void goodFileLoads() {
        DatasetLoader.LoadResult result = DatasetLoader.loadInto(db, new StringReader(GOOD));

        assertEquals(2, result.rows("schools"));
        assertEquals(4, result.rows("participants"));
        assertEquals(4, count("SELECT COUNT(*) FROM induction_records"));
        assertEquals(1, count("SELECT COUNT(*) FROM mentor_pools WHERE mentor_id = 'pp-tom' AND school_urn = '100001'"));
        assertEquals(4, count("SELECT COUNT(*) FROM teacher_records"));
        assertEquals(1, count("SELECT COUNT(*) FROM partnerships WHERE version = 1 AND status = 'active'"));
        // 2 cohorts + 1 LP + 1 DP + 1 pairing + 2 ABs + 2 schools + 1 partnership + 4 participants + 1 ticket
        assertEquals(15, count("SELECT COUNT(*) FROM change_log"));
        assertEquals(15, count("SELECT last_seq FROM feed_head"));
        assertEquals(1, count("SELECT COUNT(*) FROM change_log WHERE resource_type = 'provider_pairing'"
                + " AND resource_id = '2026:lp-ambition:dp-north'"));
        assertEquals("EC1A1AA", text("SELECT search_postcode FROM schools WHERE urn = '100001'"));
        assertEquals("mr ben okafor", text("SELECT search_name FROM participants WHERE id = 'pp-ben'"));
        assertEquals("2026-10-01T09:00:00Z", text("SELECT setting_value FROM service_settings WHERE setting_key = 'clock'"));
        assertEquals("new normal {\"schools\":[\"100001\"],\"participants\":[]}",
                text("SELECT status || ' ' || priority || ' ' || linked FROM tickets WHERE id = 't-1'"));
    }

    @Test
    @DisplayName("SUP-2: a ticket already worked on loads with its status, category, priority, claim, links and resolved_at")
    void workedTicketLoads() {
        String worked = GOOD.replace("\"school_urn\": \"100001\"}]", "\"school_urn\": \"100001\", "
                + "\"status\": \"resolved\", \"category\": \"trn_dob_correction\", \"priority\": \"high\", "
                + "\"assignee\": \"Sam Okoro\", \"linked_participants\": [\"pp-jane\"], "
                + "\"resolution\": \"Revalidated\", \"resolved_at\": \"2026-09-30T10:00:00Z\"}]");

        DatasetLoader.loadInto(db, new StringReader(worked));

        assertEquals("resolved trn_dob_correction high Sam Okoro Revalidated "
                        + "{\"schools\":[\"100001\"],\"participants\":[\"pp-jane\"]}",
                text("SELECT status || ' ' || category || ' ' || priority || ' ' || assignee || ' ' || resolution || ' ' "
                        + "|| linked FROM tickets WHERE id = 't-1'"));
        assertEquals(1, count("SELECT COUNT(*) FROM tickets WHERE resolved_at = TIMESTAMP WITH TIME ZONE "
                + "'2026-09-30 10:00:00+00'"));
    }

    @Test
    @DisplayName("A worked ticket's codes are checked, and a resolution goes with status resolved")
    void workedTicketChecked() {
        String bad = GOOD.replace("\"school_urn\": \"100001\"}]", "\"school_urn\": \"100001\", "
                + "\"status\": \"done\", \"category\": \"trn\", \"priority\": \"asap\", "
                + "\"linked_participants\": [\"pp-nobody\"], \"resolution\": \"Fixed\"}]");

        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.loadInto(db, new StringReader(bad)));

        assertHas(e.problems(), "tickets[0].status: \"done\" is not allowed");
        assertHas(e.problems(), "tickets[0].category: \"trn\" is not allowed");
        assertHas(e.problems(), "tickets[0].priority: \"asap\" is not allowed");
        assertHas(e.problems(), "tickets[0].status: a ticket with a resolution or resolved_at must have status resolved");
        assertHas(e.problems(), "tickets[0].linked_participants[0]: participant pp-nobody is not in the file");
        assertNothingWritten();
    }

    @Test
    @DisplayName("Agents' tokens are stored only as SHA-256 hashes")
    void tokensHashed() {
        DatasetLoader.loadInto(db, new StringReader(GOOD));

        assertEquals(0, count("SELECT COUNT(*) FROM api_tokens WHERE token_hash = 'at-agent-1'"));
        assertEquals("agent", text("SELECT a.role FROM api_tokens t JOIN agents a ON a.id = t.agent_id WHERE t.token_hash = '"
                + uk.gov.ects.desk.service.auth.TokenHasher.hash("at-agent-1") + "'"));
    }

    @Test
    @DisplayName("ECT-9, ECT-10 and eligibility: QTS and induction start come from the TRA record; no QTS → manual_check/no_qts; previous participation → ineligible")
    void derivedEligibility() {
        // rule: ECT-9
        // rule: ECT-10
        DatasetLoader.loadInto(db, new StringReader(GOOD));

        assertEquals("2026-07-01 2026-09-01 eligible none validated",
                text("SELECT qts_date || ' ' || induction_start_date || ' ' || eligibility_status || ' ' || eligibility_reason"
                        + " || ' ' || validation_status FROM participants WHERE id = 'pp-jane'"));
        assertEquals("manual_check no_qts", eligibility("pp-amy"));
        assertEquals("ineligible previous_participation", eligibility("pp-ben"));
        assertEquals("eligible none", eligibility("pp-tom"));
    }

    @Test
    @DisplayName("PART-3: the challenge deadline is the later of reported + 14 days and cohort start + 3 months")
    void challengeDeadline() {
        // rule: PART-3
        DatasetLoader.loadInto(db, new StringReader(GOOD));

        assertEquals("2026-12-01", text("SELECT challenge_deadline FROM partnerships WHERE id = 'p-1'"));
    }

    @Test
    @DisplayName("Induction records take the cohort's programme, the active partnership's LP/DP for FIP, the cohort's default AB and the mentor (PROG-10, LINK-2)")
    void inductionRecords() {
        // rule: PROG-10
        DatasetLoader.loadInto(db, new StringReader(GOOD));

        assertEquals("full_induction_programme lp-ambition dp-north ab-tsh-1 pp-tom active active 2026-09-01",
                text("SELECT programme || ' ' || lead_provider_id || ' ' || delivery_partner_id || ' ' || appropriate_body_id"
                        + " || ' ' || mentor_id || ' ' || induction_status || ' ' || training_status || ' ' || start_date"
                        + " FROM induction_records WHERE participant_id = 'pp-jane'"));
        assertEquals("core_induction_programme - - ab-istip",
                text("SELECT programme || ' ' || COALESCE(lead_provider_id, '-') || ' ' || COALESCE(delivery_partner_id, '-')"
                        + " || ' ' || appropriate_body_id FROM induction_records WHERE participant_id = 'pp-amy'"));
    }

    @Test
    @DisplayName("MSIT-1: the same SIT (same name and email) at two schools is one person; SIT-4 emails land in email_addresses")
    void sharedInductionTutor() {
        // rule: MSIT-1
        DatasetLoader.loadInto(db, new StringReader(GOOD));

        assertEquals(1, count("SELECT COUNT(*) FROM induction_tutors"));
        assertEquals(2, count("SELECT COUNT(*) FROM school_induction_tutors"));
        assertEquals(5, count("SELECT COUNT(*) FROM email_addresses"));
    }

    @Test
    @DisplayName("X-PII: NI numbers stay in teacher_records only")
    void niNumbersNotCopied() {
        // rule: X-PII
        DatasetLoader.loadInto(db, new StringReader(GOOD));

        assertEquals("QQ123456C", text("SELECT ni_number FROM teacher_records WHERE trn = '1234567'"));
        assertEquals(0, count("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'participants'"
                + " AND LOWER(column_name) LIKE '%ni%number%'"));
    }

    @Test
    @DisplayName("A file with several bad rows loads nothing and names each array, index and field")
    void badFileReportsEveryProblem() {
        String bad = GOOD
                // ECT-2: date of birth does not match the record
                .replace("\"date_of_birth\": \"1998-11-30\", \"school_urn\"", "\"date_of_birth\": \"1998-11-29\", \"school_urn\"")
                // SIT-4: Ben reuses Jane's email
                .replace("\"ben@oak.sch.uk\"", "\"jane@oak.sch.uk\"")
                // a 5-digit URN
                .replace("\"urn\": \"100002\"", "\"urn\": \"10002\"")
                // a date that does not exist
                .replace("\"registration_opens\": \"2025-04-01\"", "\"registration_opens\": \"2025-02-30\"")
                // PART-1: no such pairing for 2025 (and no school cohort needed to say so)
                .replace("\"partnerships\": [{\"id\": \"p-1\", \"school_urn\": \"100001\", \"cohort\": 2026",
                        "\"partnerships\": [{\"id\": \"p-1\", \"school_urn\": \"100001\", \"cohort\": 2025")
                // a mentor with a mentor
                .replace("\"mentor_id\": null}", "\"mentor_id\": \"pp-jane\"}");

        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.loadInto(db, new StringReader(bad)));

        List<String> problems = e.problems();
        assertHas(problems, "cohorts[0].registration_opens: \"2025-02-30\" is not a valid date");
        assertHas(problems, "schools[1].urn: \"10002\" is not a URN");
        assertHas(problems, "partnerships[0].delivery_partner_id: lead provider lp-ambition does not work with delivery partner dp-north in cohort 2025");
        assertHas(problems, "participants[1].mentor_id: a mentor cannot have a mentor");
        assertHas(problems, "participants[2].trn: no teacher record matches TRN 3456789 and date of birth (rule ECT-2)");
        assertHas(problems, "participants[3].email: email jane@oak.sch.uk is already used by participants[0]");
        assertTrue(e.getMessage().contains(problems.size() + " problems found"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    @DisplayName("ECT-1, LINK-2, PART-4, PROG-9, AB-4, SIT-4 and reference problems are each reported")
    void ruleViolationsReported() {
        // rule: ECT-1
        // rule: LINK-2
        // rule: PART-4
        // rule: PROG-9
        // rule: AB-4
        // rule: SIT-4
        String bad = GOOD
                .replace("\"partnerships\": [{", "\"partnerships\": [{\"id\": \"p-0\", \"school_urn\": \"100001\", \"cohort\": 2026,"
                        + " \"lead_provider_id\": \"lp-ambition\", \"delivery_partner_id\": \"dp-north\","
                        + " \"reported_at\": \"2026-05-01T10:00:00Z\"}, {")
                .replace("\"programme_choice\": \"core_induction_programme\"", "\"programme_choice\": \"full_induction_programme\"")
                .replace("\"appropriate_body_id\": \"ab-tsh-1\"}", "\"appropriate_body_id\": \"ab-istip\"}")
                .replace("\"cohort\": 2026, \"start_date\": \"2026-09-01\"}", "\"cohort\": 2025, \"start_date\": \"2026-09-01\"}")
                .replace("\"mentor_id\": \"pp-tom\"", "\"mentor_id\": \"pp-amy\"")
                .replace("\"full_name\": \"pat tutor\"", "\"full_name\": \"Pat Other\"")
                .replace("\"lead_provider_id\": \"lp-ambition\", \"delivery_partner_id\": \"dp-north\"}]",
                        "\"lead_provider_id\": \"lp-missing\", \"delivery_partner_id\": \"dp-north\"}]");

        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.loadInto(db, new StringReader(bad)));

        List<String> problems = e.problems();
        assertHas(problems, "provider_pairings[0].lead_provider_id: no lead provider has id \"lp-missing\"");
        assertHas(problems, "induction_tutors[1].email: email PAT@oak.sch.uk is already used by induction_tutors[0]");
        assertHas(problems, "school_cohorts[0].appropriate_body_id: only independent schools may appoint");
        assertHas(problems, "school_cohorts[1].programme_choice: school 100002 is not eligible for the full induction programme");
        assertHas(problems, "partnerships[1].school_urn: school 100001 already has active partnership p-0 for 2026");
        assertHas(problems, "participants[0].mentor_id: participant pp-amy is not a mentor (rule LINK-2)");
        assertHas(problems, "participants[3].cohort: school 100001 has no programme chosen for cohort 2025");
        assertNothingWritten();
    }

    @Test
    @DisplayName("ECT-3: a first name that differs from the TRA record is refused, naming the full_name field")
    void nameMismatch() {
        // rule: ECT-3
        String bad = GOOD.replace("\"full_name\": \"Jane Smith\"", "\"full_name\": \"Janet Smith\"");

        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.loadInto(db, new StringReader(bad)));

        assertHas(e.problems(), "participants[0].full_name: the first name of \"Janet Smith\" does not match the teacher record for TRN 1234567");
    }

    @Test
    @DisplayName("Missing cohorts and missing required fields are named")
    void missingFields() {
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.loadInto(db, new StringReader(
                "{\"schools\": [{\"urn\": \"123456\"}]}")));

        assertHas(e.problems(), "cohorts: missing");
        assertHas(e.problems(), "schools[0].name: missing; this field is required");
        assertHas(e.problems(), "schools[0].establishment_type_code: missing");
    }

    @Test
    @DisplayName("Malformed JSON is reported with its line and column, and nothing is written")
    void malformedJson() {
        String broken = "{\n  \"cohorts\": [\n    {\"year\": 2026,, }\n  ]\n}";

        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.loadInto(db, new StringReader(broken)));

        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).matches("file: the file is not valid JSON at line 3, column \\d+.*"), e.problems().get(0));
        assertNothingWritten();
    }

    @Test
    @DisplayName("A wrong JSON type (text where a number belongs) names line, column and field")
    void wrongType() {
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.loadInto(db, new StringReader(
                "{\"cohorts\": [{\"year\": \"twenty\"}]}")));

        assertTrue(e.problems().get(0).contains("line 1, column"), e.problems().toString());
        assertTrue(e.problems().get(0).contains("cohorts[0].year"), e.problems().toString());
    }

    @Test
    @DisplayName("A store that already has data is refused, and its data is left alone")
    void nonEmptyStoreRefused() {
        DatasetLoader.loadInto(db, new StringReader(GOOD));

        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.loadInto(db, new StringReader(GOOD)));

        assertEquals(List.of(DatasetLoader.STORE_NOT_EMPTY), e.problems());
        assertEquals(2, count("SELECT COUNT(*) FROM schools"));
    }

    @Test
    @DisplayName("A row the database refuses late in the load (after every other table was written) leaves the store empty and loadable")
    void lateDatabaseFailureLeavesStoreEmpty() {
        // The validator now foresees every column limit, so the database is made to refuse a ticket
        // (the last table written) that validation passes: a constraint only this test's store has.
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "ALTER TABLE tickets ADD CONSTRAINT test_refuses_boom CHECK (subject <> 'Boom')")) {
                s.executeUpdate();
            }
            return null;
        });
        String refused = GOOD.replace("\"subject\": \"Wrong TRN\"", "\"subject\": \"Boom\"");

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> DatasetLoader.loadInto(db, new StringReader(refused)));
        assertTrue(!(failure instanceof DatasetException), "the database refused it, not the validator: " + failure);

        assertNothingWritten();
        assertEquals(0, count("SELECT COUNT(*) FROM email_addresses"));
        assertEquals(0, count("SELECT last_seq FROM feed_head"));
        assertNull(text("SELECT setting_value FROM service_settings WHERE setting_key = '" + StagedLoad.MARKER + "'"));
        DatasetLoader.loadInto(db, new StringReader(GOOD));
        assertEquals(15, count("SELECT last_seq FROM feed_head"));
        assertEquals(4, count("SELECT COUNT(*) FROM participants"));
    }

    @Test
    @DisplayName("Text longer than its column is refused by the validator naming array, index, field and limit; nothing is written")
    void overlongTextNamed() {
        String bad = GOOD
                .replace("\"subject\": \"Wrong TRN\"", "\"subject\": \"" + "s".repeat(501) + "\"")
                .replace("\"name\": \"Oak Primary\"", "\"name\": \"" + "o".repeat(301) + "\"")
                .replace("\"postcode\": \"ec1a 1aa\"", "\"postcode\": \"" + "p".repeat(17) + "\"")
                .replace("\"full_name\": \"Pat Tutor\"", "\"full_name\": \"" + "t".repeat(201) + "\"")
                .replace("\"ni_number\": \"QQ123456C\"", "\"ni_number\": \"" + "N".repeat(17) + "\"")
                .replace("\"email\": \"tom@oak.sch.uk\"", "\"email\": \"" + "m".repeat(320) + "@oak.sch.uk\"")
                .replace("\"name\": \"Ambition Institute\"", "\"name\": \"" + "a".repeat(201) + "\"")
                .replace("\"name\": \"Sam Agent\"", "\"name\": \"" + "g".repeat(10_000) + "\"");

        DatasetException e = assertThrows(DatasetException.class, () -> DatasetLoader.loadInto(db, new StringReader(bad)));

        assertHas(e.problems(), "tickets[0].subject: is 501 characters; at most 500 fit");
        assertHas(e.problems(), "schools[0].name: is 301 characters; at most 300 fit");
        assertHas(e.problems(), "schools[0].postcode: is 17 characters; at most 16 fit");
        assertHas(e.problems(), "induction_tutors[0].full_name: is 201 characters; at most 200 fit");
        assertHas(e.problems(), "teacher_records[0].ni_number: is 17 characters; at most 16 fit");
        assertHas(e.problems(), "participants[1].email: is 331 characters; at most 320 fit");
        assertHas(e.problems(), "lead_providers[0].name: is 201 characters; at most 200 fit");
        assertHas(e.problems(), "agents[0].name: is 10000 characters; at most 200 fit");
        assertNothingWritten();
    }

    @Test
    @DisplayName("Text exactly as long as its column loads")
    void textAtTheLimitLoads() {
        String atLimit = GOOD.replace("\"subject\": \"Wrong TRN\"", "\"subject\": \"" + "s".repeat(500) + "\"")
                .replace("\"name\": \"Oak Primary\"", "\"name\": \"Oak " + "o".repeat(296) + "\"");

        DatasetLoader.loadInto(db, new StringReader(atLimit));

        assertEquals(500, count("SELECT LENGTH(subject) FROM tickets WHERE id = 't-1'"));
        assertEquals(300, count("SELECT LENGTH(name) FROM schools WHERE urn = '100001'"));
    }

    @Test
    @DisplayName("A load the process never finished is removed when the store is next opened, so half a dataset is never served")
    void interruptedLoadDiscarded() {
        // A finished load of the good file, then the marker put back as if the process had died before its last commit.
        DatasetLoader.loadInto(db, new StringReader(GOOD));
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO service_settings (setting_key, setting_value) VALUES (?, '0 2026-10-01 -')")) {
                s.setString(1, StagedLoad.MARKER);
                s.executeUpdate();
            }
            return null;
        });

        assertTrue(DatasetLoader.discardInterruptedLoad(db));

        assertNothingWritten();
        assertEquals(0, count("SELECT last_seq FROM feed_head"));
        assertTrue(!DatasetLoader.discardInterruptedLoad(db), "a second open finds nothing to remove");
    }

    private void assertNothingWritten() {
        for (String table : List.of("schools", "cohorts", "participants", "teacher_records", "agents", "change_log", "tickets")) {
            assertEquals(0, count("SELECT COUNT(*) FROM " + table), table + " should be empty");
        }
        assertNull(text("SELECT setting_value FROM service_settings WHERE setting_key = 'clock'"));
    }

    private static void assertHas(List<String> problems, String start) {
        List<String> near = new ArrayList<>();
        for (String p : problems) {
            if (p.startsWith(start)) {
                return;
            }
            near.add(p);
        }
        throw new AssertionError("No problem starting with <" + start + "> in:\n  " + String.join("\n  ", near));
    }

    private String eligibility(String participantId) {
        return text("SELECT eligibility_status || ' ' || eligibility_reason FROM participants WHERE id = '" + participantId + "'");
    }

    private int count(String sql) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private String text(String sql) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
