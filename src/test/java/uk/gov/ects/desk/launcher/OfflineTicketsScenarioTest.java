package uk.gov.ects.desk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.client.api.dto.TicketLinksDto;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxRequest;
import uk.gov.ects.desk.client.outbox.OutboxState;
import uk.gov.ects.desk.client.outbox.OutboxTarget;
import uk.gov.ects.desk.client.session.ClientSession;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Agent;
import uk.gov.ects.desk.service.auth.AgentDirectory;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/**
 * Issue 5, the offline scenario end to end against the real service (no GUI): ticket work and a
 * revalidation queued through the outbox while the service is down survive an app restart and land
 * in order, exactly once, when the service is back on the same port with the same store.
 */
class OfflineTicketsScenarioTest extends ServiceTestBase {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
    private static final List<String> TICKETS = List.of("t-1", "t-2", "t-3");
    private static final String PARTICIPANT = "e-1";
    private static final String RECORD_TRN = "1234567";
    private static final String RECORD_DOB = "1995-04-12";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private String agent;
    private String baseUrl;
    private ClientSession session;
    private SupportService restarted;

    @BeforeEach
    void ticketsAndAParticipantNeedingRevalidation() throws Exception {
        fixture.fixClock(NOW).cohort(2026)
                .leadProvider("lp-a", "Ambition Institute")
                .deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2026, "lp-a", "dp-n")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor("100001", "Lee Tutor", "lee@oak.sch.uk")
                .schoolCohort("100001", 2026, "full_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                // registered with a mistyped TRN and date of birth; the TRA record has the right ones
                .participant(PARTICIPANT, "ect", "Jane Smith", "7654321", LocalDate.of(1995, 4, 21), "100001", 2026,
                        "jane@oak.sch.uk")
                .inductionRecord("ir-e1", PARTICIPANT, "100001", 2026, "lp-a", "dp-n", null, null,
                        LocalDate.of(2026, 9, 1), null)
                .teacherRecord(RECORD_TRN, "Jane Smith", LocalDate.parse(RECORD_DOB), "AB123456C");
        for (int i = 0; i < TICKETS.size(); i++) {
            fixture.ticket(TICKETS.get(i), NOW.minusSeconds(3600L * (i + 1)), "new", null, null);
        }
        agent = fixture.token(Role.AGENT);
        baseUrl = service.baseUrl();

        session = openSession();
        session.sync().syncNow().get(30, TimeUnit.SECONDS);
        awaitTrue("the first sync brings the tickets and the participant", () ->
                TICKETS.stream().allMatch(id -> session.cache().ticket(id).isPresent())
                        && session.cache().version("participant", PARTICIPANT).isPresent());
    }

    @AfterEach
    void closeAll() {
        if (session != null) {
            session.close();
        }
        if (restarted != null) {
            restarted.stop();
        }
    }

