package uk.gov.ects.desk.service.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.auth.Agent;
import uk.gov.ects.desk.service.auth.AgentDirectory;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.writes.WriteTestBase;

class TicketWritesTest extends WriteTestBase {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");

    private String intake;
    /** A second agent with a name of their own, to compete for claims. */
    private String robin;

    @BeforeEach
    void data() {
        fixture.fixClock(NOW).cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .school("100002", "Birch Academy", 28, "202", "M1 2AB", "office@birch.sch.uk")
                .participant("p-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 12), "100001", 2026,
                        "jane@oak.sch.uk")
                .ticket("t-1", NOW.minusSeconds(3600), "new", null, null);
        intake = fixture.token(Role.INTAKE);
        robin = namedToken("Robin Agent");
    }

    private String namedToken(String name) {
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
        return api.get("/tickets/" + id, viewer).attributes();
    }

    private Api.Reply action(String path, String token, String json) {
        String id = path.split("/")[2];
        return write(path.endsWith("triage") || path.endsWith("status") ? "PUT" : "POST", path, token, json,
                version("/tickets/" + id));
    }

    private void moveClock(Instant to) {
        Api.Reply moved = api.post("/test-clock", lead, "{\"now\":\"" + to + "\"}");
        assertEquals(200, moved.status(), moved.body());
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        for (JsonElement element : array) {
            values.add(element.getAsString());
        }
        return values;
    }

