package uk.gov.ects.desk.gui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A piece of background work with fluent callbacks that a {@link TaskExecutor} delivers on the UI
 * thread: {@code BackgroundTask.wrap(() -> cache.count(text)).onSuccess(this::show).executeWith(executor)}.
 * Once cancelled, neither success nor failure is delivered.
 */
public abstract class BackgroundTask<T> {

    private static final Runnable NOTHING = () -> { };

    private Runnable onRunning = NOTHING;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Exception> onFailure;
    private Runnable onFinished = NOTHING;
    private Consumer<Progress> onProgress = progress -> { };
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile ProgressSink progressSink = (done, total) -> { };
    private volatile Runnable cancelHook = NOTHING;

    /** Progress of a task: {@code done} of {@code total}; total -1 when unknown. */
    public record Progress(long done, long total) {
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        }
    }

    /** Where a running task reports progress; set by the executor. */
    @FunctionalInterface
    public interface ProgressSink {
        void report(long done, long total);
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>() {
            @Override
            public T call() throws Exception {
                return work.call();
            }
        };
    }

    /** The work itself; runs on a background thread. */
    public abstract T call() throws Exception;

    public BackgroundTask<T> onRunning(Runnable action) {
        this.onRunning = action;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    /** Without a failure handler the executor logs the failure once. */
    public BackgroundTask<T> onFailure(Consumer<Exception> action) {
        this.onFailure = action;
        return this;
    }

    /** Runs after success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = action;
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<Progress> action) {
        this.onProgress = action;
        return this;
    }

    public BackgroundTask<T> executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    /** Called from {@link #call()} to report progress. */
    protected void updateProgress(long done, long total) {
        progressSink.report(done, total);
    }

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            cancelHook.run();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    // The executor's side of the contract.

    void attach(ProgressSink sink, Runnable onCancel) {
        this.progressSink = sink;
        this.cancelHook = onCancel;
    }

    Runnable runningHandler() {
        return onRunning;
    }

    Consumer<T> successHandler() {
        return onSuccess;
    }

    Consumer<Exception> failureHandler() {
        return onFailure;
    }

    Runnable finishedHandler() {
        return onFinished;
    }

    Consumer<Progress> progressHandler() {
        return onProgress;
    }
}
