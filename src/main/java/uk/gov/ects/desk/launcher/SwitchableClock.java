package uk.gov.ects.desk.launcher;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's clock. The window needs a clock before the sandbox has started, and the sandbox's
 * service runs on the demo's fixed date, so the launcher switches this one over once it knows.
 */
final class SwitchableClock extends Clock {

    private final AtomicReference<Clock> delegate;

    SwitchableClock(Clock initial) {
        this.delegate = new AtomicReference<>(initial);
    }

    void switchTo(Clock clock) {
        delegate.set(clock);
    }

    @Override
    public ZoneId getZone() {
        return delegate.get().getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return delegate.get().withZone(zone);
    }

    @Override
    public Instant instant() {
        return delegate.get().instant();
    }
}