    @Test
    @DisplayName("SUP-2, OVR-REVALIDATE: claim, triage, resolve on three tickets and a revalidation queued offline "
            + "survive an app restart and are applied once, in order, with no conflict, when the service is back")
    void offlineTicketWorkLandsInOrderAfterRestart() throws Exception {
        int port = service.port();
        service.stop();

        OutboxTicketActions actions = new OutboxTicketActions(() -> session.outbox(), Runnable::run);
        for (String id : TICKETS) {
            TicketDto ticket = session.cache().ticket(id).orElseThrow();
            // rule: SUP-2 (claim → triage → resolve, each on the version the previous one produces)
            actions.claim(ticket).toCompletableFuture().join();
            actions.triage(ticket, "trn_dob_correction", "high",
                    new TicketLinksDto(List.of("100001"), List.of(PARTICIPANT))).toCompletableFuture().join();
            if (id.equals("t-1")) {
                // rule: OVR-REVALIDATE, sent with ticket_id so the service links it to the ticket
                session.outbox().enqueue(revalidation("t-1"));
            }
            actions.resolve(ticket, "Corrected the TRN and date of birth", "We have corrected the record for " + id + ".")
                    .toCompletableFuture().join();
        }
        assertEquals(10, session.outbox().counts().waiting(), "3 × 3 ticket changes and the revalidation");

        // The app restarts while the service is still down, then the service comes back on the same port.
        session.close();
        session = openSession();
        restarted = new SupportService(db, "127.0.0.1", port).start();
        session.sync().syncNow().get(30, TimeUnit.SECONDS);
        // Linking the revalidation to t-1 (ticket_id) is an append to t-1's history, not a change to the
        // ticket, so t-1's version is unchanged and its queued resolve applies on the version the triage
        // produced: nothing comes back as a conflict for the agent to send again.
        awaitTrue("every queued change gets its answer", () -> session.outbox().counts().waiting() == 0);
        assertEquals(10, session.outbox().counts().applied(), this::outboxSummary);
        assertTrue(session.outbox().counts().isClear(), "no conflict, refusal or failure:" + outboxSummary());

        List<String> revalidations = auditIds("participant", PARTICIPANT, "OVR-REVALIDATE");
        assertEquals(1, revalidations.size(), "the TRN changed once");
        String revalidation = revalidations.get(0);
        assertEquals(RECORD_TRN, text(participant(), "trn"));
        for (String id : TICKETS) {
            JsonObject ticket = ticket(id);
            assertEquals("resolved", text(ticket, "status"), id);
            assertEquals("trn_dob_correction", text(ticket, "category"), id);
            assertEquals(List.of("claim", "triage", "resolve"), ticketHistory(id),
                    "claim, triage and resolve, once each and in that order, on " + id);
            // the resolve the outbox recorded as applied is the resolve event in the ticket's history
            OutboxEntry resolve = session.outbox().entries().stream()
                    .filter(e -> e.path().equals("/tickets/" + id + "/resolve")).findFirst().orElseThrow();
            String resolveEvent = text(resolve.response().getAsJsonObject("meta"), "audit_event_id");
            assertEquals(auditIds("ticket", id, "TICKET").get(2), resolveEvent, id);
            List<String> linked = strings(ticket.getAsJsonArray("operations"));
            assertEquals(id.equals("t-1") ? List.of(revalidation) : List.of(), linked,
                    "only t-1 links the revalidation sent with its ticket_id");
        }
        JsonObject revalidationEvent = participantHistory().stream()
                .filter(event -> event.get("id").getAsString().equals(revalidation)).findFirst().orElseThrow()
                .getAsJsonObject("attributes");
        assertEquals("t-1", text(revalidationEvent, "ticket_id"), "the participant's history names the ticket");
        // The link moved t-1 in the change feed without a new version: the cache shows it at the service's version.
        session.sync().syncNow().get(30, TimeUnit.SECONDS);
        TicketDto cached = session.cache().ticket("t-1").orElseThrow();
        assertEquals(List.of(revalidation), cached.operations());
        assertEquals(ticketVersion("t-1"), cached.version());

        List<String> replies = new ArrayList<>();
        for (JsonElement email : api.get("/emails?to=pat@oak.sch.uk", viewer).json().getAsJsonArray("data")) {
            JsonObject attributes = email.getAsJsonObject().getAsJsonObject("attributes");
            if ("ticket_reply".equals(text(attributes, "template"))) {
                JsonObject facts = attributes.getAsJsonObject("facts");
                replies.add(text(facts, "ticket_id") + ": " + text(facts, "body"));
            }
        }
        assertEquals(3, replies.size(), "one reply per ticket: " + replies);
        for (String id : TICKETS) {
            assertTrue(replies.contains(id + ": We have corrected the record for " + id + "."), id + ": " + replies);
        }
    }

    @Test
    @DisplayName("SUP-2: a claim another agent made while this one was offline is refused when the client is back; "
            + "the triage and resolution queued behind it are held, and Robin's work is not overwritten")
    void competingClaimWhileOffline() throws Exception {
        int port = service.port();
        service.stop();

        OutboxTicketActions actions = new OutboxTicketActions(() -> session.outbox(), Runnable::run);
        TicketDto ticket = session.cache().ticket("t-2").orElseThrow();
        actions.claim(ticket).toCompletableFuture().join();
        actions.triage(ticket, "trn_dob_correction", "high", TicketLinksDto.NONE).toCompletableFuture().join();
        actions.resolve(ticket, "Corrected the TRN", "We have corrected it.").toCompletableFuture().join();
        List<OutboxEntry> queued = session.outbox().entries();
        assertEquals(3, queued.size());

        session.close();
        session = null;
        restarted = new SupportService(db, "127.0.0.1", port).start();
        String robin = namedAgentToken("Robin Agent");
        var claimed = api.write("POST", "/tickets/t-2/claim", robin, null,
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "If-Match", "\"" + ticket.version() + "\""));
        assertEquals(200, claimed.status(), claimed.body());

        session = openSession();
        session.sync().syncNow().get(30, TimeUnit.SECONDS);
        long claimId = queued.get(0).id();
        awaitTrue("the queued claim gets its answer",
                () -> session.outbox().entry(claimId).orElseThrow().state() != OutboxState.QUEUED
                        && session.outbox().entry(claimId).orElseThrow().state() != OutboxState.SENDING);

        // Robin holds the ticket, so the queued claim is refused as claimed_by_other naming Robin at once,
        // whatever version it carries (not first a 412 to send again on the current version).
        OutboxEntry refused = session.outbox().entry(claimId).orElseThrow();
        assertEquals(OutboxState.REJECTED, refused.state(), this::outboxSummary);
        assertEquals("claimed_by_other", refused.error().code());
        assertEquals("TICKET", refused.error().rule());
        assertTrue(refused.error().message().contains("Robin Agent"), refused.error().message());

        // The triage and resolution queued behind the refused claim are held for the agent to decide:
        // another send run sends nothing.
        assertEquals(0, session.sender().sendNow().get(30, TimeUnit.SECONDS), this::outboxSummary);
        for (OutboxEntry behind : queued.subList(1, 3)) {
            OutboxEntry held = session.outbox().entry(behind.id()).orElseThrow();
            assertEquals(OutboxState.QUEUED, held.state(), behind.summary() + " waits behind the refused claim");
            assertEquals(0, held.attempts(), behind.summary() + " was never sent");
        }

