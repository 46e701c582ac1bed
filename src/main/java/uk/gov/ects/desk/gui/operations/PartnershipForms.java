package uk.gov.ects.desk.gui.operations;

import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.client.operations.TargetRef;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.model.partnerships.ChallengeDeadline;
import uk.gov.ects.desk.model.partnerships.ChallengeReason;
import uk.gov.ects.desk.model.support.Operation;

/** The forms opened on a partnership: challenge (PART-3, or OVR-PARTNERSHIP after the window), reinstate, note. */
final class PartnershipForms {

    private final FormContext context;

    PartnershipForms(FormContext context) {
        this.context = context;
    }

    OperationForm create(FormAction action, String id) {
        PartnershipDto partnership = context.cache().partnership(id)
                .orElseThrow(() -> new FormContext.MissingRecordException("partnership " + id));
        Long version = context.version("partnership", id);
        String about = partnership.leadProviderName() + " with " + partnership.schoolName() + " (" + partnership.cohort() + ")";
        return switch (action) {
            case CHALLENGE_PARTNERSHIP -> challenge(action, id, version, partnership, about);
            case REINSTATE_PARTNERSHIP -> reinstate(action, id, version, partnership, about);
            case PARTNERSHIP_NOTE -> Notes.form(action, TargetRef.partnership(id), "the partnership of " + about);
            default -> throw new IllegalArgumentException(action + " is not opened on a partnership");
        };
    }

    private OperationForm challenge(FormAction action, String id, Long version, PartnershipDto partnership, String about) {
        boolean windowOpen = ChallengeDeadline.isOpen(partnership.challengeDeadline(), context.today());
        List<Choice> reasons = Arrays.stream(ChallengeReason.values()).map(r -> new Choice(r.code(), r.label())).toList();
        return OperationForm.builder(action, TargetRef.partnership(id), version)
                .title("Challenge " + about)
                .field(FormField.choice("challenge_reason", "_Why", true, reasons, null))
                .operation(form -> windowOpen ? Operation.CHALLENGE_PARTNERSHIP : Operation.OVR_PARTNERSHIP)
                .send("POST", "/partnerships/" + id + "/challenge")
                .body(form -> {
                    JsonObject json = new JsonObject();
                    json.addProperty("challenge_reason", form.code("challenge_reason"));
                    if (!windowOpen) {
                        json.addProperty("override", true);
                    }
                    return json;
                })
                .rules(form -> {
                    if (!"active".equals(partnership.status())) {
                        Checks.refuse("already_challenged", "PART-3", "The partnership was already challenged",
                                "This partnership is no longer active. To bring it back, reinstate it.", null);
                    }
                })
                .checks("the partnership is active", "the challenge window (PART-3): "
                        + (windowOpen ? "open until " + Wording.date(partnership.challengeDeadline())
                                : "closed, so support overrides it with a reason (OVR-PARTNERSHIP)"))
                .statement(form -> "Challenges the partnership of " + about + ": "
                        + form.choice("challenge_reason").label().toLowerCase(java.util.Locale.UK) + "."
                        + (ChallengeReason.NO_ECTS.code().equals(form.code("challenge_reason"))
                                ? " The cohort's programme becomes no ECTs this year." : "")
                        + " Emails: partnership challenged to " + partnership.leadProviderName() + ".")
                .summary(form -> "Challenge " + about)
                .build();
    }

    private OperationForm reinstate(FormAction action, String id, Long version, PartnershipDto partnership, String about) {
        return OperationForm.builder(action, TargetRef.partnership(id), version)
                .title("Reinstate " + about)
                .send("POST", "/partnerships/" + id + "/reinstate")
                .body(form -> new JsonObject())
                .rules(form -> {
                    if ("active".equals(partnership.status())) {
                        Checks.refuse("not_challenged", "OVR-PARTNERSHIP", "The partnership is already active",
                                "Only a challenged partnership can be reinstated; this one is active.", null);
                    }
                })
                .checks("the partnership was challenged", "another active partnership is checked online (PART-4)")
                .statement(form -> "Makes the partnership of " + about + " active again. No emails will be sent.")
                .build();
    }
}
