package uk.gov.ects.desk.model.support;

import uk.gov.ects.desk.model.rules.Refusal;

/** The checks every write passes first: the role may do it (403) and it carries a reason when needed. */
public final class OperationGate {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 2000;

    private OperationGate() {
    }

    public static void check(Role role, Operation operation, String reason) {
        if (!role.mayDo(operation)) {
            throw Refusal.forbidden(operation.id(), "Your role cannot do this",
                    "\"" + operation.label() + "\" needs the " + neededRole(operation.access())
                            + " role; you are signed in as " + role.code() + ". "
                            + (operation.access() == Operation.Access.SCHOOL_PAGE
                                    ? "Only the school-facing sign-in page does this." : "Ask a lead to do it."));
        }
        if (operation.needsReason()) {
            requireReason(reason, operation.id());
        }
    }

    private static String neededRole(Operation.Access access) {
        return switch (access) {
            case LEAD -> "lead";
            case SCHOOL_PAGE -> "intake";
            default -> "agent";
        };
    }

    /** 10..2000 characters once trimmed; a few characters are not a reason anyone can audit later. */
    public static void requireReason(String reason, String operationId) {
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.length() < MIN_REASON) {
            throw Refusal.rule("reason_required", operationId, "Give a reason",
                    "Support changes need a reason of at least " + MIN_REASON
                            + " characters saying why, for example what the school asked for in its ticket.",
                    "/reason");
        }
        if (trimmed.length() > MAX_REASON) {
            throw Refusal.rule("reason_too_long", operationId, "The reason is too long",
                    "Shorten the reason to " + MAX_REASON + " characters or fewer; add detail as a note instead.",
                    "/reason");
        }
    }
}
