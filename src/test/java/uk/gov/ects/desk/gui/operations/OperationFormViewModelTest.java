package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.operations.OperationRequest;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeCache;
import uk.gov.ects.desk.gui.fakes.FormData;
import uk.gov.ects.desk.gui.fakes.RecordingSubmitter;
import uk.gov.ects.desk.gui.fakes.TestData;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.support.Role;

class OperationFormViewModelTest {

    private final FakeCache cache = FormData.cache();
    private final RecordingSubmitter submitter = new RecordingSubmitter();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final FormCatalogue catalogue = new FormCatalogue(new FormContext(cache, TestData.CLOCK));

    private OperationFormViewModel open(FormAction action, String id) {
        return new OperationFormViewModel(catalogue.create(action, id), submitter, executor);
    }

    @Test
    @DisplayName("OVR-REVALIDATE: TRN, date of birth and reason are checked as the agent types")
    void revalidationChecksAsYouType() { // rule: OVR-REVALIDATE
        OperationFormViewModel form = open(FormAction.REVALIDATE, "pp-1");
        FormField trn = form.field("trn");
        assertEquals("1234567", trn.textProperty().get(), "the TRN on file is filled in");
        assertNull(trn.shownErrorProperty().get(), "nothing is red before the agent types");

        trn.textProperty().set("12a4");
        assertEquals("A TRN has 5 to 7 digits, for example 1234567.", trn.shownErrorProperty().get());
        trn.textProperty().set("12345");
        assertNull(trn.shownErrorProperty().get(), "5 digits is a TRN (TeacherMatcher pads it)");

        FormField birth = form.field("date_of_birth");
        birth.textProperty().set("31/02/1990");
        assertTrue(birth.shownErrorProperty().get().startsWith("Enter date of birth as DD/MM/YYYY"));
        birth.textProperty().set("14/03/2030");
        assertEquals("The date of birth must be in the past.", birth.shownErrorProperty().get());
        birth.textProperty().set("14/03/1990");
        assertNull(birth.shownErrorProperty().get());

        assertTrue(form.reasonNeededProperty().get(), "a support operation needs a reason");
        assertFalse(form.validProperty().get());
        form.reason().textProperty().set("too short");
        assertTrue(form.reason().shownErrorProperty().get().contains("at least 10 characters"));
        form.reason().textProperty().set("x".repeat(2001));
        assertTrue(form.reason().shownErrorProperty().get().contains("2000 characters or fewer"));
        form.reason().textProperty().set("Ticket 42: the school sent the TRN from the teacher's certificate");
        assertTrue(form.validProperty().get());
        assertTrue(form.statementProperty().get().startsWith("Checks TRN 12345 and the date of birth"),
                form.statementProperty().get());
    }

    @Test
    @DisplayName("OVR-REVALIDATE: submit sends POST /participants/{id}/revalidation with If-Match, reason and ticket")
    void revalidationSubmits() { // rule: OVR-REVALIDATE
        OperationFormViewModel form = open(FormAction.REVALIDATE, "pp-1");
        form.submit();
        assertTrue(submitter.submitted.isEmpty(), "an incomplete form is not submitted");
        assertEquals("Check the fields marked in red.", form.messageProperty().get());
        assertEquals("Date of birth is needed.", form.field("date_of_birth").shownErrorProperty().get());

        form.field("date_of_birth").textProperty().set("1990-03-14");
        form.reason().textProperty().set("School emailed the right date of birth");
        form.ticket().textProperty().set("t-9");
        form.submit();

        OperationRequest sent = submitter.lastSubmitted();
        assertEquals(Operation.OVR_REVALIDATE, sent.operation());
        assertEquals("POST", sent.method());
        assertEquals("/participants/pp-1/revalidation", sent.path());
        assertEquals(4L, sent.basedOnVersion());
        assertEquals("1234567", sent.body().get("trn").getAsString());
        assertEquals("1990-03-14", sent.body().get("date_of_birth").getAsString());
        assertEquals("t-9", sent.body().get("ticket_id").getAsString());
        assertFalse(sent.body().has("nino"), "blank optional fields are left out");
        assertTrue(form.messageProperty().get().startsWith("Queued: Revalidate Jane Smith"));
    }

