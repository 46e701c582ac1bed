package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.dto.SchoolCohortDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.service.testing.Fixture;

/**
 * The school families end to end, one table each: access link, induction tutor (SIT), programme
 * choice, cohort appropriate body. Every case has a school of its own.
 */
class SchoolFormsEndToEndTest extends FormsEndToEndBase {

    @Override
    protected void records(Fixture fixture) {
        fixture.cohort(2025).cohort(2026)
                .appropriateBody("ab-hub", "North Teaching School Hub", "teaching_school_hub", null)
                .appropriateBody("ab-la", "Camden Local Authority", "local_authority", null);
        school(fixture, "100001", "Ash Primary");          // ACC-5
        school(fixture, "100002", "Beech Primary");        // OVR-ACCESS
        school(fixture, "100003", "Cedar Primary");        // SIT-2: no tutor yet
        school(fixture, "100004", "Damson Primary");       // CSIT-1
        fixture.inductionTutor("100004", "Pat Old", "pat.old@damson.sch.uk");
        school(fixture, "100005", "Elder Primary");        // OVR-SIT
        fixture.inductionTutor("100005", "Kim Tpyo", "kim@elder.sch.uk");
        school(fixture, "100006", "Fir Primary");          // PROG-1: 2026 not set up yet
        fixture.inductionTutor("100006", "Fay Tutor", "fay@fir.sch.uk");
        school(fixture, "100007", "Gorse Primary");        // OVR-PROG: 2025 submitted as CIP
        fixture.inductionTutor("100007", "Gus Tutor", "gus@gorse.sch.uk")
                .schoolCohort("100007", 2025, "core_induction_programme", null);
        school(fixture, "100008", "Hazel Primary");        // AB-1
        fixture.inductionTutor("100008", "Hal Tutor", "hal@hazel.sch.uk")
                .schoolCohort("100008", 2026, "full_induction_programme", null);
        school(fixture, "100009", "Ivy Primary");          // OVR-AB: an ECT on the old default
        fixture.inductionTutor("100009", "Ian Tutor", "ian@ivy.sch.uk")
                .schoolCohort("100009", 2026, "full_induction_programme", "ab-hub")
                .participant("e-ivy", "ect", "Isla Ect", "1000009", LocalDate.of(1995, 4, 21), "100009", 2026,
                        "isla@ivy.sch.uk")
                .inductionRecord("ir-ivy", "e-ivy", "100009", 2026, null, null, "ab-hub", null, LocalDate.of(2026, 9, 1), null);
        school(fixture, "100010", "Juniper Primary");      // OVR-SIGN-IN-LINK
        fixture.inductionTutor("100010", "Jo Tutor", "jo@juniper.sch.uk");
    }

    private static void school(Fixture fixture, String urn, String name) {
        fixture.school(urn, name, 1, "201", "EC1A 1AA", "office@" + urn + ".sch.uk");
    }

    // ---- access -----------------------------------------------------------------------------------

    static Stream<FormCase> accessForms() {
        return Stream.of(
                // op: ACC-5
                new FormCase("ACC-5", FormAction.SEND_ACCESS_LINK, "100001", form -> { },
                        "ACC-5 school:100001", cache -> assertAccessLinkEmail(cache, "100001")),
                // op: OVR-ACCESS
                new FormCase("OVR-ACCESS", FormAction.RESEND_ACCESS_LINK, "100002",
                        form -> form.reason().textProperty().set("The head teacher lost the first email"),
                        "OVR-ACCESS school:100002", cache -> assertAccessLinkEmail(cache, "100002")),
                // op: OVR-SIGN-IN-LINK (rule: LOG-1, for a tutor who cannot sign in)
                new FormCase("OVR-SIGN-IN-LINK", FormAction.SEND_SIGN_IN_LINK, "100010",
                        form -> form.reason().textProperty().set("Ticket 31: the tutor's sign-in link expired"),
                        "OVR-SIGN-IN-LINK school:100010", cache -> assertEmailTemplate(cache, "100010", "sign_in_link")));
    }

    private static void assertAccessLinkEmail(LocalCache cache, String urn) {
        assertEmailTemplate(cache, urn, "access_link");
    }

