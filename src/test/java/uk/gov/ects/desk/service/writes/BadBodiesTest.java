package uk.gov.ects.desk.service.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.Api;

/**
 * Issue 3, "bad bodies": every write route of api.md, started from a body the service accepts and
 * broken one way at a time (a required field removed, a field of the wrong JSON type, an unknown
 * code, an impossible date, an oversized string, a body that is not a JSON object). Each must be
 * answered 400 or 422 in the error envelope with {@code source.pointer} naming the field, and
 * nothing may be stored: no change-feed row, no audit event on the target, no email, no key.
 *
 * <p>One service serves the whole table: since nothing may be stored, every case starts from the
 * same records, and a case that does store something also shows up in the next case's checks.
 */
class BadBodiesTest extends WriteTestBase {

    private static final String REASON = "School emailed support, see the ticket";
    /** The token of a live sign-in link for Pat Tutor (stored hashed in {@link #data()}). */
    private static final String SIGN_IN_TOKEN = "bad-bodies-sign-in-token";
    private static final String OVERSIZED = "x".repeat(10_000);

    private enum Kind { TEXT, EMAIL, CODE, DATE, INSTANT, BOOLEAN, INTEGER, LIST, OBJECT }

    /**
     * A body field: its JSON kind, whether the route needs it, its documented or column limit (0:
     * none) and, for an email, the rule a malformed address breaks.
     */
    private record Field(String name, Kind kind, boolean required, int limit, String rule) {
        Field(String name, Kind kind, boolean required, int limit) {
            this(name, kind, required, limit, null);
        }

        boolean isText() {
            return kind == Kind.TEXT || kind == Kind.EMAIL;
        }
    }

    /**
     * One write route: {@code versionOf} is the resource whose version goes in If-Match (null for
     * create-only POSTs), {@code historyOf} the resource whose history must stay as it was.
     */
    private record Route(String method, String path, Role role, String validBody, String versionOf,
            String historyOf, boolean writeDiscipline, List<Field> fields) {
    }

    /** {@code rule}: the rule the refusal must name, or null when it is a plain reading error. */
    private record Mutation(String name, Function<JsonObject, String> body, String pointer, String rule) {
        Mutation(String name, Function<JsonObject, String> body, String pointer) {
            this(name, body, pointer, null);
        }
    }

    private static Field text(String name, boolean required, int limit) {
        return new Field(name, Kind.TEXT, required, limit);
    }

    private static Field email(String name, boolean required, String rule) {
        return new Field(name, Kind.EMAIL, required, 320, rule);
    }

    private static Field code(String name, boolean required) {
        return new Field(name, Kind.CODE, required, 0);
    }

    private static Field date(String name, boolean required) {
        return new Field(name, Kind.DATE, required, 0);
    }

    private static Field bool(String name) {
        return new Field(name, Kind.BOOLEAN, false, 0);
    }

    private static Field integer(String name) {
        return new Field(name, Kind.INTEGER, true, 0);
    }

    /** reason (10..2000 characters) is required on every support operation. */
    private static Field reason() {
        return new Field("reason", Kind.TEXT, true, 2000);
    }

    private static Route route(String method, String path, String body, String versionOf, String historyOf,
            Field... fields) {
        return new Route(method, path, Role.AGENT, json(body), versionOf, historyOf, true, List.of(fields));
    }

    /** A route the school-facing pages send with the intake token. */
    private static Route intakeRoute(String method, String path, String body, String historyOf, Field... fields) {
        return new Route(method, path, Role.INTAKE, json(body), null, historyOf, true, List.of(fields));
    }

    private static Route leadRoute(String method, String path, String body, String versionOf, String historyOf,
            Field... fields) {
        return new Route(method, path, Role.LEAD, json(body), versionOf, historyOf, true, List.of(fields));
    }

    private static final String R = ",'reason':'" + REASON + "'";

