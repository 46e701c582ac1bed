package uk.gov.ects.desk.model.partnerships;

/** A lead provider and delivery partner contracted to work together in a cohort (PART-1). */
public record Pairing(int cohort, String leadProviderId, String deliveryPartnerId) {

    public boolean sameProviders(String otherLeadProviderId, String otherDeliveryPartnerId) {
        return leadProviderId.equals(otherLeadProviderId) && deliveryPartnerId.equals(otherDeliveryPartnerId);
    }
}
