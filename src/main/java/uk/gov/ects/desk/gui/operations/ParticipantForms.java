package uk.gov.ects.desk.gui.operations;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.client.operations.TargetRef;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBody;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBodyRules;
import uk.gov.ects.desk.model.participants.InductionStatus;
import uk.gov.ects.desk.model.participants.NameChangeReason;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.participants.ParticipantType;
import uk.gov.ects.desk.model.pairing.MentorAssignment;
import uk.gov.ects.desk.model.pairing.PairingRules;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.support.Operation;

/** What the school does for its teachers, done by support: add, transfer in, leaving, mentor, details, ECT's body. */
final class ParticipantForms {

    /** A participant the form picked by id, with the version its If-Match needs. */
    record Picked(String id, ParticipantDto participant, Long version) {
    }

    private final FormContext context;

    ParticipantForms(FormContext context) {
        this.context = context;
    }

    OperationForm create(FormAction action, String id) {
        ParticipantDto participant = context.participant(id);
        Long version = context.version("participant", id);
        return switch (action) {
            case REPORT_LEAVING -> leaving(action, id, participant, version);
            case ASSIGN_MENTOR -> assignMentor(action, id, participant, version);
            case CHANGE_DETAILS -> details(action, id, participant, version);
            case ECT_APPROPRIATE_BODY -> ectAppropriateBody(action, id, participant, version);
            default -> new SupportForms(context).create(action, id, participant, version);
        };
    }

    // ---- ECT-2 / MEN-2 --------------------------------------------------------------------------------

    OperationForm register(FormAction action, SchoolDto school) {
        boolean ect = action == FormAction.ADD_ECT;
        List<Choice> cohorts = context.cohorts().keySet().stream()
                .filter(year -> FormContext.cohortState(school, year).hasDefaultProgramme())
                .map(year -> new Choice(String.valueOf(year), year + " — "
                        + FormContext.cohortState(school, year).choice().label()))
                .toList();
        FormField cohortField = FormField.choice("cohort", "_Cohort", true, cohorts,
                "Only cohorts the school has set up with a programme (ECT-1, MEN-1)");
        OperationForm.Builder builder = OperationForm.builder(action, TargetRef.school(school.urn()), null)
                .title((ect ? "Add an ECT to " : "Add a mentor to ") + school.name())
                .field(FormField.text("trn", "_TRN", true, "Teacher reference number, 5 to 7 digits", Checks::trn))
                .field(FormField.date("date_of_birth", "_Date of birth", true, Checks.birthDate(context.today())))
                .field(FormField.text("nino", "National _Insurance number", false, "Only if the TRN or date of birth do not match",
                        Checks::nino))
                .field(FormField.text("full_name", "Full _name", true, null, Checks::name))
                .field(FormField.text("known_as", "_Known as", false, "If the TRA record has another name", null))
                .field(FormField.text("email", "_Email", true, null, Checks::email))
                .field(cohortField);
        if (ect) {
            int typeCode = school.establishmentTypeCode() == null ? 0 : school.establishmentTypeCode();
            List<AppropriateBody> bodies = context.appropriateBodies();
            FormField body = FormField.choice("appropriate_body_id", "_Appropriate body", false, List.of(),
                    "Leave empty for the cohort's default");
            builder.field(body);
            builder.field(FormField.choice("mentor_id", "_Mentor", false, mentorsInPool(school.urn()),
                    "Only mentors in the school's pool (LINK-2)"));
            cohortField.choiceProperty().addListener((obs, old, now) -> body.choices().setAll(now == null ? List.of()
                    : AppropriateBodyRules.offeredTo(bodies, Integer.parseInt(now.code()), typeCode).stream()
                            .map(b -> new Choice(b.id(), b.name())).toList()));
        }
        return builder.send("POST", "/schools/" + school.urn() + (ect ? "/ects" : "/mentors"))
                .body(form -> {
                    JsonObject json = form.defaultBody();
                    json.addProperty("cohort", Integer.parseInt(form.code("cohort")));
                    return json;
                })
                .checks("the TRN has 5 to 7 digits", "the date of birth is a real date in the past",
                        "the email is well formed", "the cohort has a default programme")
                .statement(form -> "Registers " + form.text("full_name") + " as " + (ect ? "an ECT" : "a mentor") + " at "
                        + school.name() + " in " + form.code("cohort") + " if the teacher record matches the TRN and date of birth. "
                        + "Emails: " + (ect ? "ECT registered" : "mentor registered") + " to " + form.text("email") + ".")
                .summary(form -> (ect ? "Add ECT " : "Add mentor ") + form.text("full_name") + " to " + school.name())
                .build();
    }

    /** Mentors in the school's pool now (not left or removed), for LINK-2. */
    List<Choice> mentorsInPool(String urn) {
        List<Choice> mentors = new ArrayList<>();
        for (ParticipantRow row : context.cache().participantsAtSchool(urn)) {
            if (!"mentor".equals(row.type())) {
                continue;
            }
            Optional<ParticipantDto> mentor = context.cache().participant(row.id());
            boolean inPool = mentor.map(m -> FormContext.pools(m).contains(urn)).orElse(false);
            boolean finished = InductionStatus.fromCode(row.status()).map(InductionStatus::isFinished).orElse(false);
            if (inPool && !finished) {
                mentors.add(new Choice(row.id(), row.fullName()));
            }
        }
        return mentors;
    }

