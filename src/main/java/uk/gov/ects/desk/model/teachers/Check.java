package uk.gov.ects.desk.model.teachers;

/** The four checks of a match; errors name the ones that failed, never the record's values. */
public enum Check {
    TRN("TRN"),
    DATE_OF_BIRTH("date of birth"),
    NI_NUMBER("National Insurance number"),
    NAME("first name");

    private final String description;

    Check(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
