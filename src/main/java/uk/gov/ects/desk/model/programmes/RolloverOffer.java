package uk.gov.ects.desk.model.programmes;

/**
 * Whether the school may roll its previous FIP choice and partnership over (PROG-2), and if not,
 * which rule says it must choose again.
 *
 * @param rule              PROG-2 when it may, else PROG-3, PROG-4 or PROG-6
 * @param leadProviderId    the previous LP to show the school (PROG-2) or to email (PROG-5); null if none
 * @param deliveryPartnerId the previous DP; null if none
 */
public record RolloverOffer(boolean mayRollOver, String rule, String leadProviderId, String deliveryPartnerId) {

    /** PROG-3's case: FIP with a partnership whose pairing is gone this year. */
    public boolean pairingGone() {
        return "PROG-3".equals(rule);
    }
}