    /** Every write of api.md (school operations, support operations, tickets, notes) and POST /test-clock. */
    private static List<Route> routes() {
        return List.of(
                // School operations
                route("POST", "/access-requests", "{'urn':'100001'}", null, "/schools/100001",
                        text("urn", true, 6)), // rule: ACC-1
                route("PUT", "/schools/100003/induction-tutor",
                        "{'mode':'nominate','full_name':'Sam Elm','email':'sam@elm.sch.uk'}", "/schools/100003",
                        "/schools/100003", code("mode", true), text("full_name", true, 200),
                        email("email", true, "SIT-3"), bool("override")), // rule: SIT-1, SIT-3 (malformed email)
                route("PUT", "/schools/100004/cohorts/2026/programme",
                        "{'choice':'full_induction_programme','rollover':false}", "/schools/100004", "/schools/100004",
                        code("choice", false), bool("rollover"), bool("override")), // rule: PROG-1
                route("PUT", "/schools/100001/cohorts/2026/appropriate-body",
                        "{'appropriate_body_id':'ab-hub','apply_to_current_ects':false}", "/schools/100001",
                        "/schools/100001", text("appropriate_body_id", false, 64),
                        bool("apply_to_current_ects")), // rule: AB-1
                route("POST", "/partnerships",
                        "{'school_urn':'100003','cohort':2026,'lead_provider_id':'lp-a','delivery_partner_id':'dp-n'}",
                        null, "/schools/100003", text("school_urn", true, 6), integer("cohort"),
                        text("lead_provider_id", true, 64), text("delivery_partner_id", true, 64)), // rule: PART-1
                route("POST", "/partnerships/p-1/challenge", "{'challenge_reason':'mistake'}", "/partnerships/p-1",
                        "/partnerships/p-1", code("challenge_reason", true), bool("override")), // rule: PART-3
                route("PUT", "/schools/100001/cohorts/2026/partnership",
                        "{'lead_provider_id':'lp-b','delivery_partner_id':'dp-n'" + R + "}", "/schools/100001",
                        "/schools/100001", text("lead_provider_id", true, 64), text("delivery_partner_id", true, 64),
                        reason()), // op: OVR-PARTNERSHIP
                route("POST", "/partnerships/p-2/reinstate", "{'reason':'" + REASON + "'}", "/partnerships/p-2",
                        "/partnerships/p-2", reason()), // op: OVR-PARTNERSHIP
                route("POST", "/schools/100001/ects", "{'trn':'1000001','date_of_birth':'1994-03-03',"
                        + "'full_name':'Priya Raman','email':'priya@oak.sch.uk','cohort':2026,'nino':'QQ123456C',"
                        + "'known_as':'Priya','appropriate_body_id':'ab-hub','mentor_id':'m-1'}", null, "/schools/100001",
                        text("trn", true, 7), date("date_of_birth", true), text("full_name", true, 200),
                        email("email", true, "ECT-5"), integer("cohort"), text("nino", false, 16),
                        text("known_as", false, 200), text("appropriate_body_id", false, 64),
                        text("mentor_id", false, 64)), // rule: ECT-1
                route("POST", "/schools/100001/mentors", "{'trn':'1000003','date_of_birth':'1980-06-03',"
                        + "'full_name':'Kim Mentor','email':'kim@oak.sch.uk','cohort':2026}", null, "/schools/100001",
                        text("trn", true, 7), date("date_of_birth", true), text("full_name", true, 200),
                        email("email", true, "MEN-4"), integer("cohort"), text("nino", false, 16),
                        text("known_as", false, 200)), // rule: MEN-1
                route("POST", "/schools/100001/transfers-in", "{'participant_id':'e-2','joining_date':'2026-11-01',"
                        + "'email':'eve@oak.sch.uk','training':'continue'}", "/participants/e-2", "/participants/e-2",
                        text("participant_id", true, 64), date("joining_date", true), email("email", false, "TECT-5"),
                        code("training", true), code("type", false)), // rule: TECT-1
                route("POST", "/participants/e-1/leaving", "{'school_urn':'100001','leaving_date':'2026-12-31'}",
                        "/participants/e-1", "/participants/e-1", text("school_urn", true, 6),
                        date("leaving_date", true), code("leaving_reason", false)), // rule: OECT-1
                route("PUT", "/participants/e-3/mentor", "{'mentor_id':'m-1'}", "/participants/e-3",
                        "/participants/e-3", text("mentor_id", false, 64), bool("override")), // rule: LINK-1
                route("PATCH", "/participants/e-1", "{'full_name':'Jane Smith-Jones',"
                        + "'name_change_reason':'married_or_changed_name','email':'jane.sj@oak.sch.uk'}",
                        "/participants/e-1", "/participants/e-1", text("full_name", false, 200),
                        code("name_change_reason", false), email("email", false, "CECT-4"), bool("override")), // rule: CECT-1
                route("PUT", "/participants/e-1/appropriate-body", "{'appropriate_body_id':'ab-hub-2'}",
                        "/participants/e-1", "/participants/e-1", text("appropriate_body_id", false, 64),
                        bool("override")), // rule: CECT-5
                // Support operations
                route("POST", "/access-requests/100001/resend", "{'reason':'" + REASON + "'}", null, "/schools/100001",
                        reason()), // op: OVR-ACCESS
                route("POST", "/participants/e-1/revalidation",
                        "{'trn':'7654321','date_of_birth':'1995-04-21','nino':'QQ123456C','known_as':'Jane'" + R + "}",
                        "/participants/e-1", "/participants/e-1", text("trn", false, 7), date("date_of_birth", true),
                        text("nino", false, 16), text("known_as", false, 200), reason()), // op: OVR-REVALIDATE
                route("POST", "/participants/m-1/mentor-pools", "{'school_urn':'100003'" + R + "}", "/participants/m-1",
                        "/participants/m-1", text("school_urn", true, 6), reason()), // op: OVR-MENTOR-POOL
                route("DELETE", "/participants/m-1/mentor-pools/100002", "{'reason':'" + REASON + "'}",
                        "/participants/m-1", "/participants/m-1", reason()), // op: OVR-MENTOR-POOL
                route("POST", "/participants/e-1/school-transfer", "{'school_urn':'100002','start_date':'2026-11-01',"
                        + "'email':'jane@birch.sch.uk','training':'school_default'" + R + "}", "/participants/e-1",
                        "/participants/e-1", text("school_urn", true, 6), date("start_date", true),
                        email("email", false, "OVR-TRANSFER"), code("training", true), reason()), // op: OVR-TRANSFER
                route("POST", "/participants/e-1/status", "{'action':'complete','date':'2026-09-30'" + R + "}",
                        "/participants/e-1", "/participants/e-1", code("action", true), date("date", false),
                        reason()), // op: OVR-STATUS
                route("PUT", "/participants/e-1/cohort", "{'cohort':2025" + R + "}", "/participants/e-1",
                        "/participants/e-1", integer("cohort"), reason()), // op: OVR-COHORT
                route("PUT", "/participants/e-1/induction-start-date", "{'date':'2026-03-02'" + R + "}",
                        "/participants/e-1", "/participants/e-1", date("date", true), reason()), // op: OVR-INDUCTION-START
                route("PUT", "/participants/e-1/eligibility",
                        "{'status':'ineligible','eligibility_reason':'previous_induction'" + R + "}", "/participants/e-1",
                        "/participants/e-1", code("status", true), code("eligibility_reason", true),
                        reason()), // op: OVR-ELIGIBILITY
                route("DELETE", "/participants/e-3/eligibility", "{'reason':'" + REASON + "'}", "/participants/e-3",
                        "/participants/e-3", reason()), // op: OVR-ELIGIBILITY
                leadRoute("POST", "/participants/e-1/merge", "{'duplicate_id':'e-dup'" + R + "}", "/participants/e-1",
                        "/participants/e-1", text("duplicate_id", true, 64), reason()), // op: OVR-MERGE
                leadRoute("DELETE", "/participants/e-dup", "{'reason_code':'registered_in_error'" + R + "}",
                        "/participants/e-dup", "/participants/e-dup", code("reason_code", true),
                        reason()), // op: OVR-REMOVE, rule: REM-1
                route("POST", "/notes", "{'target':'school:100001','body':'Rang the school about the tutor'}", null,
                        "/schools/100001", text("target", true, 80), text("body", true, 5000)), // op: OVR-NOTE
                // Tickets
                route("POST", "/tickets", "{'from_email':'pat@oak.sch.uk','subject':'Wrong TRN',"
                        + "'body':'Please fix the TRN','school_urn':'100001'}", null, null,
                        email("from_email", true, "SUP-2"), text("subject", true, 500), text("body", true, 100_000),
                        text("school_urn", false, 6)), // rule: SUP-2
                route("POST", "/tickets/t-1/claim", "{}", "/tickets/t-1", null),
                route("POST", "/tickets/t-2/release", "{}", "/tickets/t-2", null),
                route("PUT", "/tickets/t-2/triage", "{'category':'other','priority':'normal',"
                        + "'linked':{'schools':['100001'],'participants':['e-1']}}", "/tickets/t-2", null,
                        code("category", true), code("priority", true), new Field("linked", Kind.OBJECT, false, 0)),
                route("PUT", "/tickets/t-2/status", "{'status':'waiting_on_school'}", "/tickets/t-2", null,
                        code("status", true)),
                route("POST", "/tickets/t-2/notes", "{'body':'Rang the school, left a message'}", "/tickets/t-2", null,
                        text("body", true, 5000)),
                route("POST", "/tickets/t-2/resolve", "{'resolution':'Fixed the TRN','operations':[],"
                        + "'reply':{'subject':'Your TRN','body':'We fixed it.'}}", "/tickets/t-2", null,
                        text("resolution", true, 5000), new Field("operations", Kind.LIST, false, 0),
                        new Field("reply", Kind.OBJECT, false, 0)),
                // School-facing sign-in (the intake token of the sign-in page)
                intakeRoute("POST", "/sign-in-links", "{'email':'pat@oak.sch.uk'}", "/schools/100001",
                        email("email", true, "LOG-1")), // rule: LOG-1, LOG-2
                intakeRoute("POST", "/sign-in", "{'token':'" + SIGN_IN_TOKEN + "','accept_privacy_policy':true}",
                        "/schools/100001", text("token", true, 200), bool("accept_privacy_policy")), // rule: LOG-1, LOG-3
                // The test clock: lead only, outside the write discipline (no Idempotency-Key).
                new Route("POST", "/test-clock", Role.LEAD, json("{'now':'2026-10-02T09:00:00Z'}"), null, null, false,
                        List.of(new Field("now", Kind.INSTANT, true, 0))));
    }

