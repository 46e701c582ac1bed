package uk.gov.ects.desk.model.support;

import java.time.LocalDate;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.participants.ParticipantStatus;
import uk.gov.ects.desk.model.participants.ParticipantType;
import uk.gov.ects.desk.model.rules.Refusal;

/** OVR-STATUS: reinstate, record completion, or correct a leaving date (OECT-3, OECT-4, OMEN-3). */
public final class StatusOverrideRules {

    private StatusOverrideRules() {
    }

    /**
     * @param action               reinstate | complete | leaving_date
     * @param activeRecordElsewhere the participant now trains at another school (a transfer), so reinstating
     *                              here would put them at two schools
     */
    public static StatusChange apply(ParticipantState participant, String action, LocalDate date, LocalDate today,
            boolean activeRecordElsewhere) {
        InductionStatus now = participant.status(today);
        return switch (action == null ? "" : action) {
            case "reinstate" -> reinstate(now, activeRecordElsewhere);
            case "complete" -> complete(participant, now, date, today);
            case "leaving_date" -> correctLeavingDate(participant, now, date, today);
            default -> throw Refusal.rule("status_action_invalid", "OVR-STATUS", "Choose what to change",
                    "The action must be reinstate, complete or leaving_date.", "/action");
        };
    }

    private static StatusChange reinstate(InductionStatus now, boolean activeRecordElsewhere) {
        if (now == InductionStatus.ACTIVE || now == InductionStatus.COMPLETED) {
            throw Refusal.conflict("not_leaving", "OVR-STATUS", "Nothing to reinstate",
                    "Only a teacher reported leaving, or removed, can be reinstated; this one is " + now.code() + ".",
                    "/action");
        }
        if (activeRecordElsewhere) {
            throw Refusal.conflict("active_elsewhere", "OVR-STATUS", "The teacher is training at another school",
                    "Reinstating them here would put them at two schools. Move them back instead (OVR-TRANSFER).",
                    "/action");
        }
        return new StatusChange(InductionStatus.ACTIVE, null, false);
    }

    private static StatusChange complete(ParticipantState participant, InductionStatus now, LocalDate date,
            LocalDate today) {
        if (participant.type() != ParticipantType.ECT) {
            throw Refusal.rule("not_an_ect", "OVR-STATUS", "Only ECTs complete induction",
                    "Mentors do not complete induction. To end a mentor's time at the school, report them leaving.",
                    "/action");
        }
        if (now == InductionStatus.COMPLETED || now == InductionStatus.WITHDRAWN) {
            throw Refusal.conflict("not_training", "OVR-STATUS", "The ECT is not training",
                    "This ECT is already " + now.code() + ".", "/action");
        }
        requireDate(participant, date);
        if (date.isAfter(today)) {
            throw Refusal.rule("date_in_future", "OVR-STATUS", "Completion date is in the future",
                    "Record completion once the ECT has completed induction; the date cannot be after today.", "/date");
        }
        return new StatusChange(InductionStatus.COMPLETED, date, participant.mentorId() != null);
    }

    private static StatusChange correctLeavingDate(ParticipantState participant, InductionStatus now, LocalDate date,
            LocalDate today) {
        if (!now.isReportedLeaving()) {
            throw Refusal.conflict("not_leaving", "OVR-STATUS", "No leaving date to correct",
                    "This teacher has not been reported as leaving. Report them leaving first (OECT-1).", "/action");
        }
        requireDate(participant, date);
        return new StatusChange(ParticipantStatus.effectiveStatus(InductionStatus.LEAVING, date, today), date, false);
    }

    private static void requireDate(ParticipantState participant, LocalDate date) {
        if (date == null) {
            throw Refusal.rule("date_required", "OVR-STATUS", "Date is missing", "Enter the date.", "/date");
        }
        if (participant.startDate() != null && date.isBefore(participant.startDate())) {
            throw Refusal.rule("date_before_start", "OVR-STATUS", "Date is before the record starts",
                    "The record starts on " + participant.startDate() + ". Enter a date on or after that day.", "/date");
        }
    }
}
