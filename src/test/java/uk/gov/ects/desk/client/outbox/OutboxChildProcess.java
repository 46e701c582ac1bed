package uk.gov.ects.desk.client.outbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;

/**
 * The app's sender in a JVM of its own, for {@link OutboxCrashTest} to kill mid-queue. Arguments:
 * cache file, key file, API base URL, token, and a pause (ms) after every outbox change so the
 * kill lands while work remains.
 */
public final class OutboxChildProcess {

    private OutboxChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        LocalCache cache = LocalCache.open(Path.of(args[0]), CacheKey.fromKeyFile(Path.of(args[1])));
        Outbox outbox = Outbox.open(cache, Clock.systemUTC());
        long pauseMillis = Long.parseLong(args[4]);
        outbox.addListener(counts -> {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        SupportApiClient client = new SupportApiClient(ApiSettings.of(args[2], () -> args[3]));
        OutboxSender sender = new OutboxSender(outbox, client.writes(), OutboxTestSupport.QUICK, Duration.ofSeconds(1),
                Clock.systemUTC());
        sender.start();
        Thread.sleep(Duration.ofMinutes(5).toMillis()); // until the test kills this JVM
    }
}
