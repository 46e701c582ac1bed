package uk.gov.ects.desk.gui.common;

import java.time.Duration;

/**
 * Runs background work for the GUI. ViewModels get one through their constructor: the app passes
 * {@link UiTaskExecutor}, tests pass {@link CurrentThreadTaskExecutor} so they need no FX thread.
 */
public interface TaskExecutor {

    /** Runs the task off the UI thread; its callbacks arrive on the UI thread. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /**
     * Runs {@code action} on the UI thread after {@code delay}, unless cancelled first.
     * Used to debounce typing.
     */
    Cancellable schedule(Duration delay, Runnable action);

    /** Stops taking work; running tasks are cancelled. */
    void shutdown();

    /** Something that can be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
