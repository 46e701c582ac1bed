package uk.gov.ects.desk.launcher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import uk.gov.ects.desk.client.operations.OperationRequest;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.client.operations.QueuedOperation;
import uk.gov.ects.desk.gui.operations.OperationSubmitter;

/**
 * The forms' submitter before the backend has started: a form finished in the first moments waits
 * for the outbox to open rather than failing.
 */
final class DeferredOperationSubmitter implements OperationSubmitter {

    private final CompletableFuture<OperationSubmitter> ready = new CompletableFuture<>();

    void open(OperationSubmitter submitter) {
        ready.complete(submitter);
    }

    void failed(Throwable cause) {
        ready.completeExceptionally(cause);
    }

    @Override
    public CompletionStage<Preview> preview(OperationRequest request) {
        return ready.thenCompose(submitter -> submitter.preview(request));
    }

    @Override
    public CompletionStage<QueuedOperation> submit(OperationRequest request) {
        return ready.thenCompose(submitter -> submitter.submit(request));
    }
}
