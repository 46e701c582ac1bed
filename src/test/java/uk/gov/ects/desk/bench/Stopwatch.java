package uk.gov.ects.desk.bench;

/** Wall time since it was started. */
final class Stopwatch {

    private final long started = System.nanoTime();

    private Stopwatch() {
    }

    static Stopwatch start() {
        return new Stopwatch();
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    double millis() {
        return (System.nanoTime() - started) / 1e6;
    }
}
