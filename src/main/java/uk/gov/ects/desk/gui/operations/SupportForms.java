package uk.gov.ects.desk.gui.operations;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.operations.TargetRef;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.model.cohorts.CohortCalendar;
import uk.gov.ects.desk.model.participants.ParticipantState;
import uk.gov.ects.desk.model.support.CohortMoveRules;
import uk.gov.ects.desk.model.support.EligibilityOverrideRules;
import uk.gov.ects.desk.model.support.MentorPoolRules;
import uk.gov.ects.desk.model.support.RecordRules;
import uk.gov.ects.desk.model.support.StatusOverrideRules;
import uk.gov.ects.desk.model.teachers.Eligibility;

/** Support operations on a participant (api.md "Support operations"): every one needs a reason. */
final class SupportForms {

    private final FormContext context;

    SupportForms(FormContext context) {
        this.context = context;
    }

    OperationForm create(FormAction action, String id, ParticipantDto participant, Long version) {
        return switch (action) {
            case REVALIDATE -> revalidate(action, id, participant, version);
            case ADD_TO_MENTOR_POOL -> addToPool(action, id, participant, version);
            case REMOVE_FROM_MENTOR_POOL -> removeFromPool(action, id, participant, version);
            case MOVE_SCHOOL -> moveSchool(action, id, participant, version);
            case CHANGE_STATUS -> status(action, id, participant, version);
            case MOVE_COHORT -> cohort(action, id, participant, version);
            case SET_INDUCTION_START -> inductionStart(action, id, participant, version);
            case SET_ELIGIBILITY -> setEligibility(action, id, participant, version);
            case CLEAR_ELIGIBILITY -> clearEligibility(action, id, participant, version);
            case MERGE -> merge(action, id, participant, version);
            case REMOVE -> remove(action, id, participant, version);
            case PARTICIPANT_NOTE -> Notes.form(action, TargetRef.participant(id), participant.fullName());
            default -> throw new IllegalArgumentException(action + " is not opened on a participant");
        };
    }

    // ---- OVR-REVALIDATE ---------------------------------------------------------------------------

    private OperationForm revalidate(FormAction action, String id, ParticipantDto participant, Long version) {
        FormField trn = FormField.text("trn", "_TRN", true, "Teacher reference number, 5 to 7 digits", Checks::trn)
                .prefill(participant.trn());
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Revalidate " + participant.fullName() + "'s TRN and date of birth")
                .field(trn)
                .field(FormField.date("date_of_birth", "_Date of birth", true, Checks.birthDate(context.today())))
                .field(FormField.text("nino", "National _Insurance number", false,
                        "Optional: helps when the TRN or date of birth is wrong on the TRA record", Checks::nino))
                .field(FormField.text("known_as", "_Known as", false,
                        "Only if the TRA record has another first name", Checks::name))
                .send("POST", "/participants/" + id + "/revalidation")
                .checks("the TRN has 5 to 7 digits", "the date of birth is a real date in the past",
                        "the National Insurance number, if given, is well formed", "the reason is 10 to 2000 characters")
                .statement(form -> {
                    String typedTrn = form.text("trn");
                    boolean trnChanges = participant.trn() == null || !participant.trn().equals(typedTrn);
                    return "Checks TRN " + typedTrn + " and the date of birth against the Teaching Regulation Agency record. "
                            + "If they match, " + participant.fullName() + "'s "
                            + (trnChanges ? "TRN becomes " + typedTrn + " and the date of birth is corrected"
                                    : "date of birth is corrected")
                            + ", and funding eligibility is worked out again; if not, nothing changes. "
                            + "Emails: only if they become eligible for funding, the school's induction tutor is told.";
                })
                .summary(form -> "Revalidate " + participant.fullName() + "'s TRN and date of birth")
                .build();
    }

    // ---- OVR-MENTOR-POOL --------------------------------------------------------------------------

    private OperationForm addToPool(FormAction action, String id, ParticipantDto participant, Long version) {
        ParticipantState mentor = FormContext.state(id, participant);
        Set<String> pools = FormContext.pools(participant);
        FormField school = schoolByUrn("school_urn", "_School URN", "The school whose pool the mentor joins");
        String poolsNow = participant.mentorPools() == null || participant.mentorPools().isEmpty() ? "no pool"
                : participant.mentorPools().stream().map(p -> p.schoolName()).collect(Collectors.joining(", "));
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Add " + participant.fullName() + " to another school's mentor pool — now in " + poolsNow)
                .field(school)
                .send("POST", "/participants/" + id + "/mentor-pools")
                .rules(form -> MentorPoolRules.add(mentor, pools, form.text("school_urn")))
                .checks("the participant is a mentor", "the school is in the cache", "the mentor is not in its pool yet")
                .statement(form -> {
                    SchoolDto joining = (SchoolDto) form.field("school_urn").found().orElseThrow();
                    return "Adds " + participant.fullName() + " to the mentor pool of " + joining.name() + " (" + joining.urn()
                            + ") from today, so " + joining.name() + " can pair them with its ECTs. They stay in "
                            + poolsNow + ". No emails will be sent.";
                })
                .summary(form -> "Add " + participant.fullName() + " to the mentor pool of school " + form.text("school_urn"))
                .build();
    }

