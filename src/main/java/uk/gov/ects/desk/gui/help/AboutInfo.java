package uk.gov.ects.desk.gui.help;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What Help › About tells: which build this is, which service and agent it works with, and where
 * the local cache lives. The launcher supplies it afresh each time the dialog opens, because the
 * agent becomes known only once the service has answered and the cache grows as it syncs.
 * Never holds the token.
 *
 * @param version    the app's version
 * @param builtAt    when this build was made, or null when not known (a build from the IDE)
 * @param serviceUrl the Support API's base URL, or null before the connection is set up
 * @param agentName  the signed-in agent's name from {@code GET /me}, or null until it answered
 * @param agentRole  the agent's role as the API names it ("agent", "lead"…), or null
 * @param cacheFile  the cache's file, or null before it is open
 * @param cacheBytes the cache's size on disk
 */
public record AboutInfo(String version, Instant builtAt, String serviceUrl, String agentName, String agentRole,
        Path cacheFile, long cacheBytes) {

    /** Only the version: for windows made without a launcher (tests, tools). */
    public static AboutInfo versionOnly(String version) {
        return new AboutInfo(version, null, null, null, null, null, 0);
    }
}
