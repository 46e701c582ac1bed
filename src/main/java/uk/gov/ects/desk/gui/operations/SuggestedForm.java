package uk.gov.ects.desk.gui.operations;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.gui.tickets.LinkedRecord;
import uk.gov.ects.desk.gui.tickets.SuggestedAction;

/**
 * The form a ticket's suggested action opens: which form (the first whose operations include the
 * suggested one), on which record (the first school or participant the ticket concerns), with the
 * values the ticket gives (a corrected TRN or date of birth, the programme asked for) and the
 * ticket, so the operation is linked to it. {@code recordId} is null when the ticket names no record
 * of the form's kind; {@code action} is null when no form does the operation.
 */
public record SuggestedForm(FormAction action, String recordId, Map<String, String> values, String ticketId) {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public SuggestedForm {
        values = Map.copyOf(values);
    }

    public static SuggestedForm from(SuggestedAction suggested) {
        Optional<FormAction> action = Arrays.stream(FormAction.values())
                .filter(form -> form.operations().stream().anyMatch(op -> op.id().equals(suggested.operation())))
                .findFirst();
        if (action.isEmpty()) {
            return new SuggestedForm(null, null, Map.of(), suggested.ticketId());
        }
        String recordId = switch (action.get().target()) {
            case SCHOOL -> suggested.first(LinkedRecord.Kind.SCHOOL);
            case PARTICIPANT -> suggested.first(LinkedRecord.Kind.PARTICIPANT);
            case PARTNERSHIP -> null;
        };
        Map<String, String> values = new LinkedHashMap<>();
        if (suggested.newTrn() != null) {
            values.put("trn", suggested.newTrn());
        }
        if (suggested.newDateOfBirth() != null) {
            values.put("date_of_birth", suggested.newDateOfBirth().format(UK_DATE));
        }
        if (suggested.programme() != null) {
            values.put("choice", suggested.programme());
        }
        return new SuggestedForm(action.get(), recordId, values, suggested.ticketId());
    }

    /** Fills the form's fields the ticket has values for; fields the form does not have are left out. */
    public void fill(OperationForm form) {
        values.forEach((key, value) -> {
            if (form.has(key)) {
                FormField field = form.field(key);
                if (field.kind() == FormField.Kind.CHOICE) {
                    field.prefillChoice(value);
                } else {
                    field.prefill(value);
                }
            }
        });
    }

    /** Why the form cannot open, in words the agent can act on; null when it can. */
    public String cannotOpen(SuggestedAction suggested) {
        if (action == null) {
            return "There is no form for \"" + suggested.description() + "\" yet. Open the record and choose the "
                    + "action from its menu.";
        }
        if (recordId == null) {
            return "This ticket names no " + action.target().type() + " found in the cache. Add one to the ticket's "
                    + "linked records, or open \"" + action.label() + "\" from the " + action.target().type() + "'s tab.";
        }
        return null;
    }
}
