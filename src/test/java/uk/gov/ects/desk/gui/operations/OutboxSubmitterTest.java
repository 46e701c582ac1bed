package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.operations.QueuedOperation;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FormData;
import uk.gov.ects.desk.gui.fakes.TestData;

/** A finished form goes into the real outbox (encrypted H2 cache) exactly as the form built it. */
class OutboxSubmitterTest {

    @TempDir
    Path dir;

    private LocalCache cache;
    private Outbox outbox;

    @BeforeEach
    void open() {
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        outbox = Outbox.open(cache, TestData.CLOCK);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    @DisplayName("OVR-MENTOR-POOL: submitting queues one outbox entry with the form's method, path, body and version")
    void submitQueuesInTheOutbox() { // rule: OVR-MENTOR-POOL
        OutboxSubmitter submitter = new OutboxSubmitter(null, outbox, Runnable::run);
        FormCatalogue catalogue = new FormCatalogue(new FormContext(FormData.cache(), TestData.CLOCK));
        OperationFormViewModel form = new OperationFormViewModel(catalogue.create(FormAction.ADD_TO_MENTOR_POOL, "pp-2"),
                submitter, new CurrentThreadTaskExecutor());
        form.field("school_urn").textProperty().set("100002");
        form.reason().textProperty().set("Max also mentors at Elm Academy from this term");

        form.submit();

        QueuedOperation queued = form.submittedProperty().get();
        List<OutboxEntry> entries = outbox.entries();
        assertEquals(1, entries.size());
        OutboxEntry entry = entries.get(0);
        assertEquals(String.valueOf(entry.id()), queued.reference());
        assertEquals("OVR-MENTOR-POOL", entry.operation());
        assertEquals("POST", entry.method());
        assertEquals("/participants/pp-2/mentor-pools", entry.path());
        assertEquals("participant:pp-2", entry.target().toString());
        assertEquals(9L, entry.baseVersion());
        assertEquals("100002", entry.body().get("school_urn").getAsString());
        assertEquals("Max also mentors at Elm Academy from this term", entry.body().get("reason").getAsString());
    }
}
