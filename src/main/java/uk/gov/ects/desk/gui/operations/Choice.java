package uk.gov.ects.desk.gui.operations;

/** One entry of a choice field: the code sent to the service and the words the agent reads. */
public record Choice(String code, String label) {

    @Override
    public String toString() {
        return label;
    }
}
