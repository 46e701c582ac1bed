package uk.gov.ects.desk.service.writes;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.support.OperationGate;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.audit.Actor;
import uk.gov.ects.desk.service.auth.Agent;
import uk.gov.ects.desk.service.auth.Authentication;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.emails.Mailer;
import uk.gov.ects.desk.service.emails.OutgoingEmail;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.http.Json;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.ResourceRenderer;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.store.FeedHeadLock;

/**
 * Runs {@link WriteOperation}s with the write discipline of api.md "Writes". In order: the role
 * may do the operation (403); {@code Idempotency-Key} present (400); the body reads (400/422);
 * a reason where the operation needs one (422 {@code reason_required}); the key claimed (replay,
 * 409 {@code request_in_progress}, 422 {@code idempotency_key_reused}). Then one transaction takes
 * the feed-head lock (so writers queue and the version check below sees the last commit), runs the
 * operation's refusals that hold whatever the version ({@link WriteOperation#refuseBeforeIfMatch}), checks
 * {@code If-Match} (428, 412 with {@code meta.current}), applies the operation, bumps versions,
 * writes feed rows, sends emails and stores the response. {@code ?preview=true} runs all of it in
 * a transaction that is rolled back, and stores no key.
 */
public final class Writes {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final Database database;
    private final ServiceClock clock;
    private final Mailer mailer;
    private final Map<String, ResourceRenderer> renderers = new HashMap<>();
    private final IdempotencyStore keys;

    public Writes(Database database, ServiceClock clock, Mailer mailer, List<ResourceRenderer> renderers) {
        this.database = database;
        this.clock = clock;
        this.mailer = mailer;
        renderers.forEach(renderer -> this.renderers.put(renderer.type(), renderer));
        this.keys = new IdempotencyStore(database);
    }

    /** The Javalin handler for one operation; declare the route with {@code Access.ANY_AGENT}, the role check is here. */
    public <R> Handler handler(WriteOperation<R> operation) {
        return ctx -> execute(ctx, operation);
    }

    private record Outcome(int status, String body, Long etag) {
    }

    /** Thrown inside a preview's transaction to roll it back, carrying the answer out. */
    private static final class PreviewRollback extends RuntimeException {
        private final transient Outcome outcome;

        PreviewRollback(Outcome outcome) {
            super("preview", null, false, false);
            this.outcome = outcome;
        }
    }

    /** A stale {@code If-Match}: answered 412 with the resource as it is now. */
    private static final class VersionConflict extends RuntimeException {
        private final transient Resource current;

        VersionConflict(Resource current) {
            super("version_conflict", null, false, false);
            this.current = current;
        }
    }

    private <R> void execute(Context ctx, WriteOperation<R> operation) {
        Agent agent = Authentication.agent(ctx);
        Role role = agent.role();
        if (!role.mayDo(operation.operation())) {
            OperationGate.check(role, operation.operation(), null); // throws the 403 naming the operation
        }
        String key = idempotencyKey(ctx);
        Body body = Body.parse(ctx.body());
        R request = operation.parse(new WriteRequest(ctx.pathParamMap(), body));
        Operation resolved = operation.resolve(request, role);
        String reason = body.text("reason", Integer.MAX_VALUE);
        OperationGate.check(role, resolved, reason);
        if (reason != null && reason.trim().length() > OperationGate.MAX_REASON) {
            OperationGate.requireReason(reason, resolved.id());
        }
        String ticketId = body.text("ticket_id", 64);
        Actor actor = Actor.agent(agent.name());
        boolean preview = "true".equalsIgnoreCase(ctx.queryParam("preview"));
        Call<R> call = new Call<>(operation, request, resolved, actor, blankToNull(reason), blankToNull(ticketId),
                ctx.header("If-Match"), preview, agent.id(), key);

        try {
            if (preview) {
                respond(ctx, runPreview(call), false);
                return;
            }
            String hash = RequestHash.of(ctx.method().name(), ctx.path(), ctx.queryString(), ctx.body());
            IdempotencyStore.Claim claim = keys.claim(agent.id(), key, hash, clock.realNow());
            if (claim instanceof IdempotencyStore.Claim.Replay replay) {
                respond(ctx, new Outcome(replay.status(), replay.body(), etagOf(replay.body())), true);
                return;
            }
            if (claim instanceof IdempotencyStore.Claim.InProgress) {
                throw new ApiError(409, "request_in_progress", "This request is still being processed",
                        "A request with this Idempotency-Key is still running. Wait a moment and send it again "
                                + "with the same key to get its answer.", null, null);
            }
            if (claim instanceof IdempotencyStore.Claim.Reused) {
                throw new ApiError(422, "idempotency_key_reused", "Idempotency-Key used for another request",
                        "This Idempotency-Key was already used for a different request. Use a new key for a new request.",
                        null, null);
            }
            Outcome outcome;
            try {
                outcome = database.inTransaction(tx -> run(tx, call));
            } catch (RuntimeException e) {
                keys.release(agent.id(), key);
                throw e;
            }
            respond(ctx, outcome, false);
        } catch (VersionConflict conflict) {
            writeVersionConflict(ctx, conflict.current);
        }
    }

    private record Call<R>(WriteOperation<R> operation, R request, Operation resolved, Actor actor, String reason,
            String ticketId, String ifMatch, boolean preview, String agentId, String key) {
    }

    private <R> Outcome runPreview(Call<R> call) {
        try {
            database.inTransaction(tx -> {
                throw new PreviewRollback(run(tx, call));
            });
            throw new IllegalStateException("a preview transaction must roll back");
        } catch (PreviewRollback rollback) {
            return rollback.outcome;
        }
    }

