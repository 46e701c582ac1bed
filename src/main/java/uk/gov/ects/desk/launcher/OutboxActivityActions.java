package uk.gov.ects.desk.launcher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import uk.gov.ects.desk.client.activity.ActivityRequests;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxRequest;
import uk.gov.ects.desk.gui.history.ActivityActions;

/**
 * Adding a note and resending an access link, queued in the agent's outbox (which sends them when
 * the service can be reached). Before the backend has started there is no outbox to queue in.
 */
final class OutboxActivityActions implements ActivityActions {

    private final Supplier<Outbox> outbox;

    OutboxActivityActions(Supplier<Outbox> outbox) {
        this.outbox = outbox;
    }

    @Override
    public CompletionStage<OutboxEntry> addNote(String target, String body) {
        return enqueue(ActivityRequests.note(target, body));
    }

    @Override
    public CompletionStage<OutboxEntry> resendAccessLink(String urn, String reason) {
        return enqueue(ActivityRequests.resendAccessLink(urn, reason));
    }

    private CompletionStage<OutboxEntry> enqueue(OutboxRequest request) {
        Outbox ready = outbox.get();
        if (ready == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "The app is still opening its local cache. Wait a moment and try again."));
        }
        try {
            return CompletableFuture.completedFuture(ready.enqueue(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
