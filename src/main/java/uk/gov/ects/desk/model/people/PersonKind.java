package uk.gov.ects.desk.model.people;

/** The kinds of people whose emails share one namespace (SIT-4). */
public enum PersonKind {
    INDUCTION_TUTOR("induction tutor"),
    ECT("early career teacher"),
    MENTOR("mentor");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