    @Test
    @DisplayName("PROG-1 / OVR-PROG: the statement counts the ECTs who move, and says no emails go")
    void programmeStatement() { // rule: OVR-PROG
        OperationFormViewModel form = open(FormAction.CHANGE_PROGRAMME, "100001");
        form.field("cohort").select("2025");
        assertFalse(form.field("choice").choices().stream().anyMatch(c -> c.code().equals("core_induction_programme")),
                "the submitted choice is not offered again");
        form.field("choice").select("design_our_own");

        assertEquals(Operation.OVR_PROG, form.request().operation(), "2025 was submitted, so support overrides it");
        assertEquals("Changes Oak Primary's 2025 programme from DfE materials (CIP) to School's own programme (DIY). "
                + "Moves 3 current ECTs to School's own programme (DIY) from today. No emails will be sent.",
                form.statementProperty().get());
        assertTrue(form.reasonNeededProperty().get());
        form.reason().textProperty().set("Ticket 7: the school now runs its own programme");
        form.submit();

        OperationRequest sent = submitter.lastSubmitted();
        assertEquals("PUT", sent.method());
        assertEquals("/schools/100001/cohorts/2025/programme", sent.path());
        assertEquals(7L, sent.basedOnVersion());
        assertEquals("design_our_own", sent.body().get("choice").getAsString());
        assertTrue(sent.body().get("override").getAsBoolean());
    }

    @Test
    @DisplayName("PART-4: a FIP cohort with an active partnership cannot leave FIP; the form says what to do first")
    void programmeRefusedByTheRules() { // rule: PART-4
        OperationFormViewModel form = open(FormAction.CHANGE_PROGRAMME, "100001");
        form.field("cohort").select("2026");
        form.field("choice").select("core_induction_programme");

        assertFalse(form.validProperty().get());
        assertTrue(form.field("choice").shownErrorProperty().get().contains("Challenge the partnership first"),
                form.field("choice").shownErrorProperty().get());
        assertEquals("", form.statementProperty().get());
    }

    @Test
    @DisplayName("PROG-9: a CIP-only school is not offered provider-led training")
    void cipOnlySchoolIsNotOfferedFip() { // rule: PROG-9
        cache.schools.set(0, TestData.school("100001", "Oak Primary", false, true, TestData.oakPrimary().cohorts()));
        OperationFormViewModel form = open(FormAction.CHANGE_PROGRAMME, "100001");
        form.field("cohort").select("2025");
        assertFalse(form.field("choice").choices().stream().anyMatch(c -> c.code().equals("full_induction_programme")));
    }

    @Test
    @DisplayName("AB-2..AB-4: only bodies the school may appoint for the cohort are offered")
    void appropriateBodiesFiltered() { // rule: AB-2, AB-4
        OperationFormViewModel form = open(FormAction.COHORT_APPROPRIATE_BODY, "100001");
        form.field("cohort").select("2026");
        assertEquals(List.of("ab-tsh-1"), codes(form.field("appropriate_body_id")),
                "the disabled local authority and ISTIP (not an independent school) are left out");
    }

    @Test
    @DisplayName("PART-1: delivery partners offered are only those paired with the lead provider for the cohort")
    void pairingsFiltered() { // rule: PART-1
        OperationFormViewModel form = open(FormAction.REPLACE_PARTNERSHIP, "100001");
        form.field("cohort").select("2026");
        assertEquals(List.of("lp-ambition", "lp-ucl"), codes(form.field("lead_provider_id")));
        form.field("lead_provider_id").select("lp-ucl");
        assertEquals(List.of("dp-south"), codes(form.field("delivery_partner_id")));
        form.field("cohort").select("2025");
        assertEquals(List.of("lp-ucl"), codes(form.field("lead_provider_id")));
    }

    @Test
    @DisplayName("LINK-2: the mentors offered are those in the ECT's school pool")
    void mentorsFiltered() { // rule: LINK-2
        OperationFormViewModel form = open(FormAction.ASSIGN_MENTOR, "pp-1");
        assertEquals(List.of("pp-2"), codes(form.field("mentor_id")));
        form.field("mentor_id").select("pp-2");
        assertTrue(form.field("mentor_id").shownErrorProperty().get().contains("already paired"),
                "Max already mentors Jane (LINK-3)");
    }

