package uk.gov.ects.desk.gui.outbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.gov.ects.desk.client.outbox.OutboxCounts;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxError;
import uk.gov.ects.desk.client.outbox.OutboxState;
import uk.gov.ects.desk.client.outbox.OutboxTarget;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.model.support.Operation;

/** The Outbox tab's words: operations, records, states, errors and counts. */
public final class OutboxWording {

    public static final String TAB = "Outbox";

    private OutboxWording() {
    }

    /** The palette's label for an operation ID; the ID itself if it is not one the palette knows. */
    public static String operation(String operationId) {
        return Operation.byId(operationId).map(Operation::label).orElse(operationId);
    }

    /** "School 100001", "Participant p-1". */
    public static String record(OutboxTarget target) {
        String type = target.type().replace('_', ' ');
        return Character.toUpperCase(type.charAt(0)) + type.substring(1).toLowerCase(Locale.UK) + " " + target.id();
    }

    public static String age(Instant createdAt, Instant now) {
        return createdAt == null ? "" : Wording.ago(createdAt, now);
    }

    public static String state(OutboxState state) {
        return switch (state) {
            case QUEUED -> "Waiting to send";
            case SENDING -> "Sending";
            case APPLIED -> "Sent";
            case REJECTED -> "Turned down by the service";
            case CONFLICT -> "Someone else changed the record first";
            case UNAUTHORISED -> "Waiting for you to sign in again";
            case FAILED -> "Could not be sent";
        };
    }

    /** The service's sentence, then the rule it broke: "That email is in use. (rule SIT-4)". */
    public static String error(OutboxError error) {
        if (error == null || error.message() == null) {
            return "";
        }
        return error.rule() == null || error.rule().isBlank() ? error.message()
                : error.message() + " (rule " + error.rule() + ")";
    }

    /** "3 waiting to send · 1 needs attention"; "All changes sent" when there is nothing. */
    public static String status(OutboxCounts counts) {
        if (counts.isClear()) {
            return "All changes sent";
        }
        String waiting = counts.waiting() + " waiting to send";
        String attention = counts.needingAttention() + (counts.needingAttention() == 1 ? " needs" : " need") + " attention";
        if (counts.needingAttention() == 0) {
            return waiting;
        }
        return counts.waiting() == 0 ? attention : waiting + " · " + attention;
    }

    /** "Outbox (4)": everything not yet sent; plain "Outbox" when nothing is. */
    public static String tabTitle(OutboxCounts counts) {
        int open = counts.waiting() + counts.needingAttention();
        return open == 0 ? TAB : TAB + " (" + open + ")";
    }

    /** The selected change in full, for the pane under the table. */
    public static DetailSheet sheet(OutboxRow row) {
        OutboxEntry entry = row.entry();
        List<DetailSheet.Field> change = List.of(
                new DetailSheet.Field("Record", row.record()),
                new DetailSheet.Field("What", entry.summary()),
                new DetailSheet.Field("Made", row.age() + " (" + Wording.dateTime(entry.createdAt()) + ")"),
                new DetailSheet.Field("Operation", entry.operation()));
        List<DetailSheet.Field> sending = new ArrayList<>(List.of(
                new DetailSheet.Field("State", row.stateWords()),
                new DetailSheet.Field("Attempts", String.valueOf(row.attempts()))));
        OutboxError error = entry.error();
        if (error != null) {
            sending.add(new DetailSheet.Field("Last error", Wording.orNotRecorded(error.message())));
            sending.add(new DetailSheet.Field("Rule", Wording.orNotRecorded(error.rule())));
            if (error.pointer() != null && !error.pointer().isBlank()) {
                sending.add(new DetailSheet.Field("Field", error.pointer()));
            }
        }
        return new DetailSheet(row.operation(), List.of(new DetailSheet.Section("The change", change),
                new DetailSheet.Section("Sending", sending)), List.of());
    }

    /** JSON laid out one field a line, for reading and editing. */
    public static String pretty(JsonElement json) {
        return json == null ? "" : Pretty.GSON.toJson(json);
    }

    /** Made on first use: the main window reads these words before it shows, and Gson takes a while to set up. */
    private static final class Pretty {
        static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().create();
    }
}