    private String intake;

    @BeforeEach
    void data() {
        intake = fixture.token(Role.INTAKE);
        Instant now = Instant.parse("2026-10-01T09:00:00Z");
        fixture.fixClock(now).cohort(2025).cohort(2026).cohort(2027)
                .leadProvider("lp-a", "Ambition Institute").leadProvider("lp-b", "Best Practice Network")
                .deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2026, "lp-a", "dp-n").pairing(2026, "lp-b", "dp-n")
                .appropriateBody("ab-hub", "Alpha Teaching School Hub", "teaching_school_hub", null)
                .appropriateBody("ab-hub-2", "Beta Teaching School Hub", "teaching_school_hub", null)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .school("100003", "Elm Primary", 1, "203", "N1 1AA", "office@elm.sch.uk")
                .school("100004", "Ash Primary", 1, "204", "N2 2AA", "office@ash.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk")
                .inductionTutor("100004", "Ash Tutor", "tutor@ash.sch.uk")
                .inductionTutor("100002", "Lee Birch", "lee@birch.sch.uk")
                .schoolCohort("100001", 2025, "core_induction_programme", null)
                .schoolCohort("100001", 2026, "full_induction_programme", null)
                .schoolCohort("100002", 2026, "full_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .partnership("p-2", "100002", 2026, "lp-b", "dp-n", "challenged", Instant.parse("2026-06-01T10:00:00Z"))
                .participant("m-1", "mentor", "Mo Mentor", "2222222", LocalDate.of(1980, 1, 2), "100001", 2026,
                        "mo@oak.sch.uk")
                .inductionRecord("ir-m1", "m-1", "100001", 2026, "lp-a", "dp-n", null, null, LocalDate.of(2026, 9, 1), null)
                .mentorPool("m-1", "100001").mentorPool("m-1", "100002")
                .participant("e-1", "ect", "Jane Smith", "7654321", LocalDate.of(1995, 4, 21), "100001", 2026,
                        "jane@oak.sch.uk")
                .inductionRecord("ir-e1", "e-1", "100001", 2026, "lp-a", "dp-n", null, "m-1", LocalDate.of(2026, 9, 1),
                        null)
                .participant("e-dup", "ect", "Jane Smith", null, LocalDate.of(1995, 4, 21), "100001", 2026, null)
                .inductionRecord("ir-dup", "e-dup", "100001", 2026, "lp-a", "dp-n", null, null,
                        LocalDate.of(2026, 9, 1), null)
                .participant("e-2", "ect", "Eve Birch", "3333333", LocalDate.of(1996, 5, 6), "100002", 2026,
                        "eve@birch.sch.uk")
                .inductionRecord("ir-e2", "e-2", "100002", 2026, "lp-b", "dp-n", null, null, LocalDate.of(2026, 9, 1),
                        null)
                .participant("e-3", "ect", "Ali Manual", "4444444", LocalDate.of(1996, 7, 8), "100001", 2026,
                        "ali@oak.sch.uk")
                .inductionRecord("ir-e3", "e-3", "100001", 2026, "lp-a", "dp-n", null, null, LocalDate.of(2026, 9, 1),
                        null)
                .teacherRecord("7654321", "Jane Smith", LocalDate.of(1995, 4, 21), "QQ123456C")
                .teacherRecord("1000001", "Priya Raman", LocalDate.of(1994, 3, 3), "QQ123456C")
                .teacherRecord("1000003", "Kim Mentor", LocalDate.of(1980, 6, 3), null)
                .ticket("t-1", now.minusSeconds(3600), "new", null, null)
                .ticket("t-2", now.minusSeconds(3600), "triaged", "other", null);
        db.inTransaction(c -> {
            // t-2 is claimed by the agent who sends the writes (Fixture names agents by role).
            try (var claim = c.prepareStatement("UPDATE tickets SET assignee = 'Sam agent', claimed_until = ? "
                    + "WHERE id = 't-2'")) {
                claim.setObject(1, java.time.OffsetDateTime.parse("2026-10-01T09:30:00Z"));
                claim.executeUpdate();
            }
            try (var link = c.prepareStatement("INSERT INTO sign_in_links (token_hash, tutor_id, email_lower, created_at, "
                    + "expires_at, used_at) VALUES (?, 'sit-100001', 'pat@oak.sch.uk', ?, ?, NULL)")) {
                link.setString(1, uk.gov.ects.desk.service.auth.TokenHasher.hash(SIGN_IN_TOKEN));
                link.setObject(2, java.time.OffsetDateTime.parse("2026-10-01T09:00:00Z"));
                link.setObject(3, java.time.OffsetDateTime.parse("2026-10-01T10:00:00Z"));
                link.executeUpdate();
            }
            try (var manual = c.prepareStatement("UPDATE participants SET eligibility_manual = TRUE, "
                    + "eligibility_status = 'ineligible', eligibility_reason = 'previous_induction' WHERE id = 'e-3'")) {
                manual.executeUpdate();
            }
            return null;
        });
    }

