package uk.gov.ects.desk.gui.operations;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import uk.gov.ects.desk.client.operations.OnlinePreview;
import uk.gov.ects.desk.client.operations.OperationRequest;
import uk.gov.ects.desk.client.operations.OutboxSubmission;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.client.operations.QueuedOperation;
import uk.gov.ects.desk.client.outbox.Outbox;
import uk.gov.ects.desk.client.outbox.OutboxEntry;

/**
 * The app's submitter: previews ask the service, submits go into the durable outbox, which sends them
 * (with the Idempotency-Key made once at enqueue) whenever the service can be reached.
 */
public final class OutboxSubmitter implements OperationSubmitter {

    private final OnlinePreview preview;
    private final Outbox outbox;
    private final Executor executor;

    /** @param executor where the blocking enqueue (a cache transaction) runs; never the UI thread */
    public OutboxSubmitter(OnlinePreview preview, Outbox outbox, Executor executor) {
        this.preview = preview;
        this.outbox = outbox;
        this.executor = executor;
    }

    @Override
    public CompletionStage<Preview> preview(OperationRequest request) {
        return preview.preview(request);
    }

    @Override
    public CompletionStage<QueuedOperation> submit(OperationRequest request) {
        return CompletableFuture.supplyAsync(() -> {
            OutboxEntry entry = outbox.enqueue(OutboxSubmission.toOutbox(request));
            return new QueuedOperation(String.valueOf(entry.id()), entry.summary());
        }, executor);
    }
}
