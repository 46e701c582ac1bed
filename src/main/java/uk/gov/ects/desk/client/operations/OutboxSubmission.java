package uk.gov.ects.desk.client.operations;

import uk.gov.ects.desk.client.outbox.OutboxRequest;
import uk.gov.ects.desk.client.outbox.OutboxTarget;

/** A form's request as the outbox queues it: same method, path, body and base version. */
public final class OutboxSubmission {

    private OutboxSubmission() {
    }

    public static OutboxRequest toOutbox(OperationRequest request) {
        return new OutboxRequest(request.operation().id(), request.summary(), request.method(), request.path(),
                new OutboxTarget(request.target().type(), request.target().id()), request.body().deepCopy(),
                request.guarded(), request.basedOnVersion());
    }
}
