package uk.gov.ects.desk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** A seeded source of choices; java.util.Random's algorithm is fixed, so a seed always gives the same data. */
final class DemoRandom {

    private final Random random;

    DemoRandom(long seed) {
        this.random = new Random(seed);
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks by weight: {@code weights[i]} is the relative chance of {@code items.get(i)}. */
    <T> T pickWeighted(List<T> items, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    /** A time during the working day (08:00 to 17:59 UTC) on a day between the two dates. */
    Instant workingTimeBetween(LocalDate from, LocalDate to) {
        return dateBetween(from, to).atTime(between(8, 17), between(0, 59), between(0, 59)).toInstant(ZoneOffset.UTC);
    }

    String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    /** A random (version 4 style) UUID drawn from this seed. */
    String uuid() {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    double nextDouble() {
        return random.nextDouble();
    }

    Random raw() {
        return random;
    }
}
