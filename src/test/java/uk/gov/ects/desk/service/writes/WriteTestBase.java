package uk.gov.ects.desk.service.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/** Helpers for write tests: agent tokens, writes with a fresh Idempotency-Key, and store counts. */
public abstract class WriteTestBase extends ServiceTestBase {

    protected String agent;
    protected String lead;

    @BeforeEach
    void writeTokens() {
        agent = fixture.token(Role.AGENT);
        lead = fixture.token(Role.LEAD);
    }

    /** A write with a new key; {@code version} null sends no If-Match. */
    protected Api.Reply write(String method, String path, String token, String json, Long version) {
        return write(method, path, token, json, UUID.randomUUID().toString(), version);
    }

    protected Api.Reply write(String method, String path, String token, String json, String key, Long version) {
        Map<String, String> headers = new HashMap<>();
        if (key != null) {
            headers.put("Idempotency-Key", key);
        }
        if (version != null) {
            headers.put("If-Match", "\"" + version + "\"");
        }
        return api.write(method, path, token, json, headers);
    }

    protected Api.Reply put(String path, String json, long version) {
        return write("PUT", path, agent, json, version);
    }

    protected Api.Reply post(String path, String json) {
        return write("POST", path, agent, json, null);
    }

    protected Api.Reply post(String path, String json, long version) {
        return write("POST", path, agent, json, version);
    }

    protected long version(String path) {
        Api.Reply reply = api.get(path, viewer);
        return reply.data().get("version").getAsLong();
    }

    protected JsonArray history(String path) {
        return api.get(path + "/history", viewer).json().getAsJsonArray("data");
    }

    protected JsonArray emails(String query) {
        return api.get("/emails" + query, viewer).json().getAsJsonArray("data");
    }

    /** What a refused write must leave alone: the change feed, the audit log and the email log. */
    protected record StoreMarks(long feedHead, long auditEvents, long emails) {
    }

    protected StoreMarks marks() {
        return new StoreMarks(lastSeq(), count("audit_events"), count("emails"));
    }

    /** A refusal changes no record (no feed row), records no audit event and sends no email. */
    protected void assertNothingWrittenSince(StoreMarks before) {
        assertEquals(before, marks(), "a refused write changes nothing");
    }

    /** The reply is refused with this status, {@code code} and {@code rule} in the error envelope. */
    protected static void assertRefusedBy(Api.Reply reply, int status, String code, String rule) {
        assertError(reply, status, code);
        JsonElement named = reply.firstError().get("rule");
        assertEquals(rule, named == null || named.isJsonNull() ? null
                : named.getAsString(), reply.body());
    }

    protected long lastSeq() {
        return number("SELECT last_seq FROM feed_head WHERE id = 1");
    }

    protected long count(String table) {
        return number("SELECT COUNT(*) FROM " + table);
    }

    protected long number(String sql) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    protected static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
