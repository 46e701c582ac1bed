package uk.gov.ects.desk.client.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The Support API address an agent types in. Tokens travel in a header, so anything but a
 * loopback address (the sandbox, a service on this computer) must use https.
 */
public final class ServiceAddress {

    /** Where the Support API lives on a host when the agent gives only the host. */
    public static final String API_PATH = "/api/support/v1/";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private ServiceAddress() {
    }

    /** Why {@code typed} cannot be used, in words an agent can act on; null when it is fine. */
    public static String problemWith(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            return "Enter the service address your team lead gave you, starting with https://.";
        }
        if (text.matches("(?i)https?:/*")) {
            return "The address has no server name after " + text + ". Copy the whole address again.";
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return "This is not a web address. Copy the service address again, starting with https://.";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "The address must start with https:// (for example https://support.example.gov.uk).";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "The address has no server name after " + scheme + "://. Copy the whole address again.";
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            return "The address must start with https://, not http://: your token would be sent unprotected. "
                    + "Only a service on this computer (localhost) may use http://.";
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            return "Remove everything after ? or # from the address.";
        }
        return null;
    }

    /** The API base URL for a valid address: the API path added when only the host was given, and a trailing slash. */
    public static String normalise(String typed) {
        String problem = problemWith(typed);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        URI uri = URI.create(typed.trim());
        String path = uri.getPath() == null ? "" : uri.getPath();
        String base = typed.trim();
        if (path.isEmpty() || path.equals("/")) {
            base = base.replaceAll("/+$", "") + API_PATH;
        }
        return base.endsWith("/") ? base : base + "/";
    }

    private static boolean isLoopback(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return LOOPBACK.contains(lower) || lower.startsWith("127.");
    }
}