    private OperationForm removeFromPool(FormAction action, String id, ParticipantDto participant, Long version) {
        ParticipantState mentor = FormContext.state(id, participant);
        Set<String> pools = FormContext.pools(participant);
        List<Choice> choices = participant.mentorPools() == null ? List.of() : participant.mentorPools().stream()
                .filter(p -> !p.schoolUrn().equals(participant.schoolUrn()))
                .map(p -> new Choice(p.schoolUrn(), p.schoolName() + " (" + p.schoolUrn() + ")")).toList();
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Take " + participant.fullName() + " out of a school's mentor pool")
                .field(FormField.choice("school_urn", "_School", true, choices,
                        "Pools other than their own school's; for that one, report them leaving"))
                .send("DELETE", form -> "/participants/" + id + "/mentor-pools/" + form.code("school_urn"))
                .body(form -> new JsonObject())
                .rules(form -> MentorPoolRules.remove(mentor, pools, form.code("school_urn"), List.of()))
                .checks("the mentor is in that school's pool", "it is not their own school's pool")
                .statement(form -> {
                    List<String> mentees = participant.mentees() == null ? List.of() : participant.mentees().stream()
                            .filter(m -> form.code("school_urn").equals(m.schoolUrn())).map(m -> m.fullName()).toList();
                    return "Takes " + participant.fullName() + " out of the mentor pool of " + form.choice("school_urn").label()
                            + " from today. " + (mentees.isEmpty() ? "They mentor no ECTs there."
                                    : String.join(", ", mentees) + " lose" + (mentees.size() == 1 ? "s" : "")
                                            + " their mentor and will need a new one.")
                            + " No emails will be sent.";
                })
                .build();
    }

    // ---- OVR-TRANSFER ------------------------------------------------------------------------------

    private OperationForm moveSchool(FormAction action, String id, ParticipantDto participant, Long version) {
        List<Choice> trainings = List.of(new Choice("continue", "Keep their lead provider and delivery partner"),
                new Choice("school_default", "Take the new school's programme and partnership"));
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Move " + participant.fullName() + " from " + participant.schoolName() + " to another school")
                .field(schoolByUrn("school_urn", "New school _URN", null))
                .field(FormField.date("start_date", "_Start date", true, null))
                .field(FormField.text("email", "New _email", false, "Leave empty to keep their email", Checks::email))
                .field(FormField.choice("training", "_Training", true, trainings, null))
                .send("POST", "/participants/" + id + "/school-transfer")
                .rules(form -> {
                    if (form.text("school_urn").equals(participant.schoolUrn())) {
                        Checks.refuse("same_school", "OVR-TRANSFER", "That is their school now",
                                participant.fullName() + " is already at " + participant.schoolName() + ".", "/school_urn");
                    }
                })
                .checks("the new school is in the cache and is not their school now")
                .statement(form -> {
                    SchoolDto to = (SchoolDto) form.field("school_urn").found().orElseThrow();
                    return "Ends " + participant.fullName() + "'s record at " + participant.schoolName() + " and starts one at "
                            + to.name() + " on " + Wording.date(form.date("start_date")) + " in their "
                            + participant.cohort() + " cohort; " + form.choice("training").label().toLowerCase(java.util.Locale.UK)
                            + ". Emails: participant transferred to the teacher, transfer notices to the lead providers, "
                            + "and participant joining school to " + to.name() + "'s induction tutor.";
                })
                .build();
    }

    private FormField schoolByUrn(String key, String label, String hint) {
        return FormField.text(key, label, true, hint == null ? "6 digits" : hint, Checks::urn)
                .withLookup(urn -> context.cache().school(urn).map(s -> (Object) s),
                        found -> ((SchoolDto) found).name() + ", " + ((SchoolDto) found).localAuthorityName(),
                        "No school with that URN in the cache. Check the URN on the Schools tab.");
    }

    // ---- OVR-STATUS -------------------------------------------------------------------------------

