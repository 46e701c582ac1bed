package uk.gov.ects.desk.gui.fakes;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.gov.ects.desk.client.operations.OperationRequest;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.client.operations.QueuedOperation;
import uk.gov.ects.desk.gui.operations.OperationSubmitter;

/** Records what forms preview and submit; answers previews with whatever the test sets. */
public final class RecordingSubmitter implements OperationSubmitter {

    public final List<OperationRequest> previews = new CopyOnWriteArrayList<>();
    public final List<OperationRequest> submitted = new CopyOnWriteArrayList<>();
    public volatile Preview previewAnswer = Preview.offline("The service can't be reached.");

    @Override
    public CompletionStage<Preview> preview(OperationRequest request) {
        previews.add(request);
        return CompletableFuture.completedFuture(previewAnswer);
    }

    @Override
    public CompletionStage<QueuedOperation> submit(OperationRequest request) {
        submitted.add(request);
        return CompletableFuture.completedFuture(new QueuedOperation(String.valueOf(submitted.size()), request.summary()));
    }

    public OperationRequest lastSubmitted() {
        return submitted.get(submitted.size() - 1);
    }
}
