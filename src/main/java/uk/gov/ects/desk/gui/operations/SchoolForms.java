package uk.gov.ects.desk.gui.operations;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.client.api.dto.PersonDto;
import uk.gov.ects.desk.client.api.dto.SchoolCohortDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.client.operations.TargetRef;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBody;
import uk.gov.ects.desk.model.appropriatebodies.AppropriateBodyRules;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.model.partnerships.Pairing;
import uk.gov.ects.desk.model.partnerships.PartnershipRules;
import uk.gov.ects.desk.model.programmes.PreviousCohort;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.model.programmes.ProgrammeDecision;
import uk.gov.ects.desk.model.programmes.ProgrammeRequest;
import uk.gov.ects.desk.model.programmes.ProgrammeRules;
import uk.gov.ects.desk.model.programmes.RolloverOffer;
import uk.gov.ects.desk.model.programmes.SchoolCohortState;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.tutors.CurrentTutor;
import uk.gov.ects.desk.model.tutors.InductionTutorRules;
import uk.gov.ects.desk.model.tutors.TutorChange;
import uk.gov.ects.desk.model.tutors.TutorMode;

/** The forms opened on a school: access link, induction tutor, programme, appropriate body, partnerships. */
final class SchoolForms {

    private final FormContext context;

    SchoolForms(FormContext context) {
        this.context = context;
    }

    OperationForm create(FormAction action, String urn) {
        SchoolDto school = context.school(urn);
        Long version = context.version("school", urn);
        return switch (action) {
            case SEND_ACCESS_LINK -> accessLink(action, school, null);
            case RESEND_ACCESS_LINK -> accessLink(action, school, version);
            case SEND_SIGN_IN_LINK -> signInLink(action, school);
            case NOMINATE_TUTOR -> inductionTutor(action, school, version, TutorMode.NOMINATE);
            case REPLACE_TUTOR -> inductionTutor(action, school, version, TutorMode.REPLACE);
            case CORRECT_TUTOR -> inductionTutor(action, school, version, TutorMode.UPDATE);
            case CHANGE_PROGRAMME -> programme(action, school, version);
            case COHORT_APPROPRIATE_BODY -> cohortAppropriateBody(action, school, version);
            case RECORD_PARTNERSHIP -> partnership(action, school, null);
            case REPLACE_PARTNERSHIP -> partnership(action, school, version);
            case ADD_ECT, ADD_MENTOR -> new ParticipantForms(context).register(action, school);
            case TRANSFER_IN -> new ParticipantForms(context).transferIn(action, school);
            case SCHOOL_NOTE -> Notes.form(action, TargetRef.school(urn), school.name());
            default -> throw new IllegalArgumentException(action + " is not opened on a school");
        };
    }

    // ---- ACC-5 / OVR-ACCESS ----------------------------------------------------------------------------

    private OperationForm accessLink(FormAction action, SchoolDto school, Long version) {
        boolean resend = action == FormAction.RESEND_ACCESS_LINK;
        return OperationForm.builder(action, TargetRef.school(school.urn()), version)
                .title(action.label() + ": " + school.name())
                .send("POST", resend ? "/access-requests/" + school.urn() + "/resend" : "/access-requests")
                .body(form -> {
                    JsonObject body = new JsonObject();
                    if (!resend) {
                        body.addProperty("urn", school.urn());
                    }
                    return body;
                })
                .rules(form -> {
                    if (school.giasEmail() == null || !Boolean.TRUE.equals(school.receivesEmails())) {
                        Checks.refuse("no_gias_email", action.operation().id(), "The school has no usable GIAS email",
                                "GIAS holds no email the service may use for " + school.name()
                                        + ". Ask the school to update GIAS, then send the link.", null);
                    }
                })
                .checks("the school has a GIAS email and gets emails")
                .statement(form -> "Emails the access link for " + school.name() + " to its GIAS address "
                        + school.giasEmail() + ". Nothing else changes.")
                .summary(form -> action.label() + " to " + school.name() + " (" + school.urn() + ")")
                .build();
    }