    private OperationForm status(FormAction action, String id, ParticipantDto participant, Long version) {
        ParticipantState state = FormContext.state(id, participant);
        List<Choice> actions = List.of(new Choice("reinstate", "Reinstate: they did not leave"),
                new Choice("complete", "Record that the ECT completed induction"),
                new Choice("leaving_date", "Correct the leaving date"));
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Status of " + participant.fullName() + " — now " + Wording.humanise(participant.status()))
                .field(FormField.choice("action", "_What to do", true, actions, null))
                .field(FormField.date("date", "_Date", false, null))
                .send("POST", "/participants/" + id + "/status")
                .rules(form -> StatusOverrideRules.apply(state, form.code("action"), form.date("date"), context.today(), false))
                .checks("the change suits the record's status now (OVR-STATUS)", "the date is not before the record starts")
                .statement(form -> switch (form.code("action")) {
                    case "reinstate" -> "Makes " + participant.fullName() + " active again at " + participant.schoolName()
                            + "; the end date is cleared. No emails will be sent.";
                    case "complete" -> "Records that " + participant.fullName() + " completed induction on "
                            + Wording.date(form.date("date")) + "; their mentor pairing ends that day. No emails will be sent.";
                    default -> "Moves " + participant.fullName() + "'s leaving date to " + Wording.date(form.date("date"))
                            + ". No emails will be sent.";
                })
                .build();
    }

    // ---- OVR-COHORT / OVR-INDUCTION-START --------------------------------------------------------

    private OperationForm cohort(FormAction action, String id, ParticipantDto participant, Long version) {
        ParticipantState state = FormContext.state(id, participant);
        SchoolDto school = context.school(participant.schoolUrn());
        Set<Integer> cohorts = context.cohorts().keySet();
        List<Choice> choices = cohorts.stream().filter(year -> year != state.cohort())
                .filter(year -> FormContext.cohortState(school, year).hasDefaultProgramme())
                .map(year -> new Choice(String.valueOf(year), year + " — " + FormContext.cohortState(school, year).choice().label()))
                .toList();
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Move " + participant.fullName() + " from the " + participant.cohort() + " cohort")
                .field(FormField.choice("cohort", "_Cohort", true, choices,
                        "Only cohorts " + school.name() + " has set up with a programme"))
                .send("PUT", "/participants/" + id + "/cohort")
                .body(form -> {
                    JsonObject json = new JsonObject();
                    json.addProperty("cohort", Integer.parseInt(form.code("cohort")));
                    return json;
                })
                .rules(form -> CohortMoveRules.move(state, Integer.parseInt(form.code("cohort")), cohorts,
                        year -> FormContext.cohortState(school, year)))
                .checks("the school has set up the cohort (OVR-COHORT)", "declarations are checked online")
                .statement(form -> "Moves " + participant.fullName() + " from " + participant.cohort() + " to "
                        + form.code("cohort") + " at " + school.name() + ", on that cohort's programme. No emails will be sent.")
                .build();
    }