    // ---- TECT-2 -----------------------------------------------------------------------------------

    OperationForm transferIn(FormAction action, SchoolDto school) {
        FormField teacher = FormField.text("participant_id", "_Participant id", true, "The teacher's id, from the Participants tab",
                null).withLookup(id -> context.cache().participant(id)
                        .map(p -> (Object) new Picked(id, p, context.version("participant", id))),
                found -> ((Picked) found).participant().fullName() + ", now at " + ((Picked) found).participant().schoolName(),
                "No participant with that id in the cache. Check the id on the Participants tab.");
        List<Choice> trainings = List.of(new Choice("continue", "Keep their lead provider and delivery partner"),
                new Choice("school_default", "Take " + school.name() + "'s programme and partnership"));
        return OperationForm.builder(action, TargetRef.school(school.urn()), null)
                .title("Transfer a teacher in to " + school.name())
                .field(teacher)
                .field(FormField.date("joining_date", "_Joining date", true, null))
                .field(FormField.text("email", "New _email", false, "Leave empty to keep their email", Checks::email))
                .field(FormField.choice("training", "_Training", true, trainings, null))
                .target(form -> form.field("participant_id").found().map(p -> TargetRef.participant(((Picked) p).id()))
                        .orElse(TargetRef.school(school.urn())))
                .version(form -> form.field("participant_id").found().map(p -> ((Picked) p).version()).orElse(null))
                .send("POST", "/schools/" + school.urn() + "/transfers-in")
                .rules(form -> {
                    Picked picked = (Picked) form.field("participant_id").found().orElseThrow();
                    if (school.urn().equals(picked.participant().schoolUrn())) {
                        Checks.refuse("already_at_school", "TECT-2", "The teacher is already at this school",
                                picked.participant().fullName() + " already trains at " + school.name() + ".", "/participant_id");
                    }
                })
                .checks("the teacher is in the cache and not already at this school")
                .statement(form -> {
                    Picked picked = (Picked) form.field("participant_id").found().orElseThrow();
                    return "Moves " + picked.participant().fullName() + " from " + picked.participant().schoolName() + " to "
                            + school.name() + " from " + Wording.date(form.date("joining_date")) + "; "
                            + form.choice("training").label().toLowerCase(java.util.Locale.UK) + ". "
                            + "Emails: participant transferred to the teacher, and transfer notices to the lead providers.";
                })
                .summary(form -> "Transfer in to " + school.name())
                .build();
    }

    // ---- OECT-1 / OMEN-1 ----------------------------------------------------------------------------

    private OperationForm leaving(FormAction action, String id, ParticipantDto participant, Long version) {
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title(participant.fullName() + " is leaving " + participant.schoolName())
                .field(FormField.date("leaving_date", "_Leaving date", true, null))
                .send("POST", "/participants/" + id + "/leaving")
                .body(form -> {
                    JsonObject json = form.defaultBody();
                    json.addProperty("school_urn", participant.schoolUrn());
                    json.addProperty("leaving_reason", "transferring_to_another_school");
                    return json;
                })
                .rules(form -> uk.gov.ects.desk.model.participants.LeavingRules.reportLeaving(FormContext.state(id, participant),
                        participant.schoolUrn(), null, form.date("leaving_date"), context.today()))
                .checks("the teacher is at the school and still training there (OECT-1)")
                .statement(form -> "Reports that " + participant.fullName() + " leaves " + participant.schoolName() + " on "
                        + Wording.date(form.date("leaving_date")) + " to move to another school"
                        + ("mentor".equals(participant.type()) ? "; their pairings and pool place there end that day" : "")
                        + ". No emails will be sent.")
                .build();
    }

    // ---- LINK-1 / OVR-MENTOR ----------------------------------------------------------------------

