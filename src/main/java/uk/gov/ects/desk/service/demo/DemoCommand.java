package uk.gov.ects.desk.service.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.service.dataset.Dataset;
import uk.gov.ects.desk.service.dataset.DatasetWriter;

/** {@code generate --size small|large --seed N --out FILE}: writes a demo dataset file. */
public final class DemoCommand {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);
    static final String USAGE = "Usage: generate --size small|large --seed N --out FILE";

    private DemoCommand() {
    }

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Returns the process exit status: 0 done, 2 bad arguments, 1 the file could not be written. */
    public static int run(String... args) {
        DemoSize size = DemoSize.SMALL;
        long seed = 1;
        Path out = null;
        int first = args.length > 0 && args[0].equals("generate") ? 1 : 0;
        try {
            for (int i = first; i < args.length; i += 2) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i]) {
                    case "--size" -> size = sizeOf(value);
                    case "--seed" -> seed = seedOf(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out FILE is required");
            }
        } catch (IllegalArgumentException e) {
            LOG.error("{}. {}", e.getMessage(), USAGE);
            return 2;
        }
        try {
            write(size, seed, out);
            return 0;
        } catch (IOException e) {
            LOG.error("Could not write {}: {}. Check the folder exists and can be written.", out, e.getMessage());
            return 1;
        }
    }

    private static DemoSize sizeOf(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "small" -> DemoSize.SMALL;
            case "large" -> DemoSize.LARGE;
            default -> throw new IllegalArgumentException("--size must be small or large, not \"" + value + "\"");
        };
    }

    private static long seedOf(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number, not \"" + value + "\"");
        }
    }

    public static void write(DemoSize size, long seed, Path out) throws IOException {
        long started = System.nanoTime();
        Dataset dataset = DemoGenerator.generate(size, seed);
        long generated = System.nanoTime();
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            new DatasetWriter().write(dataset, writer);
        }
        LOG.info("Wrote {} demo dataset (seed {}) to {}: {} bytes; generated in {} ms, written in {} ms", size, seed, out,
                Files.size(out), (generated - started) / 1_000_000, (System.nanoTime() - generated) / 1_000_000);
    }
}