    @Test
    @DisplayName("OVR-MENTOR-POOL: the school is looked up by URN; its own pool is refused; a second school is added")
    void mentorPoolAdd() { // rule: OVR-MENTOR-POOL
        OperationFormViewModel form = open(FormAction.ADD_TO_MENTOR_POOL, "pp-2");
        FormField urn = form.field("school_urn");
        urn.textProperty().set("12");
        assertEquals("A URN has 6 digits, for example 100001.", urn.shownErrorProperty().get());
        urn.textProperty().set("999999");
        assertTrue(urn.shownErrorProperty().get().startsWith("No school with that URN in the cache"));
        urn.textProperty().set("100001");
        assertTrue(urn.shownErrorProperty().get().contains("already in the mentor pool"));
        urn.textProperty().set("100002");
        assertNull(urn.shownErrorProperty().get());
        assertEquals("Elm Academy, City of London", urn.foundTextProperty().get());
        form.reason().textProperty().set("Max also mentors at Elm Academy from this term");

        assertEquals("Adds Max Mentor to the mentor pool of Elm Academy (100002) from today, so Elm Academy can pair "
                + "them with its ECTs. They stay in Oak Primary. No emails will be sent.", form.statementProperty().get());
        form.submit();
        OperationRequest sent = submitter.lastSubmitted();
        assertEquals("/participants/pp-2/mentor-pools", sent.path());
        assertEquals("100002", sent.body().get("school_urn").getAsString());
        assertEquals(9L, sent.basedOnVersion());
    }

    @Test
    @DisplayName("CSIT-1: replacing the tutor says who loses access and who is emailed; an email is checked as typed")
    void replaceTutor() { // rule: CSIT-1, CSIT-3
        OperationFormViewModel form = open(FormAction.REPLACE_TUTOR, "100001");
        assertEquals("replace", form.field("mode").code());
        form.field("full_name").textProperty().set("Sam Lee");
        form.field("email").textProperty().set("sam@oak");
        assertTrue(form.field("email").shownErrorProperty().get().startsWith("Check the email address"));
        form.field("email").textProperty().set("pat@oak.sch.uk");
        assertTrue(form.field("full_name").shownErrorProperty().get().contains("mode \"update\""),
                "same email with a new name renames the tutor (CSIT-3)");
        form.field("email").textProperty().set("sam@oak.sch.uk");

        assertFalse(form.reasonNeededProperty().get(), "CSIT-1 is a school operation: no reason needed");
        assertEquals("Replaces Pat Tutor with Sam Lee (sam@oak.sch.uk) as induction tutor of Oak Primary; Pat Tutor "
                + "loses access to this school at once. Emails: induction tutor nominated to Sam Lee (sam@oak.sch.uk).",
                form.statementProperty().get());
        form.submit();
        OperationRequest sent = submitter.lastSubmitted();
        assertEquals(Operation.CHANGE_INDUCTION_TUTOR, sent.operation());
        assertEquals("PUT", sent.method());
        assertEquals("/schools/100001/induction-tutor", sent.path());
        assertEquals("replace", sent.body().get("mode").getAsString());
        assertFalse(sent.body().has("reason"));
    }

