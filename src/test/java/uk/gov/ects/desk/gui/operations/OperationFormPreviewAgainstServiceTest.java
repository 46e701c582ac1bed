package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.service.testing.Fixture;

/**
 * The form's preview section against the real service and a synced cache, as the agent reads it: each
 * record the service would change named in words with its fields "before → after", new records with
 * their main fields, and the emails that would go.
 */
class OperationFormPreviewAgainstServiceTest extends FormsEndToEndBase {

    @Override
    protected void records(Fixture fixture) {
        fixture.cohort(2025).cohort(2026)
                .leadProvider("lp-a", "Ambition Institute").deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2026, "lp-a", "dp-n")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk")
                .schoolCohort("100001", 2025, "core_induction_programme", null)
                .schoolCohort("100001", 2026, "full_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .participant("e-1", "ect", "Jane Smith", "7654321", LocalDate.of(1995, 4, 21), "100001", 2025,
                        "jane@oak.sch.uk")
                .inductionRecord("ir-e1", "e-1", "100001", 2025, null, null, null, null, LocalDate.of(2025, 9, 1), null)
                .school("100002", "Birch Academy", 1, "202", "M1 2AB", "office@birch.sch.uk")
                .inductionTutor("100002", "Lee Tutor", "lee@birch.sch.uk")
                .schoolCohort("100002", 2026, "full_induction_programme", null)
                .participant("e-move", "ect", "Ola Mover", "3333333", LocalDate.of(1996, 3, 3), "100002", 2026,
                        "ola@birch.sch.uk")
                .inductionRecord("ir-move", "e-move", "100002", 2026, "lp-a", "dp-n", null, null,
                        LocalDate.of(2026, 9, 1), null)
                .teacherRecord("4444444", "Amy New", LocalDate.of(1997, 5, 6), "AB111111C");
    }

    private PreviewSummary previewed(OperationFormViewModel form) {
        assertEquals("", form.problemProperty().get(), "the form's own checks pass");
        form.preview();
        assertEquals(Preview.Outcome.WOULD_APPLY, form.previewProperty().get().outcome(), form.previewTextProperty().get());
        PreviewSummary summary = form.previewSummaryProperty().get();
        assertNotNull(summary);
        assertEquals(summary.text(), form.previewTextProperty().get(), "the plain text says the same");
        return summary;
    }

    private static PreviewSummary.Section section(PreviewSummary summary, String heading) {
        return summary.sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section \"" + heading + "\" in\n" + summary.text()));
    }

    @Test
    @DisplayName("OVR-PROG: the preview names Oak Primary and shows its 2025 programme before → after")
    void programmeChange() { // op: OVR-PROG
        OperationFormViewModel form = open(FormAction.CHANGE_PROGRAMME, "100001");
        form.field("cohort").select("2025");
        form.field("choice").select("design_our_own");
        form.reason().textProperty().set("Ticket 12: the school designs its own programme now");

        PreviewSummary summary = previewed(form);

        assertTrue(summary.headline().startsWith("The service checked every rule and would make"), summary.text());
        PreviewSummary.Section oak = section(summary, "Oak Primary (URN 100001)");
        assertTrue(oak.lines().contains(new PreviewSummary.Line("Cohort 2025 › Programme",
                "DfE materials (CIP) → School's own programme (DIY)")), summary.text());
        assertEquals("No emails will be sent.", summary.footnote());
    }

    @Test
    @DisplayName("ECT-2: the preview shows the new ECT with her main fields, and the emails that would go")
    void newEct() { // op: ECT-2
        OperationFormViewModel form = open(FormAction.ADD_ECT, "100001");
        form.field("trn").textProperty().set("4444444");
        form.field("date_of_birth").textProperty().set("06/05/1997");
        form.field("full_name").textProperty().set("Amy New");
        form.field("email").textProperty().set("amy.new@oak.sch.uk");
        form.field("cohort").select("2026");

        PreviewSummary summary = previewed(form);

        PreviewSummary.Section amy = section(summary, "New record: Amy New (ECT)");
        assertEquals(List.of(new PreviewSummary.Line("Name", "Amy New"), new PreviewSummary.Line("Type", "ECT"),
                new PreviewSummary.Line("TRN", "4444444")), amy.lines().subList(0, 3), summary.text());
        PreviewSummary.Section emails = summary.sections().get(summary.sections().size() - 1);
        assertTrue(emails.heading().contains("would go"), summary.text());
        assertTrue(emails.lines().stream().anyMatch(line -> line.text().equals("to amy.new@oak.sch.uk")), summary.text());
    }

    @Test
    @DisplayName("CSIT-1: replacing the tutor shows the tutor before → after and the email to the new tutor")
    void tutorEmail() { // op: CSIT-1
        OperationFormViewModel form = open(FormAction.REPLACE_TUTOR, "100001");
        form.field("full_name").textProperty().set("Sam Lee");
        form.field("email").textProperty().set("sam.lee@oak.sch.uk");

        PreviewSummary summary = previewed(form);

        PreviewSummary.Section oak = section(summary, "Oak Primary (URN 100001)");
        assertTrue(oak.lines().contains(new PreviewSummary.Line("Induction tutor › Name", "Pat Tutor → Sam Lee")),
                summary.text());
        assertTrue(summary.text().contains("Induction tutor nominated: to sam.lee@oak.sch.uk"), summary.text());
    }

    @Test
    @DisplayName("TECT-2: the preview names Ola, ends her Birch record, shows the new Oak one on one line, and both emails")
    void transferIn() { // op: TECT-2
        OperationFormViewModel form = open(FormAction.TRANSFER_IN, "100001");
        form.field("participant_id").textProperty().set("e-move");
        form.field("joining_date").textProperty().set("01/10/2026");
        form.field("training").select("continue");
        PreviewSummary summary = previewed(form);

        assertEquals(new PreviewSummary.Section("Ola Mover (ECT)", List.of(
                new PreviewSummary.Line("School", "Birch Academy → Oak Primary"),
                new PreviewSummary.Line("Induction record at Birch Academy from 1 Sep 2026 › Induction status", "Active → Left"),
                new PreviewSummary.Line("Induction record at Birch Academy from 1 Sep 2026 › End date", "(none) → 1 Oct 2026"),
                new PreviewSummary.Line("New induction record", "at Oak Primary from 1 Oct 2026 — Programme: Provider-led "
                        + "training (FIP); Lead provider: Ambition Institute; Delivery partner: North "
                        + "Teaching Partnership")), ""),
                section(summary, "Ola Mover (ECT)"), summary.text());
        assertEquals(new PreviewSummary.Section("The 2 emails that would go", List.of(
                new PreviewSummary.Line("Moved to another school", "to ola@birch.sch.uk"),
                new PreviewSummary.Line("Transfer notice to the lead provider", "to Lead provider lp-a")), ""),
                summary.sections().get(1), summary.text());
        assertTrue(summary.text().lines().noneMatch(line -> line.contains("ir-")), "no ids the agent cannot use");
    }
}