    // ---- LOG-1 for support: "our tutor cannot sign in" ------------------------------------------------

    private OperationForm signInLink(FormAction action, SchoolDto school) {
        PersonDto tutor = school.inductionTutor();
        return OperationForm.builder(action, TargetRef.school(school.urn()), null)
                .title(action.label() + ": " + school.name())
                .send("POST", "/sign-in-links")
                .body(form -> {
                    JsonObject body = new JsonObject();
                    body.addProperty("email", tutor == null ? "" : tutor.email());
                    return body;
                })
                .rules(form -> {
                    if (tutor == null) {
                        Checks.refuse("no_induction_tutor", action.operation().id(), "The school has no induction tutor",
                                school.name() + " has no induction tutor to sign in. Nominate one first; the "
                                        + "nomination email tells them how to sign in.", null);
                    }
                })
                .checks("the school has an induction tutor")
                .statement(form -> tutor == null ? "Nothing can be sent: the school has no induction tutor."
                        : "Emails " + tutor.fullName() + " at " + tutor.email() + " a link that signs them in once, "
                                + "within an hour. Nothing else changes.")
                .summary(form -> action.label() + " for " + school.name() + " (" + school.urn() + ")")
                .build();
    }

    // ---- SIT-2 / CSIT-1 / OVR-SIT ----------------------------------------------------------------------

    private OperationForm inductionTutor(FormAction action, SchoolDto school, Long version, TutorMode preset) {
        Optional<CurrentTutor> current = Optional.ofNullable(school.inductionTutor())
                .map(tutor -> new CurrentTutor("current", tutor.fullName(), tutor.email()));
        List<Choice> modes = new ArrayList<>();
        if (current.isEmpty()) {
            modes.add(new Choice("nominate", "Nominate: the school has no induction tutor yet"));
        } else {
            modes.add(new Choice("replace", "Replace: someone else takes over, or a new email"));
            modes.add(new Choice("update", "Correct: fix the current tutor's name or email"));
        }
        FormField mode = FormField.choice("mode", "_What to do", true, modes, null).prefillChoice(preset.code());
        if (mode.code() == null) {
            mode.prefillChoice(modes.get(0).code());
        }
        FormField name = FormField.text("full_name", "Full _name", true, "As it should appear on their record", Checks::name);
        FormField email = FormField.text("email", "_Email", true, "Their own work address", Checks::email);
        if (preset == TutorMode.UPDATE) {
            current.ifPresent(tutor -> {
                name.prefill(tutor.fullName());
                email.prefill(tutor.email());
            });
        }
        String currentText = current.map(t -> t.fullName() + " (" + t.email() + ")").orElse("nobody yet");
        return OperationForm.builder(action, TargetRef.school(school.urn()), version)
                .title("Induction tutor of " + school.name() + " — now " + currentText)
                .field(mode).field(name).field(email)
                .operation(form -> switch (TutorMode.valueOf(modeCode(form).toUpperCase(java.util.Locale.ROOT))) {
                    case NOMINATE -> Operation.NOMINATE_INDUCTION_TUTOR;
                    case REPLACE -> Operation.CHANGE_INDUCTION_TUTOR;
                    case UPDATE -> Operation.OVR_SIT;
                })
                .send("PUT", "/schools/" + school.urn() + "/induction-tutor")
                .rules(form -> tutorChange(form, current))
                .checks("the email is well formed", "the change suits the current tutor (SIT-2, CSIT-1..CSIT-3, OVR-SIT)")
                .statement(form -> tutorStatement(tutorChange(form, current), school, current))
                .summary(form -> "Induction tutor of " + school.name() + ": " + modeCode(form) + " " + form.text("full_name"))
                .build();
    }

    private static String modeCode(OperationForm form) {
        return form.code("mode") == null ? "nominate" : form.code("mode");
    }

