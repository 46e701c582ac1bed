package uk.gov.ects.desk.model.participants;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The {@code induction_status} of an induction record (docs/api-resources.md). */
public enum InductionStatus {
    ACTIVE,
    /** Reported leaving (or transferred out) with an end date still ahead. */
    LEAVING,
    LEFT,
    COMPLETED,
    /** Removed by support (OVR-REMOVE); kept in history. */
    WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** No longer training at that school: left, completed or removed. A leaving record still is. */
    public boolean isFinished() {
        return this == LEFT || this == COMPLETED || this == WITHDRAWN;
    }

    public boolean isReportedLeaving() {
        return this == LEAVING || this == LEFT;
    }

    public static Optional<InductionStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
