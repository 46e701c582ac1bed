package uk.gov.ects.desk.model.programmes;

/**
 * The directly previous cohort of the school, as rollover needs it (PROG-2..PROG-6).
 *
 * @param choice            the choice then, or null if the school had none
 * @param leadProviderId    the LP of the active partnership then, or null if there was none
 * @param deliveryPartnerId the DP of that partnership, or null
 */
public record PreviousCohort(int year, ProgrammeChoice choice, String leadProviderId, String deliveryPartnerId) {

    public static PreviousCohort none(int year) {
        return new PreviousCohort(year, null, null, null);
    }

    public boolean hadPartnership() {
        return leadProviderId != null && deliveryPartnerId != null;
    }
}
