package uk.gov.ects.desk.model.partnerships;

import java.time.LocalDate;

/**
 * A partnership as the rules see it.
 *
 * @param challengeDeadline PART-3; null when the school has no window (a partnership set by support)
 */
public record PartnershipState(String id, String schoolUrn, int cohort, String leadProviderId,
        String deliveryPartnerId, boolean active, LocalDate challengeDeadline) {
}
