package uk.gov.ects.desk.service.audit;

/** One field's value before and after a change, as the audit history shows it (X-AUDIT). */
public record FieldChange(String field, String before, String after) {

    /** Values are shown as text; null stays null (not set). */
    public static FieldChange of(String field, Object before, Object after) {
        return new FieldChange(field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    public boolean changed() {
        return before == null ? after != null : !before.equals(after);
    }
}
