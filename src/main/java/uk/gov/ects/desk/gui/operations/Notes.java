package uk.gov.ects.desk.gui.operations;

import com.google.gson.JsonObject;
import uk.gov.ects.desk.client.operations.TargetRef;
import uk.gov.ects.desk.model.support.NoteRules;

/** OVR-NOTE on any record: create-only, so no If-Match. */
final class Notes {

    private Notes() {
    }

    static OperationForm form(FormAction action, TargetRef target, String about) {
        FormField text = FormField.area("body", "_Note", true, "What happened, for the next agent",
                field -> field.value() != null && field.value().length() > NoteRules.MAX_BODY
                        ? "Shorten the note to " + NoteRules.MAX_BODY + " characters or fewer, or split it into two notes."
                        : null);
        return OperationForm.builder(action, target, null)
                .title("Note on " + about)
                .field(text)
                .send("POST", "/notes")
                .body(form -> {
                    JsonObject json = new JsonObject();
                    json.addProperty("target", target.toString());
                    json.addProperty("body", form.text("body"));
                    return json;
                })
                .rules(form -> NoteRules.validate(target.toString(), form.text("body")))
                .checks("the note is 1 to " + NoteRules.MAX_BODY + " characters")
                .statement(form -> "Adds the note to " + about + "'s history. Nothing else changes; no emails will be sent.")
                .summary(form -> "Note on " + about)
                .build();
    }
}