    @Test
    @DisplayName("Preview: the service's answer is shown; offline, the form says what it checked here")
    void previewOnlineAndOffline() {
        OperationFormViewModel form = open(FormAction.ADD_TO_MENTOR_POOL, "pp-2");
        form.field("school_urn").textProperty().set("100002");
        form.reason().textProperty().set("Max also mentors at Elm Academy from this term");

        form.preview();
        assertEquals(1, submitter.previews.size());
        assertTrue(form.previewTextProperty().get().startsWith("You're offline, so only the cached records were checked here: "
                + "the participant is a mentor; the school is in the cache; the mentor is not in its pool yet."),
                form.previewTextProperty().get());
        assertTrue(form.previewTextProperty().get().endsWith("The rest will be checked when you're back online."));

        submitter.previewAnswer = Preview.refused(new Preview.Refusal(409, "already_in_pool", "OVR-MENTOR-POOL",
                "Already in that school's pool", "The mentor is already in the mentor pool of school 100002.", "/school_urn"));
        form.preview();
        assertEquals("Already in that school's pool (OVR-MENTOR-POOL): The mentor is already in the mentor pool of school 100002.",
                form.previewTextProperty().get());
        assertEquals("The mentor is already in the mentor pool of school 100002.",
                form.field("school_urn").shownErrorProperty().get(), "the refusal points at its field");

        JsonObject maxAfter = cache.resource("participant", "pp-2").orElseThrow().attributes().deepCopy();
        JsonObject elm = new JsonObject();
        elm.addProperty("school_urn", "100002");
        elm.addProperty("school_name", "Elm Academy");
        maxAfter.getAsJsonArray("mentor_pools").add(elm);
        submitter.previewAnswer = Preview.wouldApply(List.of(new Preview.Resource("participant", "pp-2", 10L, maxAfter)),
                List.of());
        form.field("school_urn").textProperty().set("100002 ");
        form.preview();
        assertEquals(new PreviewSummary("The service checked every rule and would make this change (1 record):",
                List.of(new PreviewSummary.Section("Max Mentor (mentor)",
                        List.of(new PreviewSummary.Line("New mentor pool", "at Elm Academy")), "")),
                "No emails will be sent."), form.previewSummaryProperty().get(), form.previewTextProperty().get());
        assertEquals(form.previewSummaryProperty().get().text(), form.previewTextProperty().get());

        form.field("school_urn").textProperty().set("100002");
        assertNull(form.previewSummaryProperty().get(), "a changed value clears the answer that no longer fits it");
    }

    @Test
    @DisplayName("Actions the role may not do are disabled with the reason; the palette finds actions by any label")
    void roleDisabledActions() { // rule: OVR-MERGE, OVR-REMOVE need the lead role
        RecordActions agent = new RecordActions(() -> Role.AGENT);
        RecordActions.Item merge = agent.item(FormAction.MERGE);
        assertFalse(merge.enabled());
        assertEquals("Only a support lead can do this; you are signed in as agent. Ask a lead to do it.",
                merge.disabledReason());
        assertTrue(agent.item(FormAction.REVALIDATE).enabled());
        assertTrue(new RecordActions(() -> Role.LEAD).item(FormAction.MERGE).enabled());
        assertTrue(new RecordActions(() -> Role.VIEWER).on(FormAction.Target.SCHOOL).stream().noneMatch(RecordActions.Item::enabled));

        assertEquals(List.of(FormAction.ADD_TO_MENTOR_POOL, FormAction.REMOVE_FROM_MENTOR_POOL),
                agent.find(FormAction.Target.PARTICIPANT, "pool").stream().map(RecordActions.Item::action).toList());
        assertEquals(List.of(FormAction.CHANGE_PROGRAMME),
                agent.find(FormAction.Target.SCHOOL, "ovr-prog").stream().map(RecordActions.Item::action).toList());
        assertEquals(FormAction.REVALIDATE, agent.find(FormAction.Target.PARTICIPANT, "date of birth").get(0).action());
    }

    @Test
    @DisplayName("Every action opens a form on the sample records")
    void everyActionOpens() {
        for (FormAction action : FormAction.values()) {
            String id = switch (action.target()) {
                case SCHOOL -> "100001";
                case PARTICIPANT -> action == FormAction.ADD_TO_MENTOR_POOL || action == FormAction.REMOVE_FROM_MENTOR_POOL
                        ? "pp-2" : "pp-1";
                case PARTNERSHIP -> "p-1";
            };
            OperationFormViewModel form = open(action, id);
            assertFalse(form.title().isBlank(), action.name());
            // The tutor forms offer only the modes that suit the school: Oak has a tutor, so "nominate" becomes "replace".
            List<Operation> expected = action.name().endsWith("_TUTOR") ? List.of(Operation.NOMINATE_INDUCTION_TUTOR,
                    Operation.CHANGE_INDUCTION_TUTOR, Operation.OVR_SIT) : action.operations();
            assertTrue(expected.contains(form.form().operation()), action.name());
        }
    }

    private static List<String> codes(FormField field) {
        return field.choices().stream().map(Choice::code).toList();
    }
}
