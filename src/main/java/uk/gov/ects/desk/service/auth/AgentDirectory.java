package uk.gov.ects.desk.service.auth;

import uk.gov.ects.desk.model.support.Role;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import uk.gov.ects.desk.service.sql.Rows;
import uk.gov.ects.desk.service.store.Database;

/** The agents and their bearer tokens. Clear tokens leave this class once, when created. */
public final class AgentDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;

    public AgentDirectory(Database database) {
        this.database = database;
    }

    /** An agent just created, with its token in clear: show or hand it over once, never log it. */
    public record CreatedAgent(Agent agent, String clearToken) {
        @Override
        public String toString() {
            return "CreatedAgent[" + agent + ", token hidden]";
        }
    }

    /** The outcome of checking a bearer token. */
    public sealed interface Check {
        record Valid(Agent agent) implements Check {
        }

        record Unknown() implements Check {
        }

        record Expired() implements Check {
        }
    }

    public CreatedAgent createAgent(String name, Role role) {
        String clearToken = newToken();
        Agent agent = new Agent("agent-" + UUID.randomUUID(), name, role);
        database.inTransaction(c -> {
            insertAgent(c, agent);
            insertToken(c, agent.id(), clearToken, null);
            return null;
        });
        return new CreatedAgent(agent, clearToken);
    }

    /**
     * First start: one agent and token per role (api.md). The embedded launcher hands the agent
     * token to the desktop app; the standalone service writes them to a private file.
     */
    /** The agent a first start makes: the one the sandbox app works as. */
    public static final String FIRST_START_AGENT = "Support agent";

    public java.util.Map<Role, CreatedAgent> createOnePerRole() {
        java.util.Map<Role, CreatedAgent> created = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String name = switch (role) {
                case VIEWER -> "Support viewer";
                case AGENT -> FIRST_START_AGENT;
                case LEAD -> "Support lead";
                case INTAKE -> "Contact form";
            };
            created.put(role, createAgent(name, role));
        }
        return created;
    }

    /** Adds an agent with a token chosen elsewhere (a dataset's fixed test tokens). */
    public static void insertAgent(Connection c, Agent agent) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO agents (id, name, role) VALUES (?, ?, ?)")) {
            insert.setString(1, agent.id());
            insert.setString(2, agent.name());
            insert.setString(3, agent.role().code());
            insert.executeUpdate();
        }
    }

    public static void insertToken(Connection c, String agentId, String clearToken, Instant expiresAt)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO api_tokens (token_hash, agent_id, expires_at) VALUES (?, ?, ?)")) {
            insert.setString(1, TokenHasher.hash(clearToken));
            insert.setString(2, agentId);
            insert.setObject(3, Rows.param(expiresAt));
            insert.executeUpdate();
        }
    }

    public boolean hasAgents() {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM agents");
                 ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    public Check check(String clearToken, Instant now) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT a.id, a.name, a.role, t.expires_at FROM api_tokens t JOIN agents a ON a.id = t.agent_id "
                            + "WHERE t.token_hash = ?")) {
                query.setString(1, TokenHasher.hash(clearToken));
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        return new Check.Unknown();
                    }
                    Instant expiresAt = Rows.instant(rs, "expires_at");
                    if (expiresAt != null && !now.isBefore(expiresAt)) {
                        return new Check.Expired();
                    }
                    return new Check.Valid(new Agent(rs.getString("id"), rs.getString("name"),
                            Role.fromCode(rs.getString("role")).orElseThrow()));
                }
            }
        });
    }

    public Optional<Agent> authenticate(String clearToken, Instant now) {
        return check(clearToken, now) instanceof Check.Valid valid ? Optional.of(valid.agent()) : Optional.empty();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