    private static TutorChange tutorChange(OperationForm form, Optional<CurrentTutor> current) {
        TutorMode mode = TutorMode.valueOf(modeCode(form).toUpperCase(java.util.Locale.ROOT));
        return InductionTutorRules.decide(mode, current, form.text("full_name"), form.text("email"), Optional.empty());
    }

    private static String tutorStatement(TutorChange change, SchoolDto school, Optional<CurrentTutor> current) {
        String newPerson = change.fullName() + " (" + change.email() + ")";
        String what = switch (change.kind()) {
            case NOMINATED -> "Makes " + newPerson + " the induction tutor of " + school.name() + ".";
            case REPLACED -> "Replaces " + current.map(CurrentTutor::fullName).orElse("the tutor") + " with " + newPerson
                    + " as induction tutor of " + school.name() + "; " + current.map(CurrentTutor::fullName).orElse("they")
                    + " loses access to this school at once.";
            case EMAIL_CHANGED -> "Changes " + change.fullName() + "'s email to " + change.email() + ".";
            case DETAILS_CORRECTED -> "Corrects the induction tutor's details to " + newPerson + ".";
        };
        return what + " " + Checks.emails(change.emails(), Map.of(RecipientRole.NEW_INDUCTION_TUTOR, newPerson),
                !Boolean.FALSE.equals(school.receivesEmails()));
    }

    // ---- PROG-1 / OVR-PROG ------------------------------------------------------------------------------

    private OperationForm programme(FormAction action, SchoolDto school, Long version) {
        Map<Integer, LocalDate> cohorts = context.cohorts();
        LocalDate today = context.today();
        List<Choice> years = new ArrayList<>();
        for (Map.Entry<Integer, LocalDate> cohort : cohorts.entrySet()) {
            if (cohort.getValue() == null || !today.isBefore(cohort.getValue())) {
                years.add(new Choice(String.valueOf(cohort.getKey()), cohortLabel(school, cohort.getKey())));
            }
        }
        List<ParticipantRow> people = context.cache().participantsAtSchool(school.urn());
        var pairings = context.pairings();
        FormField cohort = FormField.choice("cohort", "_Cohort", true, years, "Cohorts whose registration has opened");
        FormField choice = FormField.choice("choice", "_Programme", true, List.of(), null);
        cohort.choiceProperty().addListener((obs, old, now) -> choice.choices().setAll(programmeChoices(school, now)));
        if (!years.isEmpty()) {
            cohort.prefillChoice(years.get(0).code());
            choice.choices().setAll(programmeChoices(school, cohort.choiceProperty().get()));
        }
        return OperationForm.builder(action, TargetRef.school(school.urn()), version)
                .title("Programme choice of " + school.name())
                .field(cohort).field(choice)
                .operation(form -> year(form) != null
                        && FormContext.cohortState(school, year(form)).isSubmitted() ? Operation.OVR_PROG : Operation.CHOOSE_PROGRAMME)
                .send("PUT", form -> "/schools/" + school.urn() + "/cohorts/" + form.code("cohort") + "/programme")
                .body(form -> {
                    JsonObject body = new JsonObject();
                    body.addProperty("choice", form.code("choice"));
                    if (form.operation() == Operation.OVR_PROG) {
                        body.addProperty("override", true);
                    }
                    return body;
                })
                .rules(form -> programmeDecision(form, school, cohorts, pairings, today))
                .checks("registration is open for the cohort (PROG-1)", "a CIP-only school cannot choose FIP (PROG-9)",
                        "a submitted choice changes only with a reason (OVR-PROG)",
                        "an active partnership is challenged first (PART-4)", "the school has an induction tutor (SIT-2)")
                .statement(form -> programmeStatement(form, school, people,
                        programmeDecision(form, school, cohorts, pairings, today)))
                .summary(form -> "Programme of " + school.name() + " for " + form.code("cohort") + ": "
                        + form.choice("choice").label())
                .build();
    }

    private static Integer year(OperationForm form) {
        return form.code("cohort") == null ? null : Integer.valueOf(form.code("cohort"));
    }