    private OperationForm assignMentor(FormAction action, String id, ParticipantDto participant, Long version) {
        ParticipantState ect = FormContext.state(id, participant);
        Map<String, ParticipantDto> mentors = new java.util.HashMap<>();
        List<Choice> choices = participant.schoolUrn() == null ? List.of() : mentorsInPool(participant.schoolUrn());
        choices.forEach(choice -> context.cache().participant(choice.code()).ifPresent(m -> mentors.put(choice.code(), m)));
        boolean finished = ect.status(context.today()).isFinished();
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Mentor for " + participant.fullName() + " — now "
                        + (participant.mentor() == null ? "none" : participant.mentor().fullName()))
                .field(FormField.choice("mentor_id", "_Mentor", true, choices,
                        "Only mentors in " + participant.schoolName() + "'s pool (LINK-2)"))
                .operation(form -> finished ? Operation.OVR_MENTOR : Operation.ASSIGN_MENTOR)
                .send("PUT", "/participants/" + id + "/mentor")
                .body(form -> {
                    JsonObject json = form.defaultBody();
                    // Without it the service refuses a finished ECT's pairing (LINK-6) instead of overriding.
                    if (finished) {
                        json.addProperty("override", true);
                    }
                    return json;
                })
                .rules(form -> {
                    ParticipantDto mentor = mentors.get(form.code("mentor_id"));
                    MentorAssignment assignment = PairingRules.assign(ect, FormContext.state(form.code("mentor_id"), mentor),
                            FormContext.pools(mentor), true, context.today());
                    assignment.operation();
                })
                .checks("the mentor is in the ECT's school pool (LINK-2)", "the mentor is not already theirs (LINK-3)")
                .statement(form -> "Pairs " + participant.fullName() + " with " + form.choice("mentor_id").label()
                        + " from today" + (participant.mentor() == null ? "" : "; the pairing with "
                                + participant.mentor().fullName() + " ends today") + ". No emails will be sent.")
                .build();
    }

    // ---- CECT-3 / OVR-DETAILS ---------------------------------------------------------------------

    private OperationForm details(FormAction action, String id, ParticipantDto participant, Long version) {
        boolean finished = FormContext.state(id, participant).status(context.today()).isFinished();
        List<Choice> reasons = Arrays.stream(NameChangeReason.values()).filter(NameChangeReason::allowed)
                .map(r -> new Choice(r.code(), Wording.humanise(r.code()))).toList();
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Details of " + participant.fullName())
                .field(FormField.text("full_name", "Full _name", false, "Leave as it is to keep the name", Checks::name)
                        .prefill(participant.fullName()))
                .field(FormField.choice("name_change_reason", "_Why the name changes", false, reasons,
                        "Needed when the name changes (CECT-1)"))
                .field(FormField.text("email", "_Email", false, null, Checks::email).prefill(participant.email()))
                .operation(form -> finished ? Operation.OVR_DETAILS : Operation.CHANGE_DETAILS)
                .send("PATCH", "/participants/" + id)
                .body(form -> {
                    JsonObject json = new JsonObject();
                    if (form.text("full_name") != null && !form.text("full_name").equals(participant.fullName())) {
                        json.addProperty("full_name", form.text("full_name"));
                        json.addProperty("name_change_reason", form.code("name_change_reason"));
                    }
                    if (form.text("email") != null && !form.text("email").equals(participant.email())) {
                        json.addProperty("email", form.text("email"));
                    }
                    if (finished) {
                        json.addProperty("override", true);
                    }
                    return json;
                })
                .rules(form -> {
                    boolean nameChanges = form.text("full_name") != null && !form.text("full_name").equals(participant.fullName());
                    boolean emailChanges = form.text("email") != null && !form.text("email").equals(participant.email());
                    if (!nameChanges && !emailChanges) {
                        Checks.refuse("nothing_to_change", "CECT-3", "Nothing to change",
                                "Change the name or the email.", null);
                    }
                    if (nameChanges && form.code("name_change_reason") == null) {
                        Checks.refuse("name_change_reason_required", "CECT-1", "Say why the name changes",
                                "Choose why the name changes.", "/name_change_reason");
                    }
                })
                .checks("the email is well formed", "a name change says why (CECT-1)")
                .statement(form -> "Changes " + participant.fullName() + "'s record to " + form.text("full_name") + ", "
                        + form.text("email") + ". The old email stays on the record as a secondary address. No emails will be sent.")
                .build();
    }

    // ---- CECT-5 ----------------------------------------------------------------------------------

    private OperationForm ectAppropriateBody(FormAction action, String id, ParticipantDto participant, Long version) {
        SchoolDto school = context.school(participant.schoolUrn());
        int typeCode = school.establishmentTypeCode() == null ? 0 : school.establishmentTypeCode();
        int cohort = participant.cohort() == null ? 0 : participant.cohort();
        List<Choice> bodies = AppropriateBodyRules.offeredTo(context.appropriateBodies(), cohort, typeCode).stream()
                .map(b -> new Choice(b.id(), b.name())).toList();
        SchoolCohortState state = FormContext.cohortState(school, cohort);
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Appropriate body of " + participant.fullName())
                .field(FormField.choice("appropriate_body_id", "_Appropriate body", true, bodies,
                        "Only bodies " + school.name() + " may appoint for " + cohort + " (AB-2..AB-5)"))
                .send("PUT", "/participants/" + id + "/appropriate-body")
                .rules(form -> {
                    if (!"ect".equals(participant.type())) {
                        Checks.refuse("not_an_ect", "CECT-5", "Only ECTs have an appropriate body",
                                "Mentors have no appropriate body.", null);
                    }
                })
                .checks("the body may be appointed by the school for the ECT's cohort (AB-2..AB-5)")
                .statement(form -> "Makes " + form.choice("appropriate_body_id").label() + " " + participant.fullName()
                        + "'s appropriate body; the school's " + state.year()
                        + " default stays as it is. No emails will be sent.")
                .build();
    }

    static boolean isMentor(ParticipantDto participant) {
        return ParticipantType.MENTOR.code().equals(participant.type());
    }
}