        JsonObject t2 = ticket("t-2");
        assertEquals("Robin Agent", text(t2, "assignee"));
        assertEquals("new", text(t2, "status"), "not triaged, not resolved");
        assertEquals(List.of("claim"), ticketHistory("t-2"), "only the other agent's claim reached the service");
        assertEquals(0, auditIds("ticket", "t-2", "TICKET").stream()
                .filter(id -> actorOf(id).equals("Sam agent")).count());
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private ClientSession openSession() {
        return ClientSession.start(ApiSettings.of(baseUrl, () -> agent), dir.resolve("cache"),
                CacheKey.fromKeyFile(dir.resolve("cache.key")), Clock.systemUTC());
    }

    private OutboxRequest revalidation(String ticketId) {
        JsonObject body = new JsonObject();
        body.addProperty("trn", RECORD_TRN);
        body.addProperty("date_of_birth", RECORD_DOB);
        body.addProperty("reason", "The school sent the TRA letter, see the ticket");
        body.addProperty("ticket_id", ticketId);
        long seen = session.cache().version("participant", PARTICIPANT).orElseThrow();
        return new OutboxRequest("OVR-REVALIDATE", "Revalidate participant " + PARTICIPANT, "POST",
                "/participants/" + PARTICIPANT + "/revalidation", new OutboxTarget("participant", PARTICIPANT), body,
                true, seen);
    }

    private String namedAgentToken(String name) {
        String token = "tok-" + UUID.randomUUID();
        Agent other = new Agent("agent-" + UUID.randomUUID(), name, Role.AGENT);
        db.inTransaction(c -> {
            AgentDirectory.insertAgent(c, other);
            AgentDirectory.insertToken(c, other.id(), token, null);
            return null;
        });
        return token;
    }

    private JsonObject ticket(String id) {
        var reply = api.get("/tickets/" + id, viewer);
        assertEquals(200, reply.status(), reply.body());
        return reply.attributes();
    }

    private long ticketVersion(String id) {
        var reply = api.get("/tickets/" + id, viewer);
        assertEquals(200, reply.status(), reply.body());
        return reply.data().get("version").getAsLong();
    }

    private JsonObject participant() {
        var reply = api.get("/participants/" + PARTICIPANT, viewer);
        assertEquals(200, reply.status(), reply.body());
        return reply.attributes();
    }

    private List<JsonObject> participantHistory() {
        var reply = api.get("/participants/" + PARTICIPANT + "/history", viewer);
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> events = new ArrayList<>();
        reply.json().getAsJsonArray("data").forEach(event -> events.add(event.getAsJsonObject()));
        return events;
    }

    /** Which ticket action an audit event records, told by the fields it changed. */
    private static String action(List<String> changed) {
        if (changed.contains("resolution")) {
            return "resolve";
        }
        if (changed.contains("category")) {
            return "triage";
        }
        if (changed.contains("assignee")) {
            return "claim";
        }
        return "other " + changed;
    }

    /**
     * The action each audit event on the ticket changed, in the order the service wrote them
     * (the fixed clock gives every event the same time, so H2's row order tells them apart).
     */
    private List<String> ticketHistory(String id) {
        return db.read(c -> {
            List<String> fields = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT changes FROM audit_events WHERE target_type = "
                    + "'ticket' AND target_id = ? ORDER BY _ROWID_")) {
                query.setString(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        List<String> changed = new ArrayList<>();
                        JsonParser.parseString(rs.getString(1)).getAsJsonArray()
                                .forEach(change -> changed.add(text(change.getAsJsonObject(), "field")));
                        fields.add(action(changed));
                    }
                }
            }
            return fields;
        });
    }

    private List<String> auditIds(String type, String id, String operation) {
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id FROM audit_events WHERE target_type = ? "
                    + "AND target_id = ? AND operation = ? ORDER BY _ROWID_")) {
                query.setString(1, type);
                query.setString(2, id);
                query.setString(3, operation);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    private String actorOf(String eventId) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT actor_name FROM audit_events WHERE id = ?")) {
                query.setString(1, eventId);
                try (ResultSet rs = query.executeQuery()) {
                    assertTrue(rs.next());
                    return rs.getString(1);
                }
            }
        });
    }

    private static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        assertNotNull(value, field);
        return value.isJsonNull() ? null : value.getAsString();
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.getAsString()));
        return values;
    }

    private String outboxSummary() {
        StringBuilder summary = new StringBuilder();
        for (OutboxEntry entry : session.outbox().entries()) {
            summary.append('\n').append(entry.summary()).append(": ").append(entry.state())
                    .append(entry.error() == null ? "" : " " + entry.error().code() + " " + entry.error().message());
        }
        return summary.toString();
    }

    private void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting for: " + what + (session == null ? "" : outboxSummary()));
            }
            Thread.sleep(20);
        }
    }
}