    private static String cohortLabel(SchoolDto school, int year) {
        return FormContext.cohort(school, year)
                .filter(c -> c.programmeChoice() != null)
                .map(c -> year + " — now " + ProgrammeChoice.fromCode(c.programmeChoice()).map(ProgrammeChoice::label)
                        .orElse(c.programmeChoice()) + (c.submittedAt() != null ? ", submitted" : ""))
                .orElse(year + " — not set up yet");
    }

    /** PROG-9 takes FIP away from CIP-only schools; a submitted choice is not offered again (OVR-PROG). */
    private static List<Choice> programmeChoices(SchoolDto school, Choice cohort) {
        if (cohort == null) {
            return List.of();
        }
        SchoolCohortState state = FormContext.cohortState(school, Integer.parseInt(cohort.code()));
        List<Choice> choices = new ArrayList<>();
        for (ProgrammeChoice choice : ProgrammeChoice.values()) {
            boolean fipBarred = Boolean.TRUE.equals(school.cipOnly()) && choice == ProgrammeChoice.FULL_INDUCTION_PROGRAMME;
            boolean unchanged = state.isSubmitted() && choice == state.choice();
            if (!fipBarred && !unchanged) {
                choices.add(new Choice(choice.code(), choice.label()));
            }
        }
        return choices;
    }

    private static ProgrammeDecision programmeDecision(OperationForm form, SchoolDto school,
            Map<Integer, LocalDate> cohorts, java.util.Set<Pairing> pairings, LocalDate today) {
        int year = year(form);
        SchoolCohortState state = FormContext.cohortState(school, year);
        ProgrammeChoice choice = ProgrammeChoice.fromCode(form.code("choice")).orElse(null);
        PreviousCohort previous = FormContext.cohort(school, year - 1)
                .map(c -> new PreviousCohort(year - 1, ProgrammeChoice.fromCode(c.programmeChoice()).orElse(null),
                        c.partnership() == null ? null : c.partnership().leadProviderId(),
                        c.partnership() == null ? null : c.partnership().deliveryPartnerId()))
                .orElse(PreviousCohort.none(year - 1));
        RolloverOffer offer = ProgrammeRules.rolloverOffer(previous, pairings);
        LocalDate opens = cohorts.get(year) == null ? today : cohorts.get(year);
        ProgrammeDecision decision = ProgrammeRules.choose(new ProgrammeRequest(choice, false, state.isSubmitted()), state,
                opens, today, Boolean.TRUE.equals(school.cipOnly()), offer);
        if (decision.inductionTutorNeeded() && school.inductionTutor() == null) {
            Checks.refuse("induction_tutor_required", "SIT-2", "The school has no induction tutor",
                    "A school that expects ECTs needs an induction tutor first. Nominate one (SIT-2), then choose the programme.",
                    "/choice");
        }
        return decision;
    }

    private static String programmeStatement(OperationForm form, SchoolDto school, List<ParticipantRow> people,
            ProgrammeDecision decision) {
        int year = year(form);
        SchoolCohortState state = FormContext.cohortState(school, year);
        String to = decision.choice().label();
        StringBuilder text = new StringBuilder();
        if (state.isSetUp()) {
            text.append("Changes ").append(school.name()).append("'s ").append(year).append(" programme from ")
                    .append(state.choice().label()).append(" to ").append(to).append(". ");
        } else {
            text.append("Sets ").append(school.name()).append("'s ").append(year).append(" programme to ").append(to)
                    .append(". ");
        }
        if (decision.moveCurrentParticipants()) {
            long ects = people.stream().filter(p -> isCurrent(p, year) && "ect".equals(p.type())).count();
            long mentors = people.stream().filter(p -> isCurrent(p, year) && "mentor".equals(p.type())).count();
            text.append("Moves ").append(Checks.countPeople(ects, mentors)).append(" to ").append(to)
                    .append(" from today. ");
        } else if (decision.defaultProgramme() != null) {
            text.append("New ECTs and mentors in ").append(year).append(" start on it. ");
        }
        text.append(Checks.emails(decision.emails(), Map.of(), !Boolean.FALSE.equals(school.receivesEmails())));
        return text.toString();
    }

