package uk.gov.ects.desk.service.writes;

import java.sql.SQLException;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.support.Role;

/**
 * One write endpoint. {@link Writes} runs it with the API's write discipline (api.md "Writes"):
 * role check, {@code Idempotency-Key}, body parsing, reason, {@code If-Match}, one transaction for
 * the change, its audit events, emails and change-feed rows, and {@code ?preview=true}.
 *
 * @param <R> the parsed request
 */
public interface WriteOperation<R> {

    /** The operation the route does (role check before anything is read). */
    Operation operation();

    /**
     * Reads and checks the body and path; throws {@link uk.gov.ects.desk.service.http.ApiError}
     * (400/422 naming the field) for a body that cannot be read. Touches no store.
     */
    R parse(WriteRequest request);

    /** The operation this request is (an {@code override: true} school operation is its OVR one). */
    default Operation resolve(R request) {
        return operation();
    }

    /**
     * As {@link #resolve(Object)}, for operations that are a different operation depending on who
     * asks (a sign-in link from the school's page, or from support on the tutor's behalf).
     */
    default Operation resolve(R request, Role role) {
        return resolve(request);
    }

    /** The existing resource whose {@code If-Match} version the request must carry, or null (create-only POSTs). */
    default Target guard(R request) {
        return null;
    }

    /**
     * Refusals that hold whatever version the caller saw, checked before {@code If-Match} so the caller
     * hears the real reason at once rather than a 412 whose re-apply could only be refused (a claim on a
     * ticket someone else holds). Reads only and throws to refuse; runs inside the write transaction
     * after the feed-head lock, so it sees the last commit.
     */
    default void refuseBeforeIfMatch(WriteContext ctx, R request) throws SQLException {
    }

    /**
     * Loads state, calls the model's rule (which throws a RuleViolation to refuse) and applies the
     * change through {@code ctx}: {@link WriteContext#changed}, {@link WriteContext#audit},
     * {@link WriteContext#email}. Runs inside the write transaction; a preview rolls it back.
     */
    WriteResult apply(WriteContext ctx, R request) throws SQLException;
}
