package uk.gov.ects.desk.gui.common;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's executor: a small pool of daemon threads runs each {@link BackgroundTask} inside a
 * {@link javafx.concurrent.Task}, so callbacks and progress arrive on the FX thread.
 */
public final class UiTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(UiTaskExecutor.class);

    private final ExecutorService pool;
    private final ScheduledExecutorService timer;

    public UiTaskExecutor() {
        this(3);
    }

    public UiTaskExecutor(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads("desk-background"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("desk-timer"));
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        FxTask<T> fxTask = new FxTask<>(task);
        task.attach(fxTask::reportProgress, () -> fxTask.cancel(true));
        fxTask.setOnRunning(event -> task.runningHandler().run());
        fxTask.setOnSucceeded(event -> {
            if (!task.isCancelled()) {
                task.successHandler().accept(fxTask.getValue());
            }
            task.finishedHandler().run();
        });
        fxTask.setOnFailed(event -> {
            if (!task.isCancelled()) {
                deliverFailure(task, fxTask.getException());
            }
            task.finishedHandler().run();
        });
        fxTask.setOnCancelled(event -> task.finishedHandler().run());
        fxTask.workDoneProperty().addListener((obs, old, done) -> task.progressHandler()
                .accept(new BackgroundTask.Progress(done.longValue(), (long) fxTask.getTotalWork())));
        try {
            pool.execute(fxTask);
        } catch (RejectedExecutionException closing) {
            // The window is closing (a refresh timer fired after shutdown): nothing is waiting for this.
            LOG.debug("Background task not started: the app is closing");
            task.cancel();
        }
        return task;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> future = timer.schedule(() -> Platform.runLater(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }

    @Override
    public void shutdown() {
        timer.shutdownNow();
        pool.shutdownNow();
    }

    static <T> void deliverFailure(BackgroundTask<T> task, Throwable problem) {
        Exception exception = problem instanceof Exception e ? e : new RuntimeException(problem);
        if (task.failureHandler() != null) {
            task.failureHandler().accept(exception);
        } else {
            LOG.warn("Background task failed and nobody handled it: {}", exception.getClass().getSimpleName(), exception);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Exposes Task's protected progress update to the BackgroundTask. */
    private static final class FxTask<T> extends Task<T> {
        private final BackgroundTask<T> work;

        FxTask(BackgroundTask<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call();
        }

        void reportProgress(long done, long total) {
            updateProgress(done, total);
        }
    }
}
