package uk.gov.ects.desk.gui.operations;

/** Builds the form for an action on a record, from the cache. Blocking: run it in a background task. */
public final class FormCatalogue {

    private final FormContext context;

    public FormCatalogue(FormContext context) {
        this.context = context;
    }

    /** @param id the school's URN, the participant's or the partnership's id */
    public OperationForm create(FormAction action, String id) {
        OperationForm form = switch (action.target()) {
            case SCHOOL -> new SchoolForms(context).create(action, id);
            case PARTICIPANT -> new ParticipantForms(context).create(action, id);
            case PARTNERSHIP -> new PartnershipForms(context).create(action, id);
        };
        return form.readingRecordsFrom(context::recordNow);
    }
}
