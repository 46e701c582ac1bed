package uk.gov.ects.desk.gui.tickets;

/** One entry of the triage form's linked list: a school URN or a participant id, with a name to show. */
public record LinkedRecord(Kind kind, String id, String label) {

    public enum Kind { SCHOOL, PARTICIPANT }
}
