package uk.gov.ects.desk.launcher;

import java.util.List;
import uk.gov.ects.desk.client.activity.ActivityReader;
import uk.gov.ects.desk.client.activity.AuditEvent;
import uk.gov.ects.desk.client.activity.RecordNote;
import uk.gov.ects.desk.client.activity.SentEmail;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.gui.history.RecordActivity;

/**
 * The window's {@link RecordActivity}, there before the backend has started: until the client's
 * {@link ActivityReader} arrives, history reads as offline and there are no emails or notes.
 */
final class DeferredRecordActivity implements RecordActivity {

    private volatile ActivityReader reader;

    void attach(ActivityReader ready) {
        this.reader = ready;
    }

    @Override
    public List<AuditEvent> history(String targetType, String id) throws ApiException {
        ActivityReader ready = reader;
        if (ready == null) {
            throw new ApiException.Offline(new IllegalStateException("the connection is still starting"));
        }
        return ready.history(targetType, id);
    }

    @Override
    public List<SentEmail> emails(String targetType, String id) {
        ActivityReader ready = reader;
        return ready == null ? List.of() : ready.emails(targetType, id);
    }

    @Override
    public List<RecordNote> notes(String target) {
        ActivityReader ready = reader;
        return ready == null ? List.of() : ready.notes(target);
    }
}
