package uk.gov.ects.desk.model.tickets.recognition;

/** What a piece of a ticket's text was recognised as. */
public enum EntityKind {
    /** A school's GIAS unique reference number: 6 digits. */
    URN,
    /** A teacher reference number: 7 digits (5 to 7 after the word TRN, left-padded with zeros). */
    TRN,
    EMAIL,
    /** A person's name of two or three words, or a title and a surname ("Mrs Patel"). */
    NAME,
    /** A day, month and year; normalised to ISO (2026-09-01). */
    DATE,
    NI_NUMBER,
    POSTCODE,
    PHONE
}