    @Test
    @DisplayName("SUP-1, SUP-2: the contact form makes a new ticket each time, status new, priority normal, linked to its school")
    void intakeCreatesTickets() {
        String json = json("{'from_email':'pat@oak.sch.uk','subject':'Wrong TRN','body':'Please fix it','school_urn':'100001'}");
        Api.Reply first = write("POST", "/tickets", intake, json, null);
        Api.Reply second = write("POST", "/tickets", intake, json, null);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, second.status(), second.body());
        assertNotEquals(first.data().get("id").getAsString(), second.data().get("id").getAsString()); // rule: SUP-2
        JsonObject created = ticket(first.data().get("id").getAsString());
        assertEquals("new", created.get("status").getAsString());
        assertEquals("normal", created.get("priority").getAsString());
        assertEquals(List.of("100001"), strings(created.getAsJsonObject("linked").getAsJsonArray("schools")));
        assertEquals(NOW.toString(), created.get("received_at").getAsString());
        assertEquals(0, created.get("notes").getAsInt());
        assertEquals(3, count("tickets"));
        String eventId = first.json().getAsJsonObject("meta").get("audit_event_id").getAsString();
        assertEquals(1, number("SELECT COUNT(*) FROM audit_events WHERE id = '" + eventId + "' AND operation = 'SUP-2'"));
    }

    @Test
    @DisplayName("SUP-2: an agent may log a ticket; a viewer may not; a bad school or sender is refused")
    void intakeChecks() {
        assertEquals(201, write("POST", "/tickets", agent,
                json("{'from_email':'x@y.org','subject':'Hi','body':'Call me'}"), null).status());
        assertError(write("POST", "/tickets", viewer, json("{'from_email':'x@y.org','subject':'Hi','body':'B'}"), null),
                403, "forbidden");
        Api.Reply noSchool = write("POST", "/tickets", intake,
                json("{'from_email':'x@y.org','subject':'Hi','body':'B','school_urn':'999999'}"), null);
        assertError(noSchool, 422, "school_not_found");
        assertError(write("POST", "/tickets", intake, json("{'from_email':'not-an-email','subject':'Hi','body':'B'}"), null),
                422, "email_invalid");
        assertError(write("POST", "/tickets", intake, json("{'from_email':'x@y.org','body':'B'}"), null),
                422, "field_required");
    }

    @Test
    @DisplayName("An Idempotency-Key sent twice makes one ticket and replays the answer")
    void idempotentIntake() {
        String key = UUID.randomUUID().toString();
        String json = json("{'from_email':'pat@oak.sch.uk','subject':'Help','body':'Please'}");
        Api.Reply first = write("POST", "/tickets", intake, json, key, null);
        Api.Reply again = write("POST", "/tickets", intake, json, key, null);
        assertEquals(201, again.status());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.data().get("id").getAsString(), again.data().get("id").getAsString());
        assertEquals(2, count("tickets"));
    }

    @Test
    @DisplayName("Claim: 30 minutes by the service clock, renewable by the claimant, free to others once it runs out")
    void claimLease() {
        Api.Reply claimed = action("/tickets/t-1/claim", agent, null);
        assertEquals(200, claimed.status(), claimed.body());
        assertEquals("Sam agent", claimed.attributes().get("assignee").getAsString());
        assertEquals(NOW.plusSeconds(1800).toString(), claimed.attributes().get("claimed_until").getAsString());

        Api.Reply competing = action("/tickets/t-1/claim", robin, null);
        assertError(competing, 409, "claimed_by_other");
        assertTrue(competing.firstError().get("detail").getAsString().contains("Sam agent"));
        assertEquals("Sam agent", competing.json().getAsJsonObject("meta").getAsJsonObject("claimed_by")
                .get("name").getAsString());

        moveClock(NOW.plusSeconds(20 * 60));
        Api.Reply renewed = action("/tickets/t-1/claim", agent, null);
        assertEquals(200, renewed.status(), renewed.body());
        assertEquals(NOW.plusSeconds(50 * 60).toString(), renewed.attributes().get("claimed_until").getAsString());
        moveClock(NOW.plusSeconds(49 * 60));
        assertError(action("/tickets/t-1/claim", robin, null), 409, "claimed_by_other");

        moveClock(NOW.plusSeconds(51 * 60));
        Api.Reply taken = action("/tickets/t-1/claim", robin, null);
        assertEquals(200, taken.status(), taken.body());
        assertEquals("Robin Agent", taken.attributes().get("assignee").getAsString());
        assertEquals(1, api.get("/tickets?assignee=Robin%20Agent", viewer).json().getAsJsonArray("data").size());
    }

    @Test
    @DisplayName("A claim on a ticket someone else holds is refused naming them whatever version it carries; "
            + "a stale claim on a ticket nobody holds is still a version conflict")
    void claimedByOtherComesBeforeIfMatch() {
        // op: TICKET (POST /tickets/{id}/claim). Issue 5: a claim queued offline on the version the agent
        // saw hears at once who took the ticket, rather than 412 and then 409 after sending it again.
        long seen = version("/tickets/t-1");
        assertEquals(200, action("/tickets/t-1/claim", robin, null).status());

        Api.Reply offline = write("POST", "/tickets/t-1/claim", agent, null, seen);
        assertError(offline, 409, "claimed_by_other");
        assertEquals("TICKET", offline.firstError().get("rule").getAsString());
        assertTrue(offline.firstError().get("detail").getAsString().contains("Robin Agent"), offline.body());
        assertEquals("Robin Agent", offline.json().getAsJsonObject("meta").getAsJsonObject("claimed_by")
                .get("name").getAsString());
        assertError(write("POST", "/tickets/t-1/claim?preview=true", agent, null, seen), 409, "claimed_by_other");
        assertEquals("Robin Agent", ticket("t-1").get("assignee").getAsString(), "Robin keeps the ticket");

        assertEquals(200, action("/tickets/t-1/release", robin, null).status());
        Api.Reply stale = write("POST", "/tickets/t-1/claim", agent, null, seen);
        assertError(stale, 412, "version_conflict"); // nobody holds it, but it changed since the agent saw it
        assertEquals(200, action("/tickets/t-1/claim", agent, null).status());
    }

    @Test
    @DisplayName("Release: only the claimant; then the ticket is back in the queue for anyone")
    void release() {
        assertError(action("/tickets/t-1/release", agent, null), 409, "not_claimed_by_you");
        assertEquals(200, action("/tickets/t-1/claim", agent, null).status());
        assertError(action("/tickets/t-1/release", robin, null), 409, "claimed_by_other");
        Api.Reply released = action("/tickets/t-1/release", agent, null);
        assertEquals(200, released.status(), released.body());
        assertTrue(released.attributes().get("assignee").isJsonNull());
        assertTrue(released.attributes().get("claimed_until").isJsonNull());
        assertEquals(200, action("/tickets/t-1/claim", robin, null).status());
    }

    @Test
    @DisplayName("Triage checks category, priority and that every linked school and participant exists")
    void triage() {
        assertError(action("/tickets/t-1/triage", agent, json("{'category':'cake','priority':'normal'}")),
                422, "invalid_value");
        assertError(action("/tickets/t-1/triage", agent, json("{'category':'other','priority':'asap'}")),
                422, "invalid_value");
        Api.Reply badSchool = action("/tickets/t-1/triage", agent, json(
                "{'category':'transfer','priority':'high','linked':{'schools':['100001','999999'],'participants':[]}}"));
        assertError(badSchool, 422, "linked_school_not_found");
        assertTrue(badSchool.firstError().get("detail").getAsString().contains("999999"));
        assertEquals("/linked/schools/1", badSchool.firstError().getAsJsonObject("source").get("pointer").getAsString());
        Api.Reply badPerson = action("/tickets/t-1/triage", agent, json(
                "{'category':'transfer','priority':'high','linked':{'schools':[],'participants':['p-404']}}"));
        assertError(badPerson, 422, "linked_participant_not_found");
        assertTrue(badPerson.firstError().get("detail").getAsString().contains("p-404"));
        assertEquals("new", ticket("t-1").get("status").getAsString(), "a refused triage changes nothing");

        Api.Reply triaged = action("/tickets/t-1/triage", agent, json(
                "{'category':'trn_dob_correction','priority':'urgent','linked':{'schools':['100001'],'participants':['p-1']}}"));
        assertEquals(200, triaged.status(), triaged.body());
        JsonObject a = triaged.attributes();
        assertEquals("triaged", a.get("status").getAsString());
        assertEquals("trn_dob_correction", a.get("category").getAsString());
        assertEquals("urgent", a.get("priority").getAsString());
        assertEquals(List.of("p-1"), strings(a.getAsJsonObject("linked").getAsJsonArray("participants")));
        assertEquals(1, api.get("/tickets?category=trn_dob_correction", viewer).json().getAsJsonArray("data").size());
    }

    @Test
    @DisplayName("Status: waiting_on_school and back; resolved only through resolve; someone else's claim blocks it")
    void status() {
        Api.Reply waiting = action("/tickets/t-1/status", agent, json("{'status':'waiting_on_school'}"));
        assertEquals(200, waiting.status(), waiting.body());
        assertEquals("waiting_on_school", waiting.attributes().get("status").getAsString());
        assertError(action("/tickets/t-1/status", agent, json("{'status':'resolved'}")), 422, "invalid_value");
        assertEquals(200, action("/tickets/t-1/claim", robin, null).status());
        assertError(action("/tickets/t-1/status", agent, json("{'status':'triaged'}")), 409, "claimed_by_other");
        assertEquals(200, action("/tickets/t-1/status", robin, json("{'status':'triaged'}")).status());
    }

    @Test
    @DisplayName("Notes: an internal note is listed under ticket:ID, counted on the ticket and audited")
    void notes() {
        Api.Reply noted = action("/tickets/t-1/notes", agent, json("{'body':'Rang the school, left a message'}"));
        assertEquals(200, noted.status(), noted.body());
        assertEquals(1, noted.attributes().get("notes").getAsInt());
        JsonArray listed = api.get("/notes?target=ticket:t-1", viewer).json().getAsJsonArray("data");
        assertEquals(1, listed.size());
        assertEquals("Rang the school, left a message",
                listed.get(0).getAsJsonObject().getAsJsonObject("attributes").get("body").getAsString());
        assertEquals(1, number("SELECT COUNT(*) FROM audit_events WHERE target_type = 'ticket' AND target_id = 't-1' "
                + "AND changes LIKE '%left a message%'"));
        assertError(action("/tickets/t-1/notes", agent, json("{'body':'  '}")), 422, "note_required");
        assertError(action("/tickets/t-1/notes", agent, "{\"body\":\"" + "x".repeat(5001) + "\"}"), 422, "note_too_long");
    }

    @Test
    @DisplayName("Resolve needs the caller's live claim")
    void resolveNeedsClaim() {
        String json = json("{'resolution':'Fixed the TRN'}");
        assertError(action("/tickets/t-1/resolve", agent, json), 409, "claim_required");
        assertEquals(200, action("/tickets/t-1/claim", robin, null).status());
        assertError(action("/tickets/t-1/resolve", agent, json), 409, "claimed_by_other");
        moveClock(NOW.plusSeconds(31 * 60));
        assertError(action("/tickets/t-1/resolve", robin, json), 409, "claim_required"); // the lease ran out
        assertEquals("new", ticket("t-1").get("status").getAsString());
    }

    @Test
    @DisplayName("Resolve links the named changes and those sent with ticket_id, and emails the reply to the sender")
    void resolveLinksOperationsAndReplies() {
        fixture.audit("ae-earlier", NOW.minusSeconds(600), "participant", "p-1", "OVR-REVALIDATE");
        Api.Reply schoolNote = post("/notes", json("{'target':'school:100001','body':'TRN fixed for Jane','ticket_id':'t-1'}"));
        assertEquals(201, schoolNote.status(), schoolNote.body());
        String noteEvent = schoolNote.json().getAsJsonObject("meta").get("audit_event_id").getAsString();
        assertEquals(List.of(noteEvent), strings(ticket("t-1").getAsJsonArray("operations")),
                "a write with ticket_id shows on the ticket at once");

        assertEquals(200, action("/tickets/t-1/claim", agent, null).status());
        Api.Reply unknown = action("/tickets/t-1/resolve", agent,
                json("{'resolution':'Fixed','operations':['ae-earlier','ae-nope']}"));
        assertError(unknown, 422, "audit_event_not_found");
        assertTrue(unknown.firstError().get("detail").getAsString().contains("ae-nope"));

        Api.Reply resolved = action("/tickets/t-1/resolve", agent, json("{'resolution':'Corrected the TRN',"
                + "'operations':['ae-earlier'],'reply':{'subject':'Your TRN question','body':'We have corrected it.'}}"));
        assertEquals(200, resolved.status(), resolved.body());
        JsonObject a = resolved.attributes();
        assertEquals("resolved", a.get("status").getAsString());
        assertEquals("Corrected the TRN", a.get("resolution").getAsString());
        assertEquals(List.of("ae-earlier", noteEvent), strings(a.getAsJsonArray("operations")));
        JsonArray sent = emails("?to=pat@oak.sch.uk");
        assertEquals(1, sent.size());
        JsonObject email = sent.get(0).getAsJsonObject().getAsJsonObject("attributes");
        assertEquals("ticket_reply", email.get("template").getAsString());
        assertEquals("Your TRN question", email.get("subject").getAsString());
        assertEquals("ticket_reply", resolved.json().getAsJsonObject("meta").getAsJsonArray("emails").get(0)
                .getAsJsonObject().get("template").getAsString());
        assertError(action("/tickets/t-1/claim", agent, null), 409, "ticket_resolved");
    }

    @Test
    @DisplayName("A write sent with ticket_id links its event to the ticket without a new ticket version, "
            + "so work queued on the ticket still applies; the feed shows the longer operations")
    void ticketIdLinksWithoutChangingTheVersion() {
        // op: OVR-NOTE sent with ticket_id, then TICKET resolve on the version the agent saw (issue 5)
        assertEquals(200, action("/tickets/t-1/claim", agent, null).status());
        long seen = version("/tickets/t-1");
        long before = lastSeq();
        Api.Reply note = post("/notes", json("{'target':'school:100001','body':'TRN fixed for Jane','ticket_id':'t-1'}"));
        assertEquals(201, note.status(), note.body());
        String event = note.json().getAsJsonObject("meta").get("audit_event_id").getAsString();
        assertEquals(seen, version("/tickets/t-1"), "linking an event changes none of the ticket's fields");

        JsonObject row = null;
        for (JsonElement element : api.get("/changes?after=" + before, viewer).json().getAsJsonArray("data")) {
            if (element.getAsJsonObject().get("id").getAsString().equals("t-1")) {
                row = element.getAsJsonObject();
            }
        }
        assertTrue(row != null, "the ticket moves in the feed so caches see the new event");
        assertEquals(seen, row.get("version").getAsLong());
        assertEquals(List.of(event), strings(row.getAsJsonObject("attributes").getAsJsonArray("operations")));

        Api.Reply resolved = write("POST", "/tickets/t-1/resolve", agent, json("{'resolution':'Corrected the TRN'}"),
                seen);
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals(seen + 1, resolved.data().get("version").getAsLong());
        assertEquals(List.of(event), strings(resolved.attributes().getAsJsonArray("operations")));
    }

    @Test
    @DisplayName("SUP-2: resolve records resolved_at from the service clock; it is null while the ticket is open "
            + "and travels in the change feed")
    void resolveRecordsWhen() {
        assertTrue(ticket("t-1").get("resolved_at").isJsonNull(), "an open ticket has no resolved_at");
        assertEquals(200, action("/tickets/t-1/claim", agent, null).status());
        Instant later = NOW.plusSeconds(20 * 60);
        moveClock(later); // the service's clock, not the caller's, says when
        long before = lastSeq();

        Api.Reply resolved = action("/tickets/t-1/resolve", agent, json("{'resolution':'Corrected the TRN'}"));

        assertEquals(200, resolved.status(), resolved.body());
        assertEquals(later.toString(), resolved.attributes().get("resolved_at").getAsString());
        assertEquals(later.toString(), ticket("t-1").get("resolved_at").getAsString());
        JsonObject fed = null;
        for (JsonElement row : api.get("/changes?after=" + before, viewer).json().getAsJsonArray("data")) {
            if (row.getAsJsonObject().get("id").getAsString().equals("t-1")) {
                fed = row.getAsJsonObject().getAsJsonObject("attributes");
            }
        }
        assertTrue(fed != null, "the resolved ticket is in the feed");
        assertEquals(later.toString(), fed.get("resolved_at").getAsString());
    }

    @Test
    @DisplayName("Every ticket change moves the ticket in the change feed with its new version")
    void changeFeed() {
        long before = lastSeq();
        Api.Reply created = write("POST", "/tickets", intake, json("{'from_email':'a@b.org','subject':'S','body':'B'}"), null);
        String id = created.data().get("id").getAsString();
        assertEquals(200, action("/tickets/" + id + "/claim", agent, null).status());
        JsonArray rows = api.get("/changes?after=" + before, viewer).json().getAsJsonArray("data");
        JsonObject row = null;
        for (JsonElement element : rows) {
            if (element.getAsJsonObject().get("id").getAsString().equals(id)) {
                row = element.getAsJsonObject();
            }
        }
        assertTrue(row != null, "the new ticket is in the feed");
        assertEquals("ticket", row.get("type").getAsString());
        assertEquals(2, row.get("version").getAsLong());
        assertEquals("Sam agent", row.getAsJsonObject("attributes").get("assignee").getAsString());
    }

    @Test
    @DisplayName("Ticket actions carry If-Match: none → 428, stale → 412 with the ticket now")
    void ifMatch() {
        assertError(write("POST", "/tickets/t-1/claim", agent, null, null), 428, "precondition_required");
        assertEquals(200, action("/tickets/t-1/notes", agent, json("{'body':'first'}")).status());
        Api.Reply stale = write("POST", "/tickets/t-1/claim", agent, null, 1L);
        assertError(stale, 412, "version_conflict");
        assertEquals(2, stale.json().getAsJsonObject("meta").getAsJsonObject("current").get("version").getAsLong());
        assertError(write("POST", "/tickets/t-404/claim", agent, null, 1L), 404, "not_found");
    }

    @Test
    @DisplayName("The intake token can only log tickets")
    void intakeCannotWorkTickets() {
        assertError(write("POST", "/tickets/t-1/claim", intake, null, 1L), 403, "forbidden");
        assertEquals(403, api.get("/tickets", intake).status());
    }
}
