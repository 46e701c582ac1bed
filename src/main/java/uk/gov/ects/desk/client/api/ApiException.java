package uk.gov.ects.desk.client.api;

import java.util.List;
import uk.gov.ects.desk.client.api.dto.ErrorDto;
import uk.gov.ects.desk.client.api.dto.ErrorEnvelopeDto;

/**
 * Every way a call to the Support API can fail, classified once by {@link ApiCalls}. The message
 * is a plain-English sentence for the agent that says what to do next.
 */
public abstract sealed class ApiException extends Exception
        permits ApiException.Offline, ApiException.Unauthorised, ApiException.Forbidden,
        ApiException.ClientError, ApiException.ServerError, ApiException.Unexpected {

    private ApiException(String message, Throwable cause) {
        super(message, cause);
    }

    /** No answer: no connection, dropped connection or a timeout. */
    public static final class Offline extends ApiException {
        public Offline(Throwable cause) {
            super("The service can't be reached. You can keep working from the cache; "
                    + "changes will sync when you're back online.", cause);
        }
    }

    /** 401: the token is missing, unknown or expired. */
    public static final class Unauthorised extends ApiException {
        public Unauthorised() {
            super("The service didn't accept your sign-in. Use File › Connect to a service… to sign in again.", null);
        }
    }

    /** 403: the agent's role is not enough for this. */
    public static final class Forbidden extends ApiException {
        public Forbidden() {
            super("Your role doesn't allow this. Ask a support lead to do it for you.", null);
        }
    }

    /** Any other 4xx, with the service's error envelope (its codes and rules). */
    public static final class ClientError extends ApiException {
        private final int status;
        private final ErrorEnvelopeDto envelope;

        public ClientError(int status, ErrorEnvelopeDto envelope) {
            super(describe(status, envelope), null);
            this.status = status;
            this.envelope = envelope;
        }

        public int status() {
            return status;
        }

        public ErrorEnvelopeDto envelope() {
            return envelope;
        }

        public List<ErrorDto> errors() {
            return envelope == null || envelope.errors() == null ? List.of() : envelope.errors();
        }

        /** The first error's stable code, e.g. {@code cursor_expired}; null if the body had none. */
        public String code() {
            return errors().isEmpty() ? null : errors().get(0).code();
        }

        public boolean hasCode(String code) {
            return errors().stream().anyMatch(e -> code.equals(e.code()));
        }

        private static String describe(int status, ErrorEnvelopeDto envelope) {
            if (envelope != null && envelope.errors() != null && !envelope.errors().isEmpty()) {
                ErrorDto first = envelope.errors().get(0);
                String text = first.detail() != null && !first.detail().isBlank() ? first.detail() : first.title();
                if (text != null && !text.isBlank()) {
                    return text;
                }
            }
            if (status == 404) {
                return "That record isn't on the service any more. Refresh and search again.";
            }
            return "The service turned this request down (error " + status + "). Check the details and try again.";
        }
    }

    /** 5xx: the service failed. */
    public static final class ServerError extends ApiException {
        private final int status;

        public ServerError(int status) {
            super("The service had a problem (error " + status + "). Try again in a few minutes; "
                    + "if it keeps happening, tell the service team.", null);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** An answer the client cannot read: wrong shape, not JSON, or an unexpected status. */
    public static final class Unexpected extends ApiException {
        private final String why;

        public Unexpected(String why, Throwable cause) {
            super("The service sent an answer the app doesn't understand. Try again; "
                    + "if it keeps happening, tell the service team.", cause);
            this.why = why;
        }

        /** A technical reason for the log (never shown to the agent). */
        public String why() {
            return why;
        }
    }
}
