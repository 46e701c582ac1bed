package uk.gov.ects.desk.client.cache;

import java.time.LocalDate;

/** One line of the Partnerships table. */
public record PartnershipRow(String id, String schoolUrn, String schoolName, int cohort, String leadProvider,
        String deliveryPartner, String status, LocalDate challengeDeadline) {
}