    private <R> Outcome run(Connection tx, Call<R> call) throws SQLException {
        FeedHeadLock.take(tx); // writers queue here, so two writes from one version cannot both pass the version check
        if (call.ticketId() != null && !Sql.exists(tx, "SELECT 1 FROM tickets WHERE id = ?", call.ticketId())) {
            throw new ApiError(422, "ticket_not_found", "Ticket not found", "There is no ticket " + call.ticketId()
                    + ". Check the ticket id, or leave it out.", null, "/ticket_id");
        }
        WriteContext context = new WriteContext(tx, call.actor(), call.resolved().id(), call.reason(), call.ticketId(),
                clock.now(), clock.today(), call.preview());
        call.operation().refuseBeforeIfMatch(context, call.request());
        Target guard = call.operation().guard(call.request());
        if (guard != null) {
            checkVersion(tx, guard, call.ifMatch());
        }
        WriteResult result = call.operation().apply(context, call.request());
        context.finish(mailer);
        Outcome outcome = render(tx, result, context);
        if (!call.preview()) {
            keys.complete(tx, call.agentId(), call.key(), outcome.status(), outcome.body());
        }
        return outcome;
    }

    private void checkVersion(Connection tx, Target guard, String ifMatch) throws SQLException {
        Resource current = renderer(guard.type()).renderOne(tx, guard.id())
                .orElseThrow(() -> ApiError.notFound(guard.type(), guard.id()));
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiError(428, "precondition_required", "Say which version you are changing",
                    "Send If-Match with the " + guard.type() + "'s version as GET returned it in its ETag, for example "
                            + "If-Match: \"" + current.version() + "\".", null, null);
        }
        long expected;
        try {
            expected = Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid_if_match", "If-Match not understood",
                    "If-Match must be the resource's version in quotes, for example \"7\".", null);
        }
        if (expected != current.version()) {
            throw new VersionConflict(current);
        }
    }

    private Outcome render(Connection tx, WriteResult result, WriteContext context) throws SQLException {
        if (result.body() != null) {
            return new Outcome(result.status(), Json.GSON.toJson(result.body()), null);
        }
        List<Resource> resources = new ArrayList<>();
        for (Target target : result.data()) {
            resources.add(renderer(target.type()).renderOne(tx, target.id())
                    .orElseThrow(() -> new IllegalStateException("changed resource cannot be rendered: " + target)));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        List<String> auditIds = context.preview() ? List.of() : context.auditEventIds();
        meta.put("audit_event_id", auditIds.isEmpty() ? null : auditIds.get(0));
        meta.put("audit_event_ids", auditIds);
        meta.put("emails", emailsMeta(context));
        meta.put("preview", context.preview());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", resources.size() == 1 ? resources.get(0) : resources);
        body.put("meta", meta);
        Long etag = resources.size() == 1 ? resources.get(0).version() : null;
        return new Outcome(result.status(), Json.GSON.toJson(body), etag);
    }

    private static List<Map<String, Object>> emailsMeta(WriteContext context) {
        List<OutgoingEmail> emails = context.emails();
        List<String> ids = context.sentEmailIds();
        List<Map<String, Object>> meta = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            OutgoingEmail email = emails.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", i < ids.size() ? ids.get(i) : null);
            row.put("to", email.recordedTo());
            row.put("template", email.template());
            row.put("subject", email.subject());
            row.put("school_urn", email.schoolUrn());
            row.put("participant_id", email.participantId());
            row.put("facts", email.facts());
            meta.add(row);
        }
        return meta;
    }

    private ResourceRenderer renderer(String type) {
        ResourceRenderer renderer = renderers.get(type);
        if (renderer == null) {
            throw new IllegalStateException("No renderer for type " + type);
        }
        return renderer;
    }

    private static void respond(Context ctx, Outcome outcome, boolean replayed) {
        if (outcome.etag() != null) {
            ctx.header("ETag", "\"" + outcome.etag() + "\"");
        }
        if (replayed) {
            ctx.header(REPLAYED, "true");
        }
        ctx.status(outcome.status()).json(outcome.body());
    }

    private static void writeVersionConflict(Context ctx, Resource current) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", "412");
        error.put("code", "version_conflict");
        error.put("title", "Someone else changed this first");
        error.put("detail", "The " + current.type() + " changed since you loaded it (it is now version "
                + current.version() + "). Compare your change with the current record in meta.current and send it "
                + "again with If-Match: \"" + current.version() + "\" if it still applies.");
        error.put("rule", null);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("pointer", null);
        error.put("source", source);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("current", current);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(error));
        body.put("meta", meta);
        ctx.header("ETag", "\"" + current.version() + "\"");
        ctx.status(412).json(body);
    }

    private static String idempotencyKey(Context ctx) {
        String key = ctx.header(IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) {
            throw ApiError.badRequest("idempotency_key_required", "Idempotency-Key is missing",
                    "Every change carries an Idempotency-Key header (a new UUID per change) so that sending it "
                            + "twice changes the records once.", null);
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ApiError.badRequest("idempotency_key_invalid", "Idempotency-Key is too long",
                    "Use a UUID: an Idempotency-Key has at most " + MAX_KEY_LENGTH + " characters.", null);
        }
        return key.trim();
    }

    private static Long etagOf(String body) {
        JsonElement data = JsonParser.parseString(body).getAsJsonObject().get("data");
        if (data != null && data.isJsonObject()) {
            JsonObject resource = data.getAsJsonObject();
            return resource.has("version") ? resource.get("version").getAsLong() : null;
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
