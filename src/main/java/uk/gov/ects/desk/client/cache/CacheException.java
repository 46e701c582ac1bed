package uk.gov.ects.desk.client.cache;

/** The local cache could not be read or written (disk full, damaged file, wrong key). */
public final class CacheException extends RuntimeException {
    public CacheException(Throwable cause) {
        super("The local cache on this computer could not be read or written. "
                + "Close the app and open it again; if that does not help, delete the cache to rebuild it.", cause);
    }
}
