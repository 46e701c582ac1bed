package uk.gov.ects.desk.service.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.Api;

/** api.md "Writes": idempotency, If-Match, preview, bad bodies, reason and role, over real HTTP. */
class WriteDisciplineTest extends WriteTestBase {

    private static final String NOMINATE = json("{'mode':'nominate','full_name':'Pat Tutor','email':'pat@oak.sch.uk'}");

    @BeforeEach
    void school() {
        fixture.fixClock(Instant.parse("2026-10-01T09:00:00Z"))
                .cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk");
    }

    @Test
    @DisplayName("A write without Idempotency-Key is refused with 400 and changes nothing")
    void keyRequired() {
        Api.Reply reply = write("PUT", "/schools/100001/induction-tutor", agent, NOMINATE, null, 1L);
        assertError(reply, 400, "idempotency_key_required");
        assertEquals(1, version("/schools/100001"));
        Api.Reply tooLong = write("PUT", "/schools/100001/induction-tutor", agent, NOMINATE, "k".repeat(256), 1L);
        assertError(tooLong, 400, "idempotency_key_invalid");
    }

    @Test
    @DisplayName("The same key and request twice changes the records once and replays the answer (Idempotent-Replayed)")
    void sameKeyTwice() {
        String key = UUID.randomUUID().toString();
        Api.Reply first = write("PUT", "/schools/100001/induction-tutor", agent, NOMINATE, key, 1L);
        assertEquals(200, first.status(), first.body());
        assertNull(first.header("Idempotent-Replayed"));
        long seqAfterFirst = lastSeq();

        Api.Reply again = write("PUT", "/schools/100001/induction-tutor", agent, NOMINATE, key, 1L);
        assertEquals(200, again.status(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.body(), again.body());
        assertEquals(2, version("/schools/100001"), "changed once");
        assertEquals(seqAfterFirst, lastSeq(), "nothing written by the replay");
        assertEquals(1, history("/schools/100001").size());
        assertEquals(1, emails("?school=100001").size());
    }

    @Test
    @DisplayName("The same key with a different request is refused with 422 idempotency_key_reused")
    void keyReused() {
        String key = UUID.randomUUID().toString();
        assertEquals(200, write("PUT", "/schools/100001/induction-tutor", agent, NOMINATE, key, 1L).status());
        Api.Reply other = write("PUT", "/schools/100001/induction-tutor", agent,
                json("{'mode':'replace','full_name':'Sam Other','email':'sam@oak.sch.uk'}"), key, 2L);
        assertError(other, 422, "idempotency_key_reused");
        assertEquals("pat@oak.sch.uk", api.get("/schools/100001", viewer).attributes()
                .getAsJsonObject("induction_tutor").get("email").getAsString());
    }

    @Test
    @DisplayName("Keys belong to an agent: another agent's same key is a new request")
    void keysPerAgent() {
        String key = UUID.randomUUID().toString();
        assertEquals(200, write("PUT", "/schools/100001/induction-tutor", agent, NOMINATE, key, 1L).status());
        Api.Reply otherAgent = write("PUT", "/schools/100001/induction-tutor", lead, NOMINATE, key, 1L);
        assertError(otherAgent, 412, "version_conflict");
    }

    @Test
    @DisplayName("Concurrent requests with one key apply once; the others wait (409 request_in_progress) or replay")
    void concurrentSameKey() throws Exception {
        String key = UUID.randomUUID().toString();
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return write("PUT", "/schools/100001/induction-tutor", agent, NOMINATE, key, 1L);
            }));
        }
        start.countDown();
        int applied = 0;
        for (Future<Api.Reply> future : replies) {
            Api.Reply reply = future.get();
            if (reply.status() == 200) {
                applied += reply.header("Idempotent-Replayed") == null ? 1 : 0;
            } else {
                assertError(reply, 409, "request_in_progress");
            }
        }
        pool.shutdown();
        assertEquals(1, applied, "exactly one request did the work");
        assertEquals(2, version("/schools/100001"));
        assertEquals(1, history("/schools/100001").size());
    }

    @Test
    @DisplayName("Two agents change one school from the same version: one succeeds, the other gets 412 with meta.current")
    void twoAgentsSameVersion() throws Exception {
        String otherAgent = fixture.token(Role.AGENT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<Api.Reply> a = pool.submit(() -> {
            start.await();
            return write("PUT", "/schools/100001/induction-tutor", agent, NOMINATE, 1L);
        });
        Future<Api.Reply> b = pool.submit(() -> {
            start.await();
            return write("PUT", "/schools/100001/induction-tutor", otherAgent,
                    json("{'mode':'nominate','full_name':'Sam Other','email':'sam@oak.sch.uk'}"), 1L);
        });
        start.countDown();
        List<Api.Reply> replies = List.of(a.get(), b.get());
        pool.shutdown();
        long ok = replies.stream().filter(r -> r.status() == 200).count();
        assertEquals(1, ok, replies.toString());
        Api.Reply loser = replies.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
        assertError(loser, 412, "version_conflict");
        JsonObject current = loser.json().getAsJsonObject("meta").getAsJsonObject("current");
        assertEquals(2, current.get("version").getAsLong());
        assertNotNull(current.getAsJsonObject("attributes").get("induction_tutor").getAsJsonObject());
        assertEquals(1, history("/schools/100001").size());
    }

    @Test
    @DisplayName("A write to an existing resource without If-Match gets 428 precondition_required")
    void ifMatchRequired() {
        Api.Reply reply = write("PUT", "/schools/100001/induction-tutor", agent, NOMINATE, null);
        assertError(reply, 428, "precondition_required");
        assertEquals(1, version("/schools/100001"));
    }

    @Test
    @DisplayName("A stale If-Match gets 412 and the school as it is now")
    void staleVersion() {
        assertEquals(200, put("/schools/100001/induction-tutor", NOMINATE, 1L).status());
        Api.Reply stale = put("/schools/100001/induction-tutor",
                json("{'mode':'replace','full_name':'Sam Other','email':'sam@oak.sch.uk'}"), 1L);
        assertError(stale, 412, "version_conflict");
        assertEquals("\"2\"", stale.header("ETag"));
        assertEquals("Pat Tutor", stale.json().getAsJsonObject("meta").getAsJsonObject("current")
                .getAsJsonObject("attributes").getAsJsonObject("induction_tutor").get("full_name").getAsString());
    }

    @Test
    @DisplayName("?preview=true answers the would-be school and emails, and writes nothing: feed, audit and email log unchanged")
    void previewWritesNothing() {
        long seq = lastSeq();
        long audits = count("audit_events");
        long emails = count("emails");
        long keys = count("idempotency_keys");
        Api.Reply preview = put("/schools/100001/induction-tutor?preview=true", NOMINATE, 1L);
        assertEquals(200, preview.status(), preview.body());
        assertEquals("Pat Tutor", preview.attributes().getAsJsonObject("induction_tutor").get("full_name").getAsString());
        assertEquals(2, preview.data().get("version").getAsLong(), "the version it would have");
        JsonObject meta = preview.json().getAsJsonObject("meta");
        assertTrue(meta.get("preview").getAsBoolean());
        assertTrue(meta.get("audit_event_id").isJsonNull());
        JsonArray wouldSend = meta.getAsJsonArray("emails");
        assertEquals(1, wouldSend.size()); // rule: SIT-5
        assertEquals("pat@oak.sch.uk", wouldSend.get(0).getAsJsonObject().get("to").getAsString());
        assertTrue(wouldSend.get(0).getAsJsonObject().get("id").isJsonNull());

        assertEquals(seq, lastSeq());
        assertEquals(audits, count("audit_events"));
        assertEquals(emails, count("emails"));
        assertEquals(keys, count("idempotency_keys"));
        assertEquals(1, version("/schools/100001"));
        assertTrue(api.get("/schools/100001", viewer).attributes().get("induction_tutor").isJsonNull());
    }

    @Test
    @DisplayName("A refused preview answers the refusal, like the real request would")
    void refusedPreview() {
        Api.Reply reply = put("/schools/100001/induction-tutor?preview=true",
                json("{'mode':'replace','full_name':'Pat Tutor','email':'pat@oak.sch.uk'}"), 1L);
        assertError(reply, 409, "no_induction_tutor"); // rule: CSIT-1
    }

    @Test
    @DisplayName("Bad bodies are refused naming the field, and nothing is stored")
    void badBodies() {
        long seq = lastSeq();
        Api.Reply malformed = put("/schools/100001/induction-tutor", "{\"mode\": \"nominate\",", 1L);
        assertError(malformed, 400, "malformed_json");
        Api.Reply notObject = put("/schools/100001/induction-tutor", "[1, 2]", 1L);
        assertError(notObject, 400, "malformed_json");
        Api.Reply wrongType = put("/schools/100001/induction-tutor", json("{'mode': 3}"), 1L);
        assertError(wrongType, 400, "wrong_type");
        assertEquals("/mode", wrongType.firstError().getAsJsonObject("source").get("pointer").getAsString());
        Api.Reply unknown = put("/schools/100001/induction-tutor", json("{'mode': 'appoint'}"), 1L);
        assertError(unknown, 422, "invalid_value");
        assertEquals("/mode", unknown.firstError().getAsJsonObject("source").get("pointer").getAsString());
        Api.Reply missing = put("/schools/100001/induction-tutor", json("{'full_name': 'Pat'}"), 1L);
        assertError(missing, 422, "field_required");
        assertEquals("/mode", missing.firstError().getAsJsonObject("source").get("pointer").getAsString());
        Api.Reply oversized = put("/schools/100001/induction-tutor",
                json("{'mode':'nominate','full_name':'" + "x".repeat(600) + "','email':'pat@oak.sch.uk'}"), 1L);
        assertError(oversized, 422, "too_long");
        assertEquals("/full_name", oversized.firstError().getAsJsonObject("source").get("pointer").getAsString());
        Api.Reply badOverride = put("/schools/100001/induction-tutor",
                json("{'mode':'nominate','full_name':'Pat','email':'pat@oak.sch.uk','override':'yes'}"), 1L);
        assertError(badOverride, 400, "wrong_type");
        assertEquals("/override", badOverride.firstError().getAsJsonObject("source").get("pointer").getAsString());

        assertEquals(seq, lastSeq());
        assertEquals(0, count("idempotency_keys"), "a refused request keeps no key");
        assertEquals(1, version("/schools/100001"));
    }

    @Test
    @DisplayName("A support operation without a 10+ character reason gets 422 reason_required; a viewer gets 403")
    void reasonAndRole() {
        fixture.inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk");
        long version = version("/schools/100001");
        Api.Reply noReason = put("/schools/100001/induction-tutor",
                json("{'mode':'update','full_name':'Pat Tutor-Jones','email':'pat@oak.sch.uk','reason':'typo'}"), version);
        assertError(noReason, 422, "reason_required");
        assertEquals("OVR-SIT", noReason.firstError().get("rule").getAsString());
        Api.Reply asViewer = write("PUT", "/schools/100001/induction-tutor", viewer, NOMINATE, version);
        assertError(asViewer, 403, "forbidden");
        assertEquals(version, version("/schools/100001"));
    }

    @Test
    @DisplayName("A write names its ticket: ticket_id is stored on the audit event; an unknown ticket is refused")
    void ticketOnAuditEvent() {
        fixture.ticket("t-1", Instant.parse("2026-09-30T08:00:00Z"), "new", null, null);
        Api.Reply unknownTicket = put("/schools/100001/induction-tutor",
                json("{'mode':'nominate','full_name':'Pat Tutor','email':'pat@oak.sch.uk','ticket_id':'t-404'}"), 1L);
        assertError(unknownTicket, 422, "ticket_not_found");
        Api.Reply reply = put("/schools/100001/induction-tutor",
                json("{'mode':'nominate','full_name':'Pat Tutor','email':'pat@oak.sch.uk','ticket_id':'t-1'}"), 1L);
        assertEquals(200, reply.status(), reply.body());
        String auditId = reply.json().getAsJsonObject("meta").get("audit_event_id").getAsString();
        JsonObject event = history("/schools/100001").get(0).getAsJsonObject();
        assertEquals(auditId, event.get("id").getAsString());
        assertEquals("t-1", event.getAsJsonObject("attributes").get("ticket_id").getAsString());
        assertEquals("SIT-2", event.getAsJsonObject("attributes").get("operation").getAsString());
        assertEquals("agent", event.getAsJsonObject("attributes").get("actor_kind").getAsString());
    }
}