    private OperationForm inductionStart(FormAction action, String id, ParticipantDto participant, Long version) {
        ParticipantState state = FormContext.state(id, participant);
        SchoolDto school = context.school(participant.schoolUrn());
        Set<Integer> cohorts = context.cohorts().keySet();
        LocalDate today = context.today();
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Induction start date of " + participant.fullName() + " — now "
                        + Wording.orNotRecorded(participant.inductionStartDate() == null ? null
                                : Wording.date(participant.inductionStartDate())))
                .field(FormField.date("date", "_Induction start date", true, null))
                .send("PUT", "/participants/" + id + "/induction-start-date")
                .rules(form -> CohortMoveRules.setInductionStart(state, form.date("date"), today, cohorts,
                        year -> FormContext.cohortState(school, year)))
                .checks("the cohort the date leads to is set up at the school")
                .statement(form -> {
                    int cohort = CohortCalendar.cohortForInductionStart(form.date("date"), today);
                    boolean moves = "ect".equals(participant.type()) && cohort != state.cohort();
                    return "Sets " + participant.fullName() + "'s induction start date to " + Wording.date(form.date("date"))
                            + (moves ? "; they move from the " + state.cohort() + " to the " + cohort + " cohort" : "")
                            + ". No emails will be sent.";
                })
                .build();
    }

    // ---- OVR-ELIGIBILITY --------------------------------------------------------------------------

    private OperationForm setEligibility(FormAction action, String id, ParticipantDto participant, Long version) {
        List<Choice> statuses = List.of(new Choice(Eligibility.ELIGIBLE, "Eligible for funding"),
                new Choice(Eligibility.MANUAL_CHECK, "Needs a manual check"),
                new Choice(Eligibility.INELIGIBLE, "Not eligible"));
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Funding eligibility of " + participant.fullName())
                .field(FormField.choice("status", "_Status", true, statuses, null))
                .field(FormField.text("eligibility_reason", "Reason _code", true,
                        "Lower case with underscores, e.g. none, no_qts, previous_induction", null))
                .send("PUT", "/participants/" + id + "/eligibility")
                .rules(form -> EligibilityOverrideRules.set(form.code("status"), form.text("eligibility_reason")))
                .checks("the status and reason code are well formed")
                .statement(form -> "Sets " + participant.fullName() + "'s funding eligibility to "
                        + form.choice("status").label().toLowerCase(java.util.Locale.UK) + " ("
                        + form.text("eligibility_reason") + ") by hand; automatic checks leave it alone until it is cleared. "
                        + "No emails will be sent.")
                .build();
    }

    private OperationForm clearEligibility(FormAction action, String id, ParticipantDto participant, Long version) {
        boolean manual = participant.eligibility() != null && Boolean.TRUE.equals(participant.eligibility().manual());
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Clear the hand-set eligibility of " + participant.fullName())
                .send("DELETE", "/participants/" + id + "/eligibility")
                .body(form -> new JsonObject())
                .rules(form -> EligibilityOverrideRules.clear(manual))
                .checks("the eligibility was set by hand")
                .statement(form -> "Works " + participant.fullName()
                        + "'s funding eligibility out again from their teacher record, as for everyone else. "
                        + "Emails: if they become eligible, the school's induction tutor is told.")
                .build();
    }

    // ---- OVR-MERGE / OVR-REMOVE (lead) ------------------------------------------------------------

    private OperationForm merge(FormAction action, String id, ParticipantDto participant, Long version) {
        ParticipantState keep = FormContext.state(id, participant);
        FormField duplicate = FormField.text("duplicate_id", "_Duplicate's participant id", true,
                "The record to fold into this one; its id is retired", null)
                .withLookup(other -> context.cache().participant(other).map(p -> (Object) new ParticipantForms.Picked(other, p, null)),
                        found -> ((ParticipantForms.Picked) found).participant().fullName() + " at "
                                + ((ParticipantForms.Picked) found).participant().schoolName(),
                        "No participant with that id in the cache.");
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Merge a duplicate into " + participant.fullName())
                .field(duplicate)
                .send("POST", "/participants/" + id + "/merge")
                .rules(form -> {
                    ParticipantForms.Picked other = (ParticipantForms.Picked) form.field("duplicate_id").found().orElseThrow();
                    RecordRules.merge(keep, FormContext.state(other.id(), other.participant()));
                })
                .checks("the duplicate is another record of the same type (ECT or mentor)")
                .statement(form -> {
                    ParticipantForms.Picked other = (ParticipantForms.Picked) form.field("duplicate_id").found().orElseThrow();
                    return "Folds " + other.participant().fullName() + " (" + other.id() + ") into " + participant.fullName()
                            + " (" + id + "): its emails, induction records, mentees and pool places move here and its id is "
                            + "retired. The history of both stays. No emails will be sent.";
                })
                .build();
    }

    private OperationForm remove(FormAction action, String id, ParticipantDto participant, Long version) {
        ParticipantState state = FormContext.state(id, participant);
        Map<String, String> labels = Map.of("registered_in_error", "Registered in error", "not_an_ect", "Not an ECT",
                "exempt", "Exempt from induction", "duplicate", "A duplicate (merging keeps the history)");
        List<Choice> reasons = RecordRules.REMOVAL_REASONS.stream().sorted()
                .map(code -> new Choice(code, labels.getOrDefault(code, code))).toList();
        return OperationForm.builder(action, TargetRef.participant(id), version)
                .title("Remove " + participant.fullName())
                .field(FormField.choice("reason_code", "_Why", true, reasons, null))
                .send("DELETE", "/participants/" + id)
                .rules(form -> RecordRules.remove(state, form.code("reason_code"), List.of()))
                .checks("the record is not already removed", "declared training is checked online (REM-1)")
                .statement(form -> "Withdraws " + participant.fullName() + "'s record from today: it leaves searches but its "
                        + "history stays." + (participant.mentees() == null || participant.mentees().isEmpty() ? ""
                                : " Their " + Wording.plural(participant.mentees().size(), "ECT") + " lose their mentor.")
                        + " No emails will be sent.")
                .build();
    }
}