    private static void assertEmailTemplate(LocalCache cache, String urn, String template) {
        assertTrue(cache.emailsForSchool(urn).stream()
                .anyMatch(email -> template.equals(email.attributes().get("template").getAsString())),
                "the cache lists the " + template + " email of " + urn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accessForms")
    @DisplayName("Access family: the link goes out through the outbox; after a sync the school's emails list it")
    void accessForm(FormCase formCase) throws ApiException {
        runCase(formCase);
    }

    // ---- induction tutor --------------------------------------------------------------------------

    static Stream<FormCase> tutorForms() {
        return Stream.of(
                // op: SIT-2
                new FormCase("SIT-2", FormAction.NOMINATE_TUTOR, "100003", form -> {
                    form.field("full_name").textProperty().set("Cat Cedar");
                    form.field("email").textProperty().set("cat@cedar.sch.uk");
                }, "SIT-2 school:100003", cache -> assertTutor(cache, "100003", "Cat Cedar", "cat@cedar.sch.uk")),
                // op: CSIT-1
                new FormCase("CSIT-1", FormAction.REPLACE_TUTOR, "100004", form -> {
                    form.field("full_name").textProperty().set("Dan New");
                    form.field("email").textProperty().set("dan.new@damson.sch.uk");
                }, "CSIT-1 school:100004", cache -> assertTutor(cache, "100004", "Dan New", "dan.new@damson.sch.uk")),
                // op: OVR-SIT
                new FormCase("OVR-SIT", FormAction.CORRECT_TUTOR, "100005", form -> {
                    form.field("full_name").textProperty().set("Kim Typo");
                    form.reason().textProperty().set("The school spelt the tutor's surname wrong");
                }, "OVR-SIT school:100005", cache -> assertTutor(cache, "100005", "Kim Typo", "kim@elder.sch.uk")));
    }

    private static void assertTutor(LocalCache cache, String urn, String name, String email) {
        SchoolDto school = cache.school(urn).orElseThrow();
        assertEquals(name, school.inductionTutor().fullName());
        assertEquals(email, school.inductionTutor().email());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tutorForms")
    @DisplayName("SIT family: the tutor change goes through the outbox; after a sync the cache shows the tutor")
    void tutorForm(FormCase formCase) throws ApiException {
        runCase(formCase);
    }

    // ---- programme --------------------------------------------------------------------------------

    static Stream<FormCase> programmeForms() {
        return Stream.of(
                // op: PROG-1
                new FormCase("PROG-1", FormAction.CHANGE_PROGRAMME, "100006", form -> {
                    form.field("cohort").select("2026");
                    form.field("choice").select("core_induction_programme");
                }, "PROG-1 school:100006", cache -> {
                    SchoolCohortDto cohort = cohort(cache, "100006", 2026);
                    assertEquals("core_induction_programme", cohort.programmeChoice());
                    assertTrue(cohort.submittedAt() != null, "submitted");
                }),
                // op: OVR-PROG
                new FormCase("OVR-PROG", FormAction.CHANGE_PROGRAMME, "100007", form -> {
                    form.field("cohort").select("2025");
                    form.field("choice").select("design_our_own");
                    form.reason().textProperty().set("Ticket 12: the school designs its own programme now");
                }, "OVR-PROG school:100007",
                        cache -> assertEquals("design_our_own", cohort(cache, "100007", 2025).programmeChoice())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmeForms")
    @DisplayName("Programme family: the choice goes through the outbox; after a sync the cohort shows it")
    void programmeForm(FormCase formCase) throws ApiException {
        runCase(formCase);
    }

    // ---- appropriate body -------------------------------------------------------------------------

    static Stream<FormCase> appropriateBodyForms() {
        return Stream.of(
                // op: AB-1
                new FormCase("AB-1", FormAction.COHORT_APPROPRIATE_BODY, "100008", form -> {
                    form.field("cohort").select("2026");
                    form.field("appropriate_body_id").select("ab-la");
                }, "AB-1 school:100008", cache -> assertEquals("ab-la", cohort(cache, "100008", 2026).appropriateBodyId())),
                // op: OVR-AB
                new FormCase("OVR-AB", FormAction.COHORT_APPROPRIATE_BODY, "100009", form -> {
                    form.field("cohort").select("2026");
                    form.field("appropriate_body_id").select("ab-la");
                    form.field("apply_to_current_ects").checkedProperty().set(true);
                    form.reason().textProperty().set("The school changed appropriate body for all its ECTs");
                }, "OVR-AB school:100009", cache -> {
                    assertEquals("ab-la", cohort(cache, "100009", 2026).appropriateBodyId());
                    assertEquals("ab-la", FormContext.currentRecord(cache.participant("e-ivy").orElseThrow()).orElseThrow()
                            .appropriateBodyId(), "Isla had the old default, so she moves too");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appropriateBodyForms")
    @DisplayName("Appropriate body family: the cohort's body goes through the outbox; after a sync the cache shows it")
    void appropriateBodyForm(FormCase formCase) throws ApiException {
        runCase(formCase);
    }

    private static SchoolCohortDto cohort(LocalCache cache, String urn, int year) {
        return FormContext.cohort(cache.school(urn).orElseThrow(), year)
                .orElseThrow(() -> new AssertionError("school " + urn + " has no " + year + " cohort in the cache"));
    }
}
