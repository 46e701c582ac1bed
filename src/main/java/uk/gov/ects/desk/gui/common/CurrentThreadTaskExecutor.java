package uk.gov.ects.desk.gui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs tasks at once on the calling thread, for ViewModel tests without an FX thread. Tests that
 * need to control timing can {@link #holdTasks() hold} tasks and release them in any order, and
 * fire scheduled (debounced) actions with {@link #runScheduled()}.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final List<BackgroundTask<?>> held = new ArrayList<>();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private boolean holding;

    private record Scheduled(Duration delay, Runnable action, boolean[] cancelled) {
    }

    /** From now on tasks wait in a queue until released. */
    public CurrentThreadTaskExecutor holdTasks() {
        holding = true;
        return this;
    }

    public int heldTaskCount() {
        return held.size();
    }

    /** Runs the held task at {@code index} (0 = oldest) and removes it from the queue. */
    public void runHeld(int index) {
        run(held.remove(index));
    }

    public void runAllHeld() {
        while (!held.isEmpty()) {
            runHeld(0);
        }
    }

    /** Fires every scheduled action that was not cancelled, as if its delay had passed. */
    public int runScheduled() {
        List<Scheduled> due = new ArrayList<>(scheduled);
        scheduled.clear();
        int fired = 0;
        for (Scheduled item : due) {
            if (!item.cancelled()[0]) {
                item.action().run();
                fired++;
            }
        }
        return fired;
    }

    public long pendingScheduledCount() {
        return scheduled.stream().filter(item -> !item.cancelled()[0]).count();
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.attach((done, total) -> task.progressHandler().accept(new BackgroundTask.Progress(done, total)), () -> { });
        if (holding) {
            held.add(task);
        } else {
            run(task);
        }
        return task;
    }

    private static <T> void run(BackgroundTask<T> task) {
        if (task.isCancelled()) {
            task.finishedHandler().run();
            return;
        }
        task.runningHandler().run();
        try {
            T result = task.call();
            if (!task.isCancelled()) {
                task.successHandler().accept(result);
            }
        } catch (Exception e) {
            if (!task.isCancelled()) {
                UiTaskExecutor.deliverFailure(task, e);
            }
        }
        task.finishedHandler().run();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        scheduled.add(new Scheduled(delay, action, cancelled));
        return () -> cancelled[0] = true;
    }

    @Override
    public void shutdown() {
        held.clear();
        scheduled.clear();
    }
}
