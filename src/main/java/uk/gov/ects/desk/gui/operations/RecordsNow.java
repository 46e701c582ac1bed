package uk.gov.ects.desk.gui.operations;

import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * The records as the agent's cache has them now, for the preview to set beside what the service says
 * they would be. Blocking: read in a background task.
 */
@FunctionalInterface
public interface RecordsNow {

    /** Nothing known (a form built without a cache): every record in a preview reads as it would be. */
    RecordsNow UNKNOWN = (type, id) -> Optional.empty();

    /** The cached attributes of a {@code school}, {@code participant} or {@code partnership}; empty when not cached. */
    Optional<JsonObject> attributes(String type, String id);
}
