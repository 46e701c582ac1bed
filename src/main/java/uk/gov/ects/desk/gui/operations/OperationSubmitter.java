package uk.gov.ects.desk.gui.operations;

import java.util.concurrent.CompletionStage;
import uk.gov.ects.desk.client.operations.OperationRequest;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.client.operations.QueuedOperation;

/**
 * Where a finished form goes. The app wires the preview to the service ({@code OnlinePreview}) and
 * the submit to the outbox, which keeps the change until the service has it; tests record requests.
 * The stages may complete on any thread; forms wait for them in a background task.
 */
public interface OperationSubmitter {

    CompletionStage<Preview> preview(OperationRequest request);

    CompletionStage<QueuedOperation> submit(OperationRequest request);
}