    private static boolean isCurrent(ParticipantRow row, int year) {
        return row.cohort() != null && row.cohort() == year
                && ("active".equals(row.status()) || "leaving".equals(row.status()));
    }

    // ---- AB-1 / OVR-AB ----------------------------------------------------------------------------------

    private OperationForm cohortAppropriateBody(FormAction action, SchoolDto school, Long version) {
        List<AppropriateBody> bodies = context.appropriateBodies();
        int typeCode = school.establishmentTypeCode() == null ? 0 : school.establishmentTypeCode();
        List<Choice> years = context.cohorts().keySet().stream()
                .map(year -> new Choice(String.valueOf(year), year + " — now "
                        + FormContext.cohort(school, year).map(SchoolCohortDto::appropriateBodyName).filter(n -> n != null)
                                .orElse("no appropriate body")))
                .toList();
        FormField cohort = FormField.choice("cohort", "_Cohort", true, years, null);
        FormField body = FormField.choice("appropriate_body_id", "_Appropriate body", true, List.of(),
                "Only bodies this school may appoint for the cohort (AB-2..AB-5)");
        cohort.choiceProperty().addListener((obs, old, now) -> body.choices().setAll(now == null ? List.of()
                : AppropriateBodyRules.offeredTo(bodies, Integer.parseInt(now.code()), typeCode).stream()
                        .map(b -> new Choice(b.id(), b.name())).toList()));
        if (!years.isEmpty()) {
            cohort.prefillChoice(years.get(0).code());
        }
        FormField apply = FormField.check("apply_to_current_ects", "Also move _current ECTs on the old default",
                "ECTs with a body of their own keep it (CECT-5)");
        return OperationForm.builder(action, TargetRef.school(school.urn()), version)
                .title("Appropriate body of " + school.name())
                .field(cohort).field(body).field(apply)
                .operation(form -> form.checked("apply_to_current_ects") ? Operation.OVR_AB : Operation.SET_COHORT_APPROPRIATE_BODY)
                .send("PUT", form -> "/schools/" + school.urn() + "/cohorts/" + form.code("cohort") + "/appropriate-body")
                .body(form -> {
                    JsonObject json = new JsonObject();
                    json.addProperty("appropriate_body_id", form.code("appropriate_body_id"));
                    json.addProperty("apply_to_current_ects", form.checked("apply_to_current_ects"));
                    return json;
                })
                .rules(form -> {
                    int year = Integer.parseInt(form.code("cohort"));
                    AppropriateBody chosen = bodies.stream().filter(b -> b.id().equals(form.code("appropriate_body_id")))
                            .findFirst().orElse(null);
                    String old = FormContext.cohort(school, year).map(SchoolCohortDto::appropriateBodyId).orElse(null);
                    AppropriateBodyRules.changeCohortDefault(old, chosen, year, typeCode,
                            form.checked("apply_to_current_ects"));
                })
                .checks("the body may be appointed by this school for the cohort (AB-2..AB-5)")
                .statement(form -> "Makes " + form.choice("appropriate_body_id").label() + " the default appropriate body of "
                        + school.name() + "'s " + form.code("cohort") + " cohort"
                        + (form.checked("apply_to_current_ects") ? ", and moves current ECTs who had the old default to it" : "")
                        + ". No emails will be sent.")
                .build();
    }

    // ---- PART-1 / OVR-PARTNERSHIP replace ----------------------------------------------------------------

