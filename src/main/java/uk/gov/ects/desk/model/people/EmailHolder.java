package uk.gov.ects.desk.model.people;

/**
 * Who already holds an email address: the person's id, the name on their record and what they
 * are. The service finds it by the normalised address; the rules decide whether it may be shared.
 */
public record EmailHolder(String personId, String fullName, PersonKind kind) {
}
