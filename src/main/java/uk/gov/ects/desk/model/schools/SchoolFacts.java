package uk.gov.ects.desk.model.schools;

/** The GIAS facts that decide what a school may do in the service (gias.md). */
public record SchoolFacts(int establishmentTypeCode, int statusCode, String administrativeDistrictCode,
        boolean section41Approved) {
}
