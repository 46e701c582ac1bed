package uk.gov.ects.desk.client.cache;

/** One line of the Participants table. */
public record ParticipantRow(String id, String fullName, String type, String trn, String schoolName,
        Integer cohort, String status) {
}
