package uk.gov.ects.desk.client.operations;

import com.google.gson.JsonObject;
import java.util.Objects;
import uk.gov.ects.desk.model.support.Operation;

/**
 * One write the agent asks for, exactly as it will be sent: method, path under the API's base
 * (e.g. {@code /participants/p-1/revalidation}), body, and the version of the target it was made on.
 *
 * @param basedOnVersion sent as {@code If-Match}; null for writes that only create (api.md "Writes")
 * @param summary        one line for the outbox and the history, e.g. "Revalidate Jane Smith's TRN and date of birth"
 */
public record OperationRequest(Operation operation, String method, String path, TargetRef target, Long basedOnVersion,
        JsonObject body, String summary) {

    public OperationRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with /, e.g. /notes");
        }
        summary = summary == null ? operation.label() : summary;
    }

    public OperationRequest(Operation operation, String method, String path, TargetRef target, Long basedOnVersion,
            JsonObject body) {
        this(operation, method, path, target, basedOnVersion, body, null);
    }

    /** The write changes an existing record, so it carries If-Match. */
    public boolean guarded() {
        return basedOnVersion != null;
    }
}