    @TestFactory
    @DisplayName("Every write route refuses bad bodies in the error envelope naming the field, and stores nothing")
    Stream<DynamicNode> badBodies() {
        return routes().stream().map(route -> DynamicContainer.dynamicContainer(route.method() + " " + route.path(),
                Stream.concat(Stream.of(DynamicTest.dynamicTest("the valid body reads (preview)",
                        () -> validBodyReads(route))),
                        mutations(route).stream().map(mutation -> DynamicTest.dynamicTest(mutation.name(),
                                () -> refusedAndNothingStored(route, mutation))))));
    }

    /**
     * The starting body is accepted (as a preview, which stores nothing), so each refusal below is
     * the mutation's doing and not some other fault of the body or the records.
     */
    private void validBodyReads(Route route) {
        if (!route.writeDiscipline()) {
            return; // the test clock has no preview; moving it would change what the other cases see
        }
        Api.Reply reply = send(route, route.path() + "?preview=true", route.validBody());
        assertTrue(reply.status() == 200 || reply.status() == 201 || reply.status() == 202, "the valid body is accepted: "
                + abbreviated(reply.body()));
    }

    private static List<Mutation> mutations(Route route) {
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(new Mutation("malformed JSON", valid -> valid.toString().substring(0, valid.toString().length() - 1)
                + ",", ""));
        mutations.add(new Mutation("a JSON array as the body", valid -> "[" + valid + "]", ""));
        mutations.add(new Mutation("null as the body", valid -> "null", ""));
        mutations.add(new Mutation("a JSON string as the body", valid -> "\"" + REASON + "\"", ""));
        for (Field field : route.fields()) {
            addFieldMutations(mutations, field);
        }
        if (route.writeDiscipline()) {
            // Every write may carry reason and ticket_id, whether or not it needs them.
            if (route.fields().stream().noneMatch(f -> f.name().equals("reason"))) {
                mutations.add(set("reason", "a number", new JsonPrimitive(42)));
                mutations.add(set("reason", "10,000 characters", new JsonPrimitive(OVERSIZED)));
            }
            mutations.add(set("ticket_id", "a number", new JsonPrimitive(42)));
            mutations.add(set("ticket_id", "an object", new JsonObject()));
            mutations.add(set("ticket_id", "10,000 characters", new JsonPrimitive(OVERSIZED)));
        }
        return mutations;
    }

