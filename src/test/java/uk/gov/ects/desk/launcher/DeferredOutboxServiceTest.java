package uk.gov.ects.desk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxCounts;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxRequest;
import uk.gov.ects.desk.client.outbox.OutboxTarget;

/** The Outbox tab is built before the outbox opens: empty and waiting until then, then the real thing. */
class DeferredOutboxServiceTest {

    @Test
    @DisplayName("before the outbox opens: nothing listed, commands say to wait; once open, early listeners hear of it and commands work")
    void deferredUntilTheOutboxOpens(@TempDir Path dir) {
        DeferredOutboxService service = new DeferredOutboxService();
        List<OutboxCounts> heard = new CopyOnWriteArrayList<>();
        service.subscribe(heard::add);

        assertEquals(List.of(), service.entries());
        assertTrue(service.counts().isClear());
        IllegalStateException early = assertThrows(IllegalStateException.class, () -> service.retry(1));
        assertEquals("The outbox is not open yet. Wait for the app to finish starting, then try again.", early.getMessage());

        try (LocalCache cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")))) {
            Outbox outbox = Outbox.open(cache, Clock.systemUTC());
            OutboxEntry waiting = outbox.enqueue(OutboxRequest.note(OutboxTarget.school("100001"), "Rang the school"));

            service.attach(outbox);

            assertEquals(1, heard.size(), "told when the outbox arrives, so the tab reads it");
            assertEquals(1, heard.get(0).waiting());
            assertEquals(List.of(waiting.id()), service.entries().stream().map(OutboxEntry::id).toList());

            service.discard(waiting.id());

            assertEquals(2, heard.size(), "and after each change");
            assertTrue(service.counts().isClear());
        }
    }
}
