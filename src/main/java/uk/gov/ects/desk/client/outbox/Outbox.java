package uk.gov.ects.desk.client.outbox;

import com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.api.dto.ChangeDto;
import uk.gov.ects.desk.client.api.dto.ResourceDto;
import uk.gov.ects.desk.client.cache.CachedResources;
import uk.gov.ects.desk.client.cache.LocalCache;

/**
 * The agent's changes on their way to the service, kept in the encrypted local cache so they
 * survive a restart. Enqueueing writes the entry and shows the change in the cached record in one
 * transaction; the {@link OutboxSender} sends entries in order per target and records the answer
 * here. While a change waits, the cached record is the service's state (kept in {@code outbox_base})
 * with the waiting changes made on top, so a refused change rolls back exactly and a sync never
 * hides a change still waiting.
 */
public final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    static final String PROVISIONAL_AUTHOR = "You (not sent yet)";

    private final LocalCache cache;
    private final Clock clock;
    private final Object lock = new Object();
    private final List<OutboxListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> workArrived = new CopyOnWriteArrayList<>();

    private Outbox(LocalCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    /** The outbox of this cache; keeps waiting changes visible on top of what syncs bring. One per cache. */
    public static Outbox open(LocalCache cache, Clock clock) {
        Outbox outbox = new Outbox(cache, clock);
        cache.setChangeHook(outbox::afterSync);
        return outbox;
    }

    // ---- what the agent does ------------------------------------------------------------------------

    /**
     * Queues a change: the entry, its idempotency key (made here, once) and the change shown in the
     * cache, in one transaction. A guarded write without a version takes the cached record's.
     */
    public OutboxEntry enqueue(OutboxRequest request) {
        OutboxEntry entry;
        synchronized (lock) {
            entry = cache.inTransaction(tx -> {
                Long baseVersion = null;
                if (request.guarded()) {
                    baseVersion = request.baseVersion() != null ? request.baseVersion() : serverVersion(tx, request.target())
                            .orElseThrow(() -> new IllegalStateException("The " + request.target().type() + " "
                                    + request.target().id() + " is not in the local cache yet. Wait for the sync to "
                                    + "finish, open the record and try again."));
                }
                Long after = OutboxStore.lastShownOn(tx, request.target()).orElse(null);
                // What the agent saw (with their earlier waiting changes), for the side-by-side of a 412.
                JsonObject seen = request.guarded() ? CachedResources.find(tx, request.target().type(), request.target().id())
                        .map(ServiceAnswers::toJson).orElse(null) : null;
                long id = OutboxStore.insert(tx, request, baseVersion, after, UUID.randomUUID().toString(), now(), seen);
                refold(tx, request.target());
                return OutboxStore.find(tx, id).orElseThrow();
            });
        }
        LOG.info("Queued outbox entry {} ({} on {} {})", entry.id(), entry.operation(), entry.target().type(),
                entry.target().id());
        changed(true);
        return entry;
    }

    /** Sends a rejected, failed or waiting entry (again) as it is, with its own key. */
    public void retry(long id) {
        transition(id, Set.of(OutboxState.QUEUED, OutboxState.REJECTED, OutboxState.FAILED), (tx, entry) ->
                OutboxStore.update(tx, "UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?, "
                        + clearError() + ", updated_at = ? WHERE id = ?", now(), now(), id));
    }

    /** Replaces the entry's body (the agent corrected it) and queues it; a conflict is then sent on the current version. */
    public void edit(long id, JsonObject newBody) {
        transition(id, Set.of(OutboxState.QUEUED, OutboxState.REJECTED, OutboxState.CONFLICT, OutboxState.FAILED),
                (tx, entry) -> {
                    boolean onCurrent = entry.state() == OutboxState.CONFLICT && entry.currentVersion() != null;
                    Long base = onCurrent ? entry.currentVersion() : entry.baseVersion();
                    JsonObject seen = onCurrent ? entry.current() : entry.seen();
                    OutboxStore.update(tx, "UPDATE outbox SET body = ?, base_version = ?, seen_resource = ?, "
                            + "state = 'queued', attempts = 0, next_attempt_at = ?, " + clearError()
                            + ", updated_at = ? WHERE id = ?", newBody.toString(), base, text(seen), now(), now(), id);
                });
    }

    /** After a 412: sends the same change again, on the version the service has now (which becomes the one seen). */
    public void reapplyOnCurrent(long id) {
        transition(id, Set.of(OutboxState.CONFLICT), (tx, entry) -> OutboxStore.update(tx, "UPDATE outbox SET "
                + "base_version = ?, seen_resource = ?, state = 'queued', attempts = 0, next_attempt_at = ?, "
                + clearError() + ", updated_at = ? WHERE id = ?", entry.currentVersion(),
                entry.current() == null ? text(entry.seen()) : text(entry.current()), now(), now(), id));
    }

    /** Drops the entry; its change disappears from the cache. Not while it is being sent. */
    public void discard(long id) {
        transition(id, Set.of(OutboxState.QUEUED, OutboxState.APPLIED, OutboxState.REJECTED, OutboxState.CONFLICT,
                OutboxState.UNAUTHORISED, OutboxState.FAILED), (tx, entry) -> {
                    OutboxStore.update(tx, "UPDATE outbox SET after_entry = ? WHERE after_entry = ?",
                            entry.afterEntry(), id);
                    OutboxStore.update(tx, "DELETE FROM outbox WHERE id = ?", id);
                    removeProvisional(tx, entry);
                });
        LOG.info("Discarded outbox entry {}", id);
    }

    /** After the agent signed in again: everything paused by a 401 is sent again. */
    public void resume() {
        synchronized (lock) {
            cache.inTransaction(tx -> {
                OutboxStore.update(tx, "UPDATE outbox SET state = 'queued', next_attempt_at = ?, updated_at = ? "
                        + "WHERE state = 'unauthorised'", now(), now());
                return null;
            });
        }
        changed(true);
    }

    /** Forgets applied entries (their result is in the cache and in the service's history). */
    public int clearApplied() {
        int cleared;
        synchronized (lock) {
            cleared = cache.inTransaction(tx -> {
                try (var s = tx.prepareStatement("DELETE FROM outbox WHERE state = 'applied'")) {
                    return s.executeUpdate();
                }
            });
        }
        changed(false);
        return cleared;
    }

    // ---- what the app shows ---------------------------------------------------------------------------

    public List<OutboxEntry> entries() {
        return cache.read(OutboxStore::all);
    }

    public Optional<OutboxEntry> entry(long id) {
        return cache.read(c -> OutboxStore.find(c, id));
    }

    public OutboxCounts counts() {
        Map<OutboxState, Integer> counts = cache.read(OutboxStore::counts);
        return new OutboxCounts(count(counts, OutboxState.QUEUED), count(counts, OutboxState.SENDING),
                count(counts, OutboxState.APPLIED), count(counts, OutboxState.REJECTED), count(counts, OutboxState.CONFLICT),
                count(counts, OutboxState.UNAUTHORISED), count(counts, OutboxState.FAILED));
    }

    /** The record has a change not yet applied by the service (waiting, or needing the agent). */
    public boolean isPending(OutboxTarget target) {
        return cache.read(c -> OutboxStore.onTarget(c, target).stream().anyMatch(e -> e.state() != OutboxState.APPLIED));
    }

    public void addListener(OutboxListener listener) {
        listeners.add(listener);
    }

    public void removeListener(OutboxListener listener) {
        listeners.remove(listener);
    }

    /** Called when there may be something to send (the sender registers here). */
    void onWorkArrived(Runnable trigger) {
        workArrived.add(trigger);
    }

    // ---- what the sender records --------------------------------------------------------------------

    /** The next entry due, marked {@code sending} (committed) before it goes out. */
    Optional<OutboxEntry> claimNext() {
        Optional<OutboxEntry> claimed;
        synchronized (lock) {
            claimed = cache.inTransaction(tx -> {
                Optional<OutboxEntry> next = OutboxStore.nextToSend(tx, now());
                if (next.isEmpty()) {
                    return next;
                }
                OutboxStore.update(tx, "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                        + "WHERE id = ?", now(), next.get().id());
                return OutboxStore.find(tx, next.get().id());
            });
        }
        if (claimed.isPresent() && claimed.get().attempts() == 1) {
            changed(false);
        }
        return claimed;
    }

    Optional<Instant> nextAttemptAt() {
        return cache.read(OutboxStore::nextAttemptAt);
    }

    /** The service is back: entries waiting out a network failure go now rather than after their backoff. */
    void serviceOnline() {
        synchronized (lock) {
            cache.inTransaction(tx -> {
                OutboxStore.update(tx, "UPDATE outbox SET next_attempt_at = ? WHERE state IN ('queued', 'sending') "
                        + "AND error_code = 'offline' AND next_attempt_at > ?", now(), now());
                return null;
            });
        }
    }

    void recordApplied(OutboxEntry entry, JsonObject response) {
        synchronized (lock) {
            cache.inTransaction(tx -> {
                OutboxStore.update(tx, "UPDATE outbox SET state = 'applied', response = ?, " + clearError()
                        + ", updated_at = ? WHERE id = ?", response == null ? null : response.toString(), now(), entry.id());
                removeProvisional(tx, entry);
                for (ResourceDto resource : ServiceAnswers.resources(response)) {
                    absorb(tx, resource);
                    if (entry.target().equals(new OutboxTarget(resource.type(), resource.id())) && resource.version() != null
                            && entry.baseVersion() != null) {
                        // Later changes made while this one was shown were made on what it produced.
                        OutboxStore.update(tx, "UPDATE outbox SET base_version = ? WHERE target_type = ? AND target_id = ? "
                                + "AND id > ? AND after_entry IS NOT NULL AND base_version = ? AND state <> 'applied'",
                                resource.version(), entry.target().type(), entry.target().id(), entry.id(),
                                entry.baseVersion());
                    }
                }
                refold(tx, entry.target());
                return null;
            });
        }
        changed(false);
    }

    /** 4xx refusals and 401: the entry stops; its change leaves the cache unless it only waits for sign-in. */
    void recordStopped(OutboxEntry entry, OutboxState state, OutboxError error) {
        synchronized (lock) {
            cache.inTransaction(tx -> {
                OutboxStore.update(tx, "UPDATE outbox SET state = ?, " + setError() + ", updated_at = ? WHERE id = ?",
                        state.code(), error.message(), error.code(), error.rule(), error.pointer(), now(), entry.id());
                refold(tx, entry.target());
                return null;
            });
        }
        changed(false);
    }

    /** 412: keeps the change and the version it was made on, and the record as the service has it now. */
    void recordConflict(OutboxEntry entry, OutboxError error, JsonObject response, ResourceDto current) {
        synchronized (lock) {
            cache.inTransaction(tx -> {
                OutboxStore.update(tx, "UPDATE outbox SET state = 'conflict', " + setError() + ", response = ?, "
                        + "current_resource = ?, current_version = ?, updated_at = ? WHERE id = ?", error.message(),
                        error.code(), error.rule(), error.pointer(), response == null ? null : response.toString(),
                        current == null ? null : ServiceAnswers.toJson(current).toString(),
                        current == null ? null : current.version(), now(), entry.id());
                if (current != null) {
                    absorb(tx, current);
                }
                refold(tx, entry.target());
                return null;
            });
        }
        changed(false);
    }

    /** Network failure or a passing service error: sent again after {@code delay}, with the same key. */
    void recordRetry(OutboxEntry entry, OutboxError error, Duration delay) {
        synchronized (lock) {
            cache.inTransaction(tx -> {
                OutboxStore.update(tx, "UPDATE outbox SET state = 'queued', next_attempt_at = ?, " + setError()
                        + ", updated_at = ? WHERE id = ?", now().plus(delay), error.message(), error.code(),
                        error.rule(), error.pointer(), now(), entry.id());
                return null;
            });
        }
        changed(false);
    }

    // ---- the cached record: the service's state with the waiting changes on top ----------------------

    /**
     * Rewrites the target's cached record as its base (the service's state) with every change the
     * cache shows made on top, and the provisional records of creating changes. The base is kept
     * while there is something on top and dropped (restoring the record) when there is not.
     */
    private void refold(Connection tx, OutboxTarget target) throws SQLException {
        List<OutboxEntry> shown = new ArrayList<>();
        for (OutboxEntry entry : OutboxStore.onTarget(tx, target)) {
            if (entry.state().showsInCache()) {
                shown.add(entry);
                Optional<ResourceDto> provisional = OptimisticChanges.provisional(entry, PROVISIONAL_AUTHOR);
                if (provisional.isPresent()) {
                    CachedResources.put(tx, provisional.get());
                }
            } else {
                removeProvisional(tx, entry);
            }
        }
        Optional<ResourceDto> base = OutboxStore.base(tx, target);
        if (shown.isEmpty()) {
            if (base.isPresent()) {
                CachedResources.put(tx, base.get());
                OutboxStore.deleteBase(tx, target);
            }
            return;
        }
        if (base.isEmpty()) {
            base = CachedResources.find(tx, target.type(), target.id());
            if (base.isEmpty()) {
                return; // not cached yet: the sync hook folds the changes in when it arrives
            }
            OutboxStore.saveBase(tx, base.get());
        }
        JsonObject attributes = base.get().attributes();
        for (OutboxEntry entry : shown) {
            attributes = OptimisticChanges.onTarget(entry, attributes);
        }
        CachedResources.put(tx, new ResourceDto(target.id(), target.type(), base.get().version(), attributes));
    }

    /** A record as the service answered it: the new base of its target, or straight into the cache if newer. */
    private void absorb(Connection tx, ResourceDto resource) throws SQLException {
        OutboxTarget target = new OutboxTarget(resource.type(), resource.id());
        long version = resource.version() == null ? 0 : resource.version();
        Optional<ResourceDto> base = OutboxStore.base(tx, target);
        if (base.isPresent()) {
            if (version >= base.get().version()) {
                OutboxStore.saveBase(tx, resource);
            }
        } else {
            Optional<ResourceDto> cached = CachedResources.find(tx, resource.type(), resource.id());
            if (cached.isEmpty() || version >= cached.get().version()) {
                CachedResources.put(tx, resource);
            }
        }
        refold(tx, target);
    }

    /** Inside each sync transaction: what the service sent becomes the base, and waiting changes go back on top. */
    private void afterSync(Connection tx, List<ChangeDto> changes, boolean replacedAll) throws SQLException {
        Set<OutboxTarget> targets = OutboxStore.overlaidTargets(tx);
        if (targets.isEmpty()) {
            return;
        }
        Set<OutboxTarget> refolded = new HashSet<>();
        for (ChangeDto change : changes) {
            OutboxTarget target = new OutboxTarget(change.type(), change.id());
            if (!targets.contains(target)) {
                continue;
            }
            if ("delete".equals(change.op()) || change.attributes() == null) {
                OutboxStore.deleteBase(tx, target);
                CachedResources.delete(tx, target.type(), target.id());
                continue;
            }
            Optional<ResourceDto> base = OutboxStore.base(tx, target);
            long version = change.version() == null ? 0 : change.version();
            if (base.isEmpty() || version >= base.get().version()) {
                OutboxStore.saveBase(tx, new ResourceDto(change.id(), change.type(), version, change.attributes()));
            }
            refold(tx, target);
            refolded.add(target);
        }
        if (replacedAll) {
            for (OutboxTarget target : targets) {
                if (!refolded.contains(target)) {
                    refold(tx, target);
                }
            }
        }
    }

    private static void removeProvisional(Connection tx, OutboxEntry entry) throws SQLException {
        String type = OptimisticChanges.provisionalType(entry);
        if (type != null) {
            CachedResources.delete(tx, type, OptimisticChanges.provisionalId(entry));
        }
    }

    private static Optional<Long> serverVersion(Connection tx, OutboxTarget target) throws SQLException {
        Optional<ResourceDto> base = OutboxStore.base(tx, target);
        if (base.isPresent()) {
            return Optional.of(base.get().version());
        }
        return CachedResources.find(tx, target.type(), target.id()).map(ResourceDto::version);
    }

    // ---- plumbing -------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Change {
        void apply(Connection tx, OutboxEntry entry) throws SQLException;
    }

    private void transition(long id, Set<OutboxState> allowed, Change change) {
        synchronized (lock) {
            cache.inTransaction(tx -> {
                OutboxEntry entry = OutboxStore.find(tx, id).orElseThrow(() -> new IllegalStateException(
                        "That change is no longer in the outbox. Refresh the Outbox tab."));
                if (!allowed.contains(entry.state())) {
                    throw new IllegalStateException(entry.state() == OutboxState.SENDING
                            ? "That change is being sent right now. Wait for the service's answer and try again."
                            : "That can't be done to a change that is " + entry.state().code() + ".");
                }
                change.apply(tx, entry);
                refold(tx, entry.target());
                return null;
            });
        }
        changed(true);
    }

    private void changed(boolean mayHaveWork) {
        OutboxCounts counts = listeners.isEmpty() ? null : counts();
        for (OutboxListener listener : listeners) {
            try {
                listener.outboxChanged(counts);
            } catch (RuntimeException e) {
                LOG.warn("An outbox listener failed", e);
            }
        }
        if (mayHaveWork) {
            workArrived.forEach(Runnable::run);
        }
    }

    private static String text(JsonObject json) {
        return json == null ? null : json.toString();
    }

    private static String clearError() {
        return "error_message = NULL, error_code = NULL, error_rule = NULL, error_pointer = NULL";
    }

    private static String setError() {
        return "error_message = ?, error_code = ?, error_rule = ?, error_pointer = ?";
    }

    private static int count(Map<OutboxState, Integer> counts, OutboxState state) {
        return counts.getOrDefault(state, 0);
    }

    private Instant now() {
        return clock.instant();
    }
}
