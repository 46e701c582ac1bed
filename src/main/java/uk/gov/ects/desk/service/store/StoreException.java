package uk.gov.ects.desk.service.store;

/** A database failure the caller cannot fix; the HTTP layer answers it with a 500 envelope. */
public final class StoreException extends RuntimeException {
    public StoreException(Throwable cause) {
        super("The service's database failed: " + cause.getMessage(), cause);
    }
}
