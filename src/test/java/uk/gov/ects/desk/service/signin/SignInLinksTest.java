package uk.gov.ects.desk.service.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.emails.EmailLogMailer;
import uk.gov.ects.desk.service.emails.Mailer;
import uk.gov.ects.desk.service.emails.OutgoingEmail;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

/**
 * The school-facing sign-in (LOG-1..LOG-3) over HTTP on a real loopback service. A capturing mailer
 * stands in for the one that would deliver: it is the only place the link goes besides the tutor.
 */
class SignInLinksTest extends WriteTestBase {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
    private static final String REASON = "Tutor rang: the sign-in email never came";

    private final List<OutgoingEmail> delivered = new CopyOnWriteArrayList<>();
    private String intake;

    @BeforeEach
    void serviceWithCapturingMailer() {
        fixture.fixClock(NOW).cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .school("100003", "Elm Primary", 1, "203", "N1 1AA", "office@elm.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "Pat.Tutor@oak.sch.uk")
                .inductionTutor("100002", "Lee Birch", "lee@birch.sch.uk");
        EmailLogMailer log = new EmailLogMailer();
        Mailer capturing = (tx, email, at) -> {
            delivered.add(email);
            return log.send(tx, email, at);
        };
        service.stop();
        service = new SupportService(db, new ServiceClock(db), capturing, "127.0.0.1", 0).start();
        api = new Api(service.port());
        intake = fixture.token(Role.INTAKE);
    }

    @Test
    @DisplayName("A registered tutor's address gets a link that signs in once; the email log never holds it")
    void registeredTutorSignsInOnce() {
        // rule: LOG-1 (any case of the address; single use; only a hash is stored)
        Api.Reply sent = askForLink(intake, "pat.tutor@OAK.sch.uk");
        assertEquals(202, sent.status(), sent.body());
        assertTrue(sent.body().contains("If this address belongs to an induction tutor"), sent.body());

        String link = deliveredLink("Pat.Tutor@oak.sch.uk");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        assertTrue(token.length() >= 40, "a long random token: " + token.length());
        JsonObject logged = onlyEmail("sign_in_link");
        assertEquals("Pat.Tutor@oak.sch.uk", logged.get("to").getAsString());
        assertEquals("2026-10-01T10:00:00Z", logged.getAsJsonObject("facts").get("expires_at").getAsString());
        assertNothingHolds(token);

        Api.Reply signedIn = signIn(token, true);
        assertEquals(200, signedIn.status(), signedIn.body());
        JsonObject tutor = signedIn.attributes();
        assertEquals("Pat Tutor", tutor.get("full_name").getAsString());
        assertEquals("Pat.Tutor@oak.sch.uk", tutor.get("email").getAsString());
        assertEquals("100001", tutor.getAsJsonArray("schools").get(0).getAsJsonObject().get("urn").getAsString());
        assertEquals("Oak Primary", tutor.getAsJsonArray("schools").get(0).getAsJsonObject().get("name").getAsString());

        assertRefusedBy(signIn(token, true), 410, "sign_in_link_used", "LOG-1");
        assertRefusedBy(signIn("not-a-link-we-sent", true), 404, "sign_in_link_unknown", "LOG-1");
        assertNothingHolds(token);
    }

    @Test
    @DisplayName("A link stops working 60 minutes after it was sent, by the service clock")
    void linkExpiresAfterAnHour() {
        // rule: LOG-1
        askForLink(intake, "lee@birch.sch.uk");
        String early = tokenOf(deliveredLink("lee@birch.sch.uk"));
        askForLink(intake, "lee@birch.sch.uk");
        String late = tokenOf(delivered.get(delivered.size() - 1).secretLink());

        moveClockTo("2026-10-01T09:59:00Z");
        assertEquals(200, signIn(early, true).status(), "still good after 59 minutes");
        moveClockTo("2026-10-01T10:01:00Z");
        assertRefusedBy(signIn(late, true), 410, "sign_in_link_expired", "LOG-1");
    }

    @Test
    @DisplayName("An unregistered address gets next steps, and the same answer as a registered one")
    void unregisteredAddressGetsNextSteps() {
        // rule: LOG-2
        Api.Reply registered = askForLink(intake, "lee@birch.sch.uk");
        Api.Reply unregistered = askForLink(intake, "someone@elm.sch.uk");
        assertEquals(registered.status(), unregistered.status());
        assertEquals(registered.body(), unregistered.body(), "the page cannot tell the two apart");

        JsonObject nextSteps = onlyEmail("sign_in_not_registered");
        assertEquals("someone@elm.sch.uk", nextSteps.get("to").getAsString());
        String steps = nextSteps.getAsJsonObject("facts").get("next_steps").getAsString();
        assertTrue(steps.contains("nominate") && steps.contains("access link"), steps);
        assertNull(delivered.get(delivered.size() - 1).secretLink(), "no link for an unregistered address");
        assertEquals(1, count("sign_in_links"), "only the registered tutor has a link");
    }

    @Test
    @DisplayName("A malformed or overlong address is refused naming /email, and nothing is sent")
    void malformedAddressRefused() {
        // rule: LOG-1
        StoreMarks before = marks();
        assertRefusedBy(askForLink(intake, "pat.oak.sch.uk"), 422, "email_invalid", "LOG-1");
        assertEquals("/email", askForLink(intake, "pat @oak.sch.uk").firstError().getAsJsonObject("source")
                .get("pointer").getAsString());
        assertError(askForLink(intake, "a".repeat(320) + "@oak.sch.uk"), 422, "too_long");
        assertError(write("POST", "/sign-in-links", intake, "{}", null), 422, "field_required");
        assertNothingWrittenSince(before);
        assertTrue(delivered.isEmpty());
    }

    @Test
    @DisplayName("Roles: the sign-in page and support may send links; only the sign-in page signs in")
    void roles() {
        // rule: LOG-1; op: OVR-SIGN-IN-LINK
        assertError(askForLink(viewer, "lee@birch.sch.uk"), 403, "forbidden");
        assertError(write("POST", "/sign-in", viewer, "{\"token\":\"x\"}", null), 403, "forbidden");
        assertError(write("POST", "/sign-in", agent, "{\"token\":\"x\"}", null), 403, "forbidden");
        assertRefusedBy(askForLink(agent, "lee@birch.sch.uk"), 422, "reason_required", "OVR-SIGN-IN-LINK");

        Api.Reply bySupport = write("POST", "/sign-in-links", agent,
                "{\"email\":\"lee@birch.sch.uk\",\"reason\":\"" + REASON + "\"}", null);
        assertEquals(202, bySupport.status(), bySupport.body());
        // Support sees what it did, like after any support write: the school, its audit event, the email.
        assertEquals("100002", bySupport.json().getAsJsonObject("data").get("id").getAsString());
        JsonObject meta = bySupport.json().getAsJsonObject("meta");
        assertEquals("sign_in_link", meta.getAsJsonArray("emails").get(0).getAsJsonObject().get("template").getAsString());
        assertFalse(bySupport.body().contains("token") || bySupport.body().contains("http"), "no link in the answer");
        JsonObject event = eventOf("/schools/100002", "OVR-SIGN-IN-LINK");
        String eventId = meta.get("audit_event_id").getAsString();
        assertTrue(history("/schools/100002").asList().stream().anyMatch(e -> eventId.equals(
                e.getAsJsonObject().get("id").getAsString())), "the answer names the event the history shows");
        assertEquals("Sam agent", event.get("actor_name").getAsString());
        assertEquals(REASON, event.get("reason").getAsString());
        assertTrue(event.get("changes").toString().contains("sign_in_link_sent_to"), event.toString());
        assertEquals(202, askForLink(intake, "lee@birch.sch.uk").status());
        assertEquals("Sam intake", eventOf("/schools/100002", "LOG-1").get("actor_name").getAsString());
    }

    @Test
    @DisplayName("The first sign-in needs the privacy policy accepted; support then sees when it was")
    void privacyPolicyOnFirstSignIn() {
        // rule: LOG-3
        JsonObject before = api.get("/schools/100001", viewer).attributes().getAsJsonObject("induction_tutor");
        assertTrue(before.has("privacy_policy_accepted_at") && before.get("privacy_policy_accepted_at").isJsonNull());
        long version = version("/schools/100001");
        askForLink(intake, "Pat.Tutor@oak.sch.uk");
        String token = tokenOf(deliveredLink("Pat.Tutor@oak.sch.uk"));

        assertRefusedBy(signIn(token, false), 422, "privacy_policy_not_accepted", "LOG-3");
        assertEquals(0, number("SELECT COUNT(*) FROM sign_in_links WHERE used_at IS NOT NULL"), "the link is not used up");
        assertEquals(version, version("/schools/100001"));

        moveClockTo("2026-10-01T09:05:00Z");
        long feedBefore = lastSeq();
        Api.Reply accepted = signIn(token, true);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("2026-10-01T09:05:00Z", accepted.attributes().get("privacy_policy_accepted_at").getAsString());

        Api.Reply school = api.get("/schools/100001", viewer);
        assertEquals("2026-10-01T09:05:00Z", school.attributes().getAsJsonObject("induction_tutor")
                .get("privacy_policy_accepted_at").getAsString());
        assertEquals(version + 1, school.data().get("version").getAsLong());
        JsonArray feed = api.get("/changes?after=" + feedBefore, viewer).json().getAsJsonArray("data");
        assertTrue(feed.toString().contains("\"privacy_policy_accepted_at\":\"2026-10-01T09:05:00Z\""), feed.toString());
        JsonObject acceptance = eventOf("/schools/100001", "LOG-3");
        assertEquals("Pat Tutor", acceptance.get("actor_name").getAsString());
        assertEquals("school", acceptance.get("actor_kind").getAsString());

        // Later sign-ins need no acceptance and keep the first time.
        askForLink(intake, "Pat.Tutor@oak.sch.uk");
        Api.Reply again = signIn(tokenOf(delivered.get(delivered.size() - 1).secretLink()), false);
        assertEquals(200, again.status(), again.body());
        assertEquals("2026-10-01T09:05:00Z", again.attributes().get("privacy_policy_accepted_at").getAsString());
    }

    @Test
    @DisplayName("A tutor of several schools signs in to all of them; a link stops working when the tutor changes")
    void severalSchoolsAndChangedTutor() throws Exception {
        // rule: LOG-1, MSIT-1
        db.inTransaction(c -> run(c, "INSERT INTO school_induction_tutors (school_urn, tutor_id) VALUES ('100003', 'sit-100001')"));
        askForLink(intake, "pat.tutor@oak.sch.uk");
        Api.Reply signedIn = signIn(tokenOf(deliveredLink("Pat.Tutor@oak.sch.uk")), true);
        assertEquals(200, signedIn.status(), signedIn.body());
        assertEquals(2, signedIn.attributes().getAsJsonArray("schools").size());

        askForLink(intake, "lee@birch.sch.uk");
        String token = tokenOf(deliveredLink("lee@birch.sch.uk"));
        db.inTransaction(c -> run(c, "UPDATE induction_tutors SET email = 'new.tutor@birch.sch.uk' WHERE id = 'sit-100002'"));
        assertRefusedBy(signIn(token, true), 410, "sign_in_link_revoked", "LOG-1");
    }

    @Test
    @DisplayName("Nothing about the token reaches the application log")
    void tokenNeverLogged() {
        // rule: LOG-1
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String token;
        try {
            askForLink(intake, "lee@birch.sch.uk");
            token = tokenOf(deliveredLink("lee@birch.sch.uk"));
            signIn(token, false);
            signIn(token, true);
            signIn(token, true);
            signIn(token + "x", true);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains(token), "the token is not logged");
        assertFalse(log.contains("token="), "no link is logged");
        assertFalse(delivered.get(0).toString().contains(token), "an email's description leaves the link out");
    }

    private JsonObject eventOf(String school, String operation) {
        for (JsonElement event : history(school)) {
            JsonObject attributes = event.getAsJsonObject().getAsJsonObject("attributes");
            if (attributes.get("operation").getAsString().equals(operation)) {
                return attributes;
            }
        }
        throw new AssertionError("no " + operation + " event on " + school);
    }

    private Api.Reply askForLink(String token, String email) {
        return write("POST", "/sign-in-links", token, "{\"email\":\"" + email + "\"}", null);
    }

    private Api.Reply signIn(String token, boolean accept) {
        return write("POST", "/sign-in", intake, "{\"token\":\"" + token + "\",\"accept_privacy_policy\":" + accept + "}",
                null);
    }

    private void moveClockTo(String now) {
        Api.Reply moved = api.post("/test-clock", lead, "{\"now\":\"" + now + "\"}");
        assertEquals(200, moved.status(), moved.body());
    }

    private String deliveredLink(String to) {
        OutgoingEmail email = delivered.stream().filter(e -> e.to().equals(to) && e.template().equals("sign_in_link"))
                .reduce((first, second) -> second).orElseThrow();
        assertNotNull(email.secretLink(), "the mailer gets the link");
        return email.secretLink();
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private JsonObject onlyEmail(String template) {
        JsonObject found = null;
        for (JsonElement email : emails("")) {
            JsonObject attributes = email.getAsJsonObject().getAsJsonObject("attributes");
            if (attributes.get("template").getAsString().equals(template)) {
                assertNull(found, "one " + template + " email");
                found = attributes;
            }
        }
        assertNotNull(found, "a " + template + " email is in the log");
        return found;
    }

    /** The token is in no reply an agent can read and in no stored row (LOG-1: only its hash is kept). */
    private void assertNothingHolds(String token) {
        for (String read : List.of("/emails?limit=500", "/changes?after=0", "/schools/100001/history")) {
            String body = api.get(read, viewer).body();
            assertFalse(body.contains(token), read + " holds the token");
            assertFalse(body.contains("token="), read + " holds the link");
        }
        String stored = db.read(c -> {
            StringBuilder all = new StringBuilder();
            for (String sql : List.of("SELECT token_hash FROM sign_in_links", "SELECT facts FROM emails",
                    "SELECT changes FROM audit_events", "SELECT COALESCE(response_body, '') FROM idempotency_keys")) {
                try (var query = c.prepareStatement(sql); var rs = query.executeQuery()) {
                    while (rs.next()) {
                        all.append(rs.getString(1)).append('\n');
                    }
                }
            }
            return all.toString();
        });
        assertFalse(stored.contains(token), "no stored row holds the token");
    }

    private static Object run(Connection c, String sql) throws SQLException {
        try (var statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        }
        return null;
    }
}