    private static void addFieldMutations(List<Mutation> mutations, Field field) {
        String name = field.name();
        if (field.required()) {
            mutations.add(new Mutation(name + " missing", valid -> without(valid, name), "/" + name));
            if (field.isText() || field.kind() == Kind.CODE || field.kind() == Kind.DATE) {
                mutations.add(set(name, "null", JsonNull.INSTANCE));
            }
        }
        switch (field.kind()) {
            case TEXT, EMAIL, CODE, DATE, INSTANT -> {
                mutations.add(set(name, "a number", new JsonPrimitive(42)));
                mutations.add(set(name, "true", new JsonPrimitive(true)));
                mutations.add(set(name, "an object", object("value", "x")));
                mutations.add(set(name, "a list", list("x")));
                if (field.limit() == 0 || field.limit() < OVERSIZED.length()) {
                    mutations.add(set(name, "10,000 characters", new JsonPrimitive(OVERSIZED)));
                }
            }
            case BOOLEAN -> {
                mutations.add(set(name, "text", new JsonPrimitive("yes")));
                mutations.add(set(name, "a number", new JsonPrimitive(1)));
            }
            case INTEGER -> {
                mutations.add(set(name, "a year written as text", new JsonPrimitive("2026")));
                mutations.add(set(name, "a fraction", new JsonPrimitive(2026.5)));
                mutations.add(set(name, "a huge number", new JsonPrimitive(new java.math.BigInteger("9".repeat(30)))));
                mutations.add(set(name, "an object", object("year", "2026")));
                mutations.add(set(name, "an unknown year", new JsonPrimitive(1066)));
            }
            case LIST -> {
                mutations.add(set(name, "text", new JsonPrimitive("ae-1")));
                mutations.add(set(name, "a list holding a number", listOfNumber()));
                mutations.add(set(name, "a list holding 10,000 characters", list(OVERSIZED)));
            }
            case OBJECT -> {
                mutations.add(set(name, "text", new JsonPrimitive("x")));
                mutations.add(set(name, "a list", list("x")));
            }
        }
        if (field.isText() && field.limit() > 0 && field.limit() < OVERSIZED.length()) {
            // One past the documented or column limit: refused, never truncated or stored.
            mutations.add(set(name, (field.limit() + 1) + " characters", new JsonPrimitive("x".repeat(field.limit() + 1))));
        }
        if (field.kind() == Kind.CODE) {
            mutations.add(set(name, "an unknown value", new JsonPrimitive("Not A Known Value")));
        }
        if (field.kind() == Kind.EMAIL) {
            for (String malformed : List.of("pat.oak.sch.uk", "pat@", "@oak.sch.uk", "pat @oak.sch.uk")) {
                Mutation mutation = set(name, "the malformed address " + malformed, new JsonPrimitive(malformed));
                mutations.add(new Mutation(mutation.name(), mutation.body(), mutation.pointer(), field.rule()));
            }
        }
        if (field.kind() == Kind.DATE) {
            for (String impossible : List.of("2026-02-30", "30/02/2026", "tomorrow", "2026-13-01", "2026-9-1",
                    "2026-09-01T00:00:00Z")) {
                mutations.add(set(name, "the impossible date " + impossible, new JsonPrimitive(impossible)));
            }
        }
        if (field.kind() == Kind.INSTANT) {
            for (String impossible : List.of("2026-02-30T09:00:00Z", "30/02/2026", "tomorrow", "2026-10-02")) {
                mutations.add(set(name, "the impossible time " + impossible, new JsonPrimitive(impossible)));
            }
        }
        if (field.kind() == Kind.OBJECT && name.equals("linked")) {
            mutations.add(new Mutation("linked.schools as text", valid -> {
                JsonObject body = valid.deepCopy();
                body.getAsJsonObject("linked").addProperty("schools", "100001");
                return body.toString();
            }, "/linked"));
        }
        if (field.kind() == Kind.OBJECT && name.equals("reply")) {
            mutations.add(new Mutation("reply.body missing", valid -> {
                JsonObject body = valid.deepCopy();
                body.getAsJsonObject("reply").remove("body");
                return body.toString();
            }, "/reply"));
            mutations.add(new Mutation("reply.subject 10,000 characters", valid -> {
                JsonObject body = valid.deepCopy();
                body.getAsJsonObject("reply").addProperty("subject", OVERSIZED);
                return body.toString();
            }, "/reply"));
        }
    }

