package uk.gov.ects.desk.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The version and build time Maven writes into {@code desk-build.properties} when it copies the
 * resources (so {@code mvn javafx:run} has them as well as the jar). Run from an IDE that does
 * not filter resources, the placeholders are left and this says so instead of showing them.
 */
record BuildInfo(String version, Instant builtAt) {

    static final String RESOURCE = "/desk-build.properties";
    static final String UNKNOWN_VERSION = "development build";

    static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Unreadable build facts only make About vaguer; the app works the same.
        }
        return from(properties);
    }

    static BuildInfo from(Properties properties) {
        String version = filled(properties.getProperty("version"));
        if (version == null) {
            version = BuildInfo.class.getPackage().getImplementationVersion();
        }
        String built = filled(properties.getProperty("built"));
        Instant builtAt = null;
        if (built != null) {
            try {
                builtAt = Instant.parse(built);
            } catch (DateTimeParseException e) {
                builtAt = null;
            }
        }
        return new BuildInfo(version != null ? version : UNKNOWN_VERSION, builtAt);
    }

    private static String filled(String value) {
        return value == null || value.isBlank() || value.contains("${") ? null : value.trim();
    }
}
