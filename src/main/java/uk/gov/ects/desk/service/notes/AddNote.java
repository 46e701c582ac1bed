package uk.gov.ects.desk.service.notes;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.support.NoteRules;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /notes {target, body}} (OVR-NOTE). The note is also an audit event on its target, so
 * it appears in that school's, participant's or partnership's history.
 */
public final class AddNote implements WriteOperation<AddNote.Request> {

    public record Request(String target, String body) {
    }

    private static final Map<String, String> TARGET_TABLES = Map.of(
            "school", "SELECT 1 FROM schools WHERE urn = ?",
            "participant", "SELECT 1 FROM participants WHERE id = ?",
            "partnership", "SELECT 1 FROM partnerships WHERE id = ?");

    @Override
    public Operation operation() {
        return Operation.OVR_NOTE;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.body().text("target", 200), request.body().text("body", Integer.MAX_VALUE));
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        NoteRules.validate(request.target(), request.body());
        String type = request.target().substring(0, request.target().indexOf(':'));
        String targetId = request.target().substring(type.length() + 1);
        if (!Sql.exists(ctx.tx(), TARGET_TABLES.get(type), targetId)) {
            throw Refusal.rule("note_target_not_found", "OVR-NOTE", "Nothing to attach the note to",
                    "There is no " + type + " " + targetId + ". Check the id and search again.", "/target");
        }
        String id = "note-" + UUID.randomUUID();
        Sql.update(ctx.tx(), "INSERT INTO notes (id, target, body, author, created_at, version) VALUES (?, ?, ?, ?, ?, 1)",
                id, request.target(), request.body(), ctx.actor().name(), ctx.now());
        ctx.created(new Target(NoteRenderer.TYPE, id));
        ctx.audit(new Target(type, targetId), List.of(FieldChange.of("note", null, request.body())));
        return WriteResult.created(new Target(NoteRenderer.TYPE, id));
    }
}