    private void refusedAndNothingStored(Route route, Mutation mutation) {
        Snapshot before = snapshot(route);
        String body = mutation.body().apply(JsonParser.parseString(route.validBody()).getAsJsonObject());
        Api.Reply reply = send(route, route.path(), body);

        assertTrue(reply.status() == 400 || reply.status() == 422, route.path() + ", " + mutation.name()
                + ": 400 or 422, not " + reply.status() + ": "
                + abbreviated(reply.body()));
        String type = reply.header("Content-Type");
        assertTrue(type != null && type.startsWith("application/json"), "the error envelope is JSON: " + type);
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace");
        JsonArray errors = reply.json().getAsJsonArray("errors");
        assertEquals(1, errors.size(), reply.body());
        JsonObject error = errors.get(0).getAsJsonObject();
        assertEquals(String.valueOf(reply.status()), error.get("status").getAsString());
        assertTrue(error.has("code") && !error.get("code").getAsString().isBlank(), "a stable code");
        assertTrue(error.has("title") && error.has("detail"), "title and detail for people");
        JsonElement pointer = error.getAsJsonObject("source").get("pointer");
        if (mutation.pointer().isEmpty()) {
            assertEquals("malformed_json", error.get("code").getAsString(), reply.body());
        } else {
            assertTrue(pointer != null && !pointer.isJsonNull(), "the error names the field: " + abbreviated(reply.body()));
            String named = pointer.getAsString();
            assertTrue(named.equals(mutation.pointer()) || named.startsWith(mutation.pointer() + "/"),
                    "the error names " + mutation.pointer() + ", not " + named + ": " + abbreviated(reply.body()));
        }
        if (mutation.rule() != null) {
            assertEquals(mutation.rule(), error.get("rule").isJsonNull() ? null : error.get("rule").getAsString(),
                    abbreviated(reply.body()));
        }
        assertEquals(before, snapshot(route), "nothing stored");
    }

