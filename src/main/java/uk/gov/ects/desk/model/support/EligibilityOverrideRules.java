package uk.gov.ects.desk.model.support;

import java.util.Set;
import java.util.regex.Pattern;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.teachers.Eligibility;

/** OVR-ELIGIBILITY: funding eligibility set by hand, kept until cleared (teacher-records.md). */
public final class EligibilityOverrideRules {

    private static final Set<String> STATUSES = Set.of(Eligibility.ELIGIBLE, Eligibility.MANUAL_CHECK,
            Eligibility.INELIGIBLE);
    private static final Pattern REASON_CODE = Pattern.compile("^[a-z][a-z0-9_]{0,63}$");

    private EligibilityOverrideRules() {
    }

    /** The manual status and reason; the service marks it manual so automatic re-checks skip it. */
    public static Eligibility set(String status, String reasonCode) {
        if (status == null || !STATUSES.contains(status)) {
            throw Refusal.rule("eligibility_status_invalid", "OVR-ELIGIBILITY", "Choose an eligibility status",
                    "The status must be eligible, manual_check or ineligible.", "/status");
        }
        if (reasonCode == null || !REASON_CODE.matcher(reasonCode).matches()) {
            throw Refusal.rule("eligibility_reason_invalid", "OVR-ELIGIBILITY", "Give the eligibility reason code",
                    "Give a short reason code in lower case with underscores, such as none, no_qts or "
                            + "previous_induction. Explain the decision in the operation's reason.", "/reason");
        }
        return new Eligibility(status, reasonCode);
    }

    /** Back to automatic: the service recomputes with FundingEligibility. */
    public static void clear(boolean currentlyManual) {
        if (!currentlyManual) {
            throw Refusal.conflict("eligibility_not_manual", "OVR-ELIGIBILITY", "Eligibility is already automatic",
                    "Nobody set this participant's eligibility by hand, so there is nothing to clear.", null);
        }
    }
}
