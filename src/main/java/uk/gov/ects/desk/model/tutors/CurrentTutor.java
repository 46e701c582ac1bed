package uk.gov.ects.desk.model.tutors;

/** The school's induction tutor now: their person id, name and email. */
public record CurrentTutor(String personId, String fullName, String email) {
}