    private record Snapshot(long feedHead, long newFeedRows, String history, String emails, String tickets,
            long auditEvents, long idempotencyKeys, long notes, String clock) {
    }

    private Snapshot snapshot(Route route) {
        long head = lastSeq();
        Api.Reply changes = api.get("/changes?after=" + head, viewer);
        assertEquals(200, changes.status(), changes.body());
        String history = route.historyOf() == null ? "" : api.get(route.historyOf() + "/history", viewer).body();
        return new Snapshot(head, changes.json().getAsJsonArray("data").size(), history,
                api.get("/emails?limit=500", viewer).body(), api.get("/tickets?limit=500", viewer).body(),
                count("audit_events"), count("idempotency_keys"), count("notes"),
                api.get("/test-clock", viewer).body());
    }

    private Api.Reply send(Route route, String path, String body) {
        String token = switch (route.role()) {
            case LEAD -> lead;
            case INTAKE -> intake;
            default -> agent;
        };
        if (!route.writeDiscipline()) {
            return api.post(path, token, body);
        }
        Map<String, String> headers = new HashMap<>();
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        if (route.versionOf() != null) {
            headers.put("If-Match", "\"" + version(route.versionOf()) + "\"");
        }
        return api.write(route.method(), path, token, body, headers);
    }

    private static Mutation set(String field, String what, JsonElement value) {
        return new Mutation(field + " as " + what, valid -> {
            JsonObject body = valid.deepCopy();
            body.add(field, value);
            return body.toString();
        }, "/" + field);
    }

    private static String without(JsonObject valid, String field) {
        JsonObject body = valid.deepCopy();
        body.remove(field);
        return body.toString();
    }

    private static JsonObject object(String key, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(key, value);
        return object;
    }

    private static JsonArray list(String value) {
        JsonArray array = new JsonArray();
        array.add(value);
        return array;
    }

    private static JsonArray listOfNumber() {
        JsonArray array = new JsonArray();
        array.add(42);
        return array;
    }

    private static String abbreviated(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }

    @org.junit.jupiter.api.Test
    @DisplayName("The table covers every write route the service declares")
    void everyRouteIsInTheTable() {
        // 37 routes go through Writes (SupportService) plus POST /test-clock; a new write must join the table.
        assertEquals(38, routes().size());
        assertEquals(38, routes().stream().map(r -> r.method() + " " + r.path()).distinct().count());
        assertNotEquals(0, mutations(routes().get(0)).size());
    }
}
