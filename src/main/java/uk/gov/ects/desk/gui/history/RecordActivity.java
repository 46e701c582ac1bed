package uk.gov.ects.desk.gui.history;

import java.util.List;
import uk.gov.ects.desk.client.activity.AuditEvent;
import uk.gov.ects.desk.client.activity.RecordNote;
import uk.gov.ects.desk.client.activity.SentEmail;
import uk.gov.ects.desk.client.api.ApiException;

/**
 * What the History, Emails and Notes views read about a record. Blocking: the view model calls it
 * from background tasks. The launcher backs it with the client's ActivityReader.
 */
public interface RecordActivity {

    /** Audit events, newest first, from the Support API; {@link ApiException.Offline} without a connection. */
    List<AuditEvent> history(String targetType, String id) throws ApiException;

    /** Emails the service sent about the record, newest first, from the cache. */
    List<SentEmail> emails(String targetType, String id);

    /** Notes on {@code target} (e.g. {@code school:100001}), newest first, from the cache. */
    List<RecordNote> notes(String target);
}
