package uk.gov.ects.desk.client.cache;

/** One line of the Schools table. */
public record SchoolRow(String urn, String name, String localAuthority, String postcode, String inductionTutor) {
}
