package uk.gov.ects.desk.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the app was asked to start. Without an API URL it connects to the service the agent last
 * signed in to, or, if none, runs the training sandbox: an embedded service on a free loopback port
 * with the small demo dataset.
 *
 * @param apiUrl  the Support API's base URL, or null for the last service used (else the sandbox)
 * @param token   the agent's token for {@code apiUrl}, or null to use the one kept from their last
 *                sign-in (or ask for one); never logged
 * @param dataDir where the cache, its key and the sandbox's store live
 */
public record LaunchOptions(String apiUrl, String token, Path dataDir) {

    public static final String API_URL_ENV = "ECT_DESK_API_URL";
    public static final String TOKEN_ENV = "ECT_DESK_TOKEN";
    public static final String DATA_DIR_ENV = "ECT_DESK_DATA_DIR";

    /** {@code --api-url URL --token T --data-dir DIR}; each also from the environment. */
    public static LaunchOptions parse(String[] args, Map<String, String> env) {
        String apiUrl = blankToNull(env.get(API_URL_ENV));
        String token = blankToNull(env.get(TOKEN_ENV));
        String dataDir = blankToNull(env.get(DATA_DIR_ENV));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--api-url" -> apiUrl = args[i + 1];
                case "--token" -> token = args[i + 1];
                case "--data-dir" -> dataDir = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + ". Use --api-url URL --token TOKEN --data-dir DIR, or nothing for the sandbox.");
            }
        }
        Path dir = dataDir != null ? Path.of(dataDir) : defaultDataDir(env);
        return new LaunchOptions(apiUrl, token, dir);
    }

    /** The XDG data folder on Linux; the same layout under the home folder elsewhere. */
    static Path defaultDataDir(Map<String, String> env) {
        String xdg = blankToNull(env.get("XDG_DATA_HOME"));
        Path base = xdg != null ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("ect-support-desk");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "LaunchOptions[apiUrl=" + apiUrl + ", token=" + (token == null ? "none" : "(set)") + ", dataDir=" + dataDir + "]";
    }
}
