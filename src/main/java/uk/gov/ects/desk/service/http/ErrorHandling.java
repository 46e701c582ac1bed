package uk.gov.ects.desk.service.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.model.rules.RuleViolation;

/**
 * Makes every failure an error envelope: our own errors, broken rules, Javalin's own responses,
 * unknown routes, wrong methods and anything unexpected (logged once here, answered without a
 * stack trace).
 */
public final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private static final Map<Integer, String[]> STATUS_TEXT = Map.of(
            400, new String[] {"bad_request", "Bad request", "The request could not be read. Check its JSON and parameters."},
            401, new String[] {"unauthorised", "Not signed in", "Send a valid bearer token in the Authorization header."},
            403, new String[] {"forbidden", "Not allowed for your role", "Your role cannot do this. Ask a lead."},
            404, new String[] {"not_found", "Not found", "There is nothing at this address. Check the path against the API document."},
            405, new String[] {"method_not_allowed", "Method not allowed", "This address does not accept that method."},
            406, new String[] {"not_acceptable", "Not acceptable", "This API only answers JSON."},
            413, new String[] {"payload_too_large", "Request too large", "Send a smaller request."},
            415, new String[] {"unsupported_media_type", "Unsupported content type", "Send the body as application/json."},
            500, new String[] {"internal_error", "Something went wrong", "The service failed. Try again; if it keeps failing, tell the service team."});

    private ErrorHandling() {
    }

    public static void install(RoutesConfig routes) {
        routes.exception(ApiError.class, (error, ctx) -> ErrorEnvelope.write(ctx, error));
        routes.exception(RuleViolation.class, (violation, ctx) -> ErrorEnvelope.write(ctx, violation));
        routes.exception(HttpResponseException.class, (e, ctx) -> writeForStatus(ctx, e.getStatus()));
        routes.exception(Exception.class, (e, ctx) -> {
            // The one place an unexpected failure is logged; the message may hold request data, so
            // only the exception type and the route are written.
            LOG.error("Unexpected failure on {} {}: {}", ctx.method(), ctx.path(),
                    e.getClass().getName(), withoutMessage(e));
            writeForStatus(ctx, 500);
        });
        for (int status : STATUS_TEXT.keySet()) {
            routes.error(status, ctx -> {
                if (!ErrorEnvelope.alreadyWritten(ctx)) {
                    writeForStatus(ctx, status);
                }
            });
        }
    }

    /** The envelope for a bare status code (unknown route, wrong method, Javalin's own errors). */
    public static void writeForStatus(Context ctx, int status) {
        String[] text = STATUS_TEXT.getOrDefault(status, new String[] {"error", "Request failed", "The request failed."});
        ErrorEnvelope.write(ctx, status, text[0], text[1], text[2], null, null);
    }

    /** A copy of the stack trace without messages, which could carry personal data from a request. */
    private static Throwable withoutMessage(Throwable e) {
        Throwable copy = new Throwable(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        if (e.getCause() != null && e.getCause() != e) {
            copy.initCause(withoutMessage(e.getCause()));
        }
        return copy;
    }
}
