package uk.gov.ects.desk.client.outbox;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.WritesApi;
import uk.gov.ects.desk.client.cache.CacheException;
import uk.gov.ects.desk.client.sync.SyncListener;
import uk.gov.ects.desk.client.sync.SyncStatus;

/**
 * Sends the outbox on one background thread: after an enqueue (or retry, edit, resume), on a
 * timer, and when a sync finds the service online. Entries go in order, one target's changes one
 * after the other, each with its own {@code Idempotency-Key} every time it is sent, so a resend
 * after a crash or a lost answer changes nothing twice.
 */
public final class OutboxSender implements SyncListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    /** How long closing waits for the entry in hand to get its answer before cutting it off. */
    public static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final Outbox outbox;
    private final WritesApi api;
    private final Backoff backoff;
    private final Duration interval;
    private final Clock clock;
    private final Duration closeGrace;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final ScheduledThreadPoolExecutor executor;
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private ScheduledFuture<?> wake;
    private volatile boolean closed;

    public OutboxSender(Outbox outbox, WritesApi api, Backoff backoff, Duration interval, Clock clock) {
        this(outbox, api, backoff, interval, clock, CLOSE_GRACE);
    }

    OutboxSender(Outbox outbox, WritesApi api, Backoff backoff, Duration interval, Clock clock, Duration closeGrace) {
        this.closeGrace = closeGrace;
        this.outbox = outbox;
        this.api = api;
        this.backoff = backoff;
        this.interval = interval;
        this.clock = clock;
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "outbox-sender");
            thread.setDaemon(true);
            return thread;
        });
        // Closing drops the timer and any pending wake-up instead of waiting for them to fire.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        outbox.onWorkArrived(this::trigger);
    }

    public OutboxSender(Outbox outbox, WritesApi api) {
        this(outbox, api, Backoff.DEFAULT, DEFAULT_INTERVAL, Clock.systemUTC());
    }

    /**
     * Sends what is due now (including entries left {@code sending} by a crash: same key, so the
     * service answers them from its record) and then every interval until {@link #close()}.
     */
    public void start() {
        executor.scheduleWithFixedDelay(this::drain, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a send run soon; requests while one is waiting to start join it. */
    public void trigger() {
        if (closed || !drainRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            drainRequested.set(false);
        }
    }

    /** Runs a send run on the sender's thread; completes with how many entries got a final answer. */
    public CompletableFuture<Integer> sendNow() {
        try {
            return CompletableFuture.supplyAsync(this::drain, executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(0); // closed: the entries wait for the next session
        }
    }

    /** Told by the sync scheduler: once the service answers again, entries waiting out a network failure go now. */
    @Override
    public void statusChanged(SyncStatus status) {
        if (status.online() && !status.running()) {
            outbox.serviceOnline();
            trigger();
        }
    }

    private int drain() {
        drainRequested.set(false);
        int answered = 0;
        try {
            while (!closed) {
                Optional<OutboxEntry> next = outbox.claimNext();
                if (next.isEmpty()) {
                    break;
                }
                Result result = send(next.get());
                if (result == Result.OFFLINE) {
                    break; // the others would fail the same way; their turn comes at their backoff or when online
                }
                if (result == Result.ANSWERED) {
                    answered++;
                }
            }
            scheduleWake();
        } catch (RuntimeException e) {
            if (closed) {
                // The session closed under the run (the cache or the executor went away): nothing is
                // lost, an entry in hand stays sending and goes again, with the same key, next start.
                LOG.info("Outbox send run stopped because the session closed ({})", e.getClass().getSimpleName());
            } else if (e instanceof CacheException) {
                LOG.error("The outbox could not read or write the local cache", e);
            } else {
                LOG.error("Sending the outbox failed unexpectedly", e);
            }
        }
        return answered;
    }

    private enum Result { ANSWERED, RETRY, OFFLINE }

    private Result send(OutboxEntry entry) {
        RequestBody body = RequestBody.create(entry.body().toString(), JSON);
        String ifMatch = entry.baseVersion() == null ? null : "\"" + entry.baseVersion() + "\"";
        int status;
        String text;
        boolean replayed;
        try {
            Response<ResponseBody> response = api.send(entry.method(), entry.path().substring(1), entry.idempotencyKey(),
                    ifMatch, body).execute();
            status = response.code();
            replayed = "true".equalsIgnoreCase(response.headers().get("Idempotent-Replayed"));
            try (ResponseBody answer = response.isSuccessful() ? response.body() : response.errorBody()) {
                text = answer == null ? null : answer.string();
            }
        } catch (IOException e) {
            if (closed) {
                // Cut off by closing, not by the network: left sending, so the next start resends it.
                LOG.info("Outbox entry {} left to send again at the next start: the session closed mid-send", entry.id());
                return Result.OFFLINE;
            }
            // No answer, or the answer was cut off: the change may or may not have been made. The same key
            // next time makes either case safe.
            Duration delay = backoff.delay(entry.attempts(), random);
            LOG.info("Outbox entry {} not sent ({}); trying again in {} s", entry.id(), e.getClass().getSimpleName(),
                    delay.toSeconds());
            outbox.recordRetry(entry, OutboxError.of(new ApiException.Offline(e).getMessage(), "offline"), delay);
            return Result.OFFLINE;
        }
        return record(entry, status, text, replayed);
    }

    private Result record(OutboxEntry entry, int status, String text, boolean replayed) {
        JsonObject answer = ServiceAnswers.parse(text).orElse(null);
        if (status >= 200 && status < 300) {
            LOG.info("Outbox entry {} applied ({}{})", entry.id(), status, replayed ? ", replayed" : "");
            outbox.recordApplied(entry, answer);
            return Result.ANSWERED;
        }
        OutboxError error = ServiceAnswers.firstError(answer, fallbackMessage(status), "http_" + status);
        LOG.info("Outbox entry {} answered {} {} (attempt {})", entry.id(), status, error.code(), entry.attempts());
        if (status == 401) {
            outbox.recordStopped(entry, OutboxState.UNAUTHORISED, new OutboxError(new ApiException.Unauthorised().getMessage(),
                    error.code(), null, null));
            return Result.ANSWERED;
        }
        if (status == 412) {
            outbox.recordConflict(entry, error, answer, ServiceAnswers.current(answer).orElse(null));
            return Result.ANSWERED;
        }
        if (status == 408 || status == 429 || (status == 409 && "request_in_progress".equals(error.code()))) {
            outbox.recordRetry(entry, error, backoff.delay(entry.attempts(), random));
            return Result.RETRY;
        }
        if ((status == 409 || status == 422) && !"idempotency_key_reused".equals(error.code())) {
            outbox.recordStopped(entry, OutboxState.REJECTED, error);
            return Result.ANSWERED;
        }
        if (status >= 500) {
            if (entry.attempts() >= backoff.serverErrorAttempts()) {
                outbox.recordStopped(entry, OutboxState.FAILED, OutboxError.of(new ApiException.ServerError(status)
                        .getMessage(), "http_" + status));
                return Result.ANSWERED;
            }
            outbox.recordRetry(entry, OutboxError.of(new ApiException.ServerError(status).getMessage(), "http_" + status),
                    backoff.delay(entry.attempts(), random));
            return Result.RETRY;
        }
        outbox.recordStopped(entry, OutboxState.FAILED, error);
        return Result.ANSWERED;
    }

    private static String fallbackMessage(int status) {
        if (status == 403) {
            return new ApiException.Forbidden().getMessage();
        }
        if (status == 404) {
            return "That record isn't on the service any more. Discard this change.";
        }
        return "The service turned this change down (error " + status + "). Check it, then edit and resend or discard it.";
    }

    /** Wakes for the earliest entry waiting out a backoff (the timer would, but later). */
    private void scheduleWake() {
        if (closed) {
            return;
        }
        Optional<Instant> next = outbox.nextAttemptAt();
        if (wake != null) {
            wake.cancel(false);
            wake = null;
        }
        if (next.isPresent()) {
            long delay = Math.max(0, Duration.between(clock.instant(), next.get()).toMillis());
            if (delay < interval.toMillis()) {
                try {
                    wake = executor.schedule(this::trigger, Math.max(delay, 10), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    LOG.debug("No wake-up scheduled: the sender is closing");
                }
            }
        }
    }

    /**
     * Stops after the entry in hand, whose answer is waited for (up to {@link #CLOSE_GRACE}) and
     * recorded. Only then is the thread interrupted: an entry cut off mid-send stays {@code sending}
     * and is resent, with the same key, at the next start. Interrupting at once would cut off sends
     * and cache writes that were about to finish.
     */
    @Override
    public void close() {
        closed = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(closeGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("The outbox sender is still waiting for an answer after {} ms; stopping it (the change is "
                        + "sent again at the next start)", closeGrace.toMillis());
                executor.shutdownNow();
                executor.awaitTermination(closeGrace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