    private OperationForm partnership(FormAction action, SchoolDto school, Long version) {
        boolean replace = action == FormAction.REPLACE_PARTNERSHIP;
        var pairings = context.pairings();
        Map<String, String> leadProviders = context.names("lead_provider");
        Map<String, String> deliveryPartners = context.names("delivery_partner");
        List<Choice> years = context.cohorts().keySet().stream().map(y -> new Choice(String.valueOf(y), String.valueOf(y)))
                .toList();
        FormField cohort = FormField.choice("cohort", "_Cohort", true, years, null);
        FormField lead = FormField.choice("lead_provider_id", "_Lead provider", true, List.of(),
                "Lead providers with a delivery partner this cohort");
        FormField partner = FormField.choice("delivery_partner_id", "_Delivery partner", true, List.of(),
                "Only partners the lead provider works with this cohort (provider pairings)");
        cohort.choiceProperty().addListener((obs, old, now) -> {
            lead.choices().setAll(now == null ? List.of() : pairings.stream()
                    .filter(p -> p.cohort() == Integer.parseInt(now.code())).map(Pairing::leadProviderId).distinct().sorted()
                    .map(id -> new Choice(id, leadProviders.getOrDefault(id, id))).toList());
            partner.choices().clear();
        });
        lead.choiceProperty().addListener((obs, old, now) -> partner.choices().setAll(now == null || cohort.code() == null
                ? List.of() : pairings.stream()
                        .filter(p -> p.cohort() == Integer.parseInt(cohort.code()) && p.leadProviderId().equals(now.code()))
                        .map(p -> new Choice(p.deliveryPartnerId(), deliveryPartners.getOrDefault(p.deliveryPartnerId(),
                                p.deliveryPartnerId()))).toList()));
        if (!years.isEmpty()) {
            cohort.prefillChoice(years.get(0).code());
        }
        return OperationForm.builder(action, TargetRef.school(school.urn()), version)
                .title((replace ? "Replace the partnership of " : "Record a partnership for ") + school.name())
                .field(cohort).field(lead).field(partner)
                .send(replace ? "PUT" : "POST", form -> replace
                        ? "/schools/" + school.urn() + "/cohorts/" + form.code("cohort") + "/partnership" : "/partnerships")
                .body(form -> {
                    JsonObject json = new JsonObject();
                    if (!replace) {
                        json.addProperty("school_urn", school.urn());
                        json.addProperty("cohort", Integer.parseInt(form.code("cohort")));
                    }
                    json.addProperty("lead_provider_id", form.code("lead_provider_id"));
                    json.addProperty("delivery_partner_id", form.code("delivery_partner_id"));
                    return json;
                })
                .rules(form -> {
                    int year = Integer.parseInt(form.code("cohort"));
                    SchoolCohortState state = FormContext.cohortState(school, year);
                    PartnershipRules.replace(state, Boolean.TRUE.equals(school.cipOnly()), Optional.empty(),
                            form.code("lead_provider_id"), form.code("delivery_partner_id"), pairings);
                    if (!replace && state.hasActivePartnership()) {
                        Checks.refuse("partnership_exists", "PART-4", "The school already has a partnership",
                                "The school already has an active partnership for " + year
                                        + ". Challenge it first, or replace it instead.", null);
                    }
                })
                .checks("the lead provider and delivery partner are paired for the cohort (PART-1)",
                        "a CIP-only school cannot have a partnership (PROG-9)")
                .statement(form -> {
                    Optional<SchoolCohortDto> now = FormContext.cohort(school, Integer.parseInt(form.code("cohort")));
                    boolean hadActive = now.map(c -> c.partnership() != null && "active".equals(c.partnership().status()))
                            .orElse(false);
                    String pair = form.choice("lead_provider_id").label() + " with " + form.choice("delivery_partner_id").label();
                    return (replace ? "Partners " + school.name() + " with " + pair + " for " + form.code("cohort")
                            + (hadActive ? "; the current partnership with " + now.get().partnership().leadProviderName()
                                    + " is challenged and its ECTs and mentors on provider-led training move to the new providers from today. "
                                    + "Emails: partnership challenged to " + now.get().partnership().leadProviderName() + "."
                                    : ". No emails will be sent.")
                            : "Records that " + pair + " are partnered with " + school.name() + " for " + form.code("cohort")
                                    + "; the school can challenge it within the window (PART-3). No emails will be sent.");
                })
                .build();
    }
}
