package uk.gov.ects.desk.gui.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.api.dto.TicketDto;
import uk.gov.ects.desk.client.cache.TicketQueue;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeCache;
import uk.gov.ects.desk.gui.fakes.FakeTicketActions;
import uk.gov.ects.desk.gui.fakes.FakeTickets;
import uk.gov.ects.desk.gui.fakes.FormData;
import uk.gov.ects.desk.gui.fakes.TestData;
import uk.gov.ects.desk.gui.operations.FormAction;
import uk.gov.ects.desk.gui.operations.FormCatalogue;
import uk.gov.ects.desk.gui.operations.FormContext;
import uk.gov.ects.desk.gui.operations.OperationForm;
import uk.gov.ects.desk.gui.operations.OperationFormViewModel;
import uk.gov.ects.desk.gui.operations.SuggestedForm;

/**
 * From a ticket as the Tickets tab reads it (the model's recogniser, the cache, the ticket's category
 * and links) to the operation form its suggested action opens: which form, on which record, with
 * which values, tied to which ticket.
 */
class SuggestedFormTest {

    private final FakeCache cache = FormData.cache();
    private final FakeTickets queries = new FakeTickets();
    private final List<SuggestedAction> suggested = new ArrayList<>();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    /** Selects the only ticket, presses Enter, and returns what the tab handed on. */
    private SuggestedAction suggestionFor(TicketDto ticket) {
        queries.with(ticket);
        TicketsViewModel tab = tab();
        tab.perform(TicketCommand.forKey("", "Enter").orElseThrow());
        assertEquals(1, suggested.size(), tab.messageProperty().get());
        return suggested.get(0);
    }

    private TicketsViewModel tab() {
        TicketDesk desk = new TicketDesk(queries, new FakeTicketActions(), new ModelRecogniser(), () -> "Ann Agent",
                suggested::add);
        TicketsViewModel tab = new TicketsViewModel(desk, cache, (t, reply) -> Optional.empty(), new TicketNavigator() {
            @Override
            public void showSchool(String urn) {
            }

            @Override
            public void showParticipant(String id) {
            }
        }, ReplyTemplates.bundled(), executor, TestData.CLOCK);
        tab.queueProperty().set(TicketQueue.ALL);
        tab.refresh();
        return tab;
    }

    private OperationFormViewModel open(SuggestedForm form) {
        OperationForm built = new FormCatalogue(new FormContext(cache, TestData.CLOCK)).create(form.action(), form.recordId());
        form.fill(built);
        OperationFormViewModel viewModel = new OperationFormViewModel(built, null, executor);
        viewModel.ticket().prefill(form.ticketId());
        return viewModel;
    }

    @Test
    @DisplayName("op: OVR-REVALIDATE — a TRN correction opens revalidation of the teacher named, with the new TRN "
            + "and date of birth from the message and the ticket set")
    void trnCorrectionOpensRevalidation() {
        // Max Mentor already holds 7654321: the TRN asked for must not make him the teacher to correct.
        TicketDto ticket = FakeTickets.ticket("t-trn", Instant.parse("2026-09-30T09:00:00Z"), "new", null, "normal", null,
                "Wrong TRN for Jane Smith", "Hello,\n\nWe registered Jane Smith with TRN 1234567 but that is wrong. "
                        + "The correct TRN is 7654321 and her date of birth should be 12/04/1995.\n\nPat",
                List.of("100001"));

        SuggestedAction action = suggestionFor(ticket);
        SuggestedForm form = SuggestedForm.from(action);

        assertEquals("OVR-REVALIDATE", action.operation());
        assertEquals(FormAction.REVALIDATE, form.action());
        assertEquals("pp-1", form.recordId(), "Jane, not Max who holds the new TRN");
        assertNull(form.cannotOpen(action));
        OperationFormViewModel opened = open(form);
        assertEquals("Revalidate Jane Smith's TRN and date of birth", opened.title());
        assertEquals("7654321", opened.field("trn").value());
        assertEquals("1995-04-12", opened.field("date_of_birth").date().orElseThrow().toString());
        assertEquals("t-trn", opened.ticket().value());
        assertEquals("t-trn", opened.request().body().get("ticket_id").getAsString(), "the operation is tied to the ticket");
        assertEquals("/participants/pp-1/revalidation", opened.request().path());
    }

    @Test
    @DisplayName("op: OVR-PROG — a ticket triaged as a programme change opens its school's programme form with the "
            + "programme the school asks for chosen")
    void programmeChangeOpensProgrammeForm() {
        TicketDto ticket = FakeTickets.ticket("t-prog", Instant.parse("2026-09-29T09:00:00Z"), "triaged",
                "programme_change", "normal", "Ann Agent", "Our training next year",
                "We chose provider-led training (FIP) last spring, but the governors want to switch to designing our "
                        + "own programme.", List.of("100001"));

        SuggestedForm form = SuggestedForm.from(suggestionFor(ticket));

        assertEquals(FormAction.CHANGE_PROGRAMME, form.action(), "the ticket's category decides, not the guess");
        assertEquals("100001", form.recordId());
        OperationFormViewModel opened = open(form);
        assertEquals("2026", opened.field("cohort").code());
        assertEquals("design_our_own", opened.field("choice").code());
        assertEquals("t-prog", opened.ticket().value());
    }

    @Test
    @DisplayName("op: OVR-REVALIDATE — a teacher the agent took out of the triage form's links is not the one the form opens on")
    void formFollowsTheTriageLinks() {
        queries.with(FakeTickets.ticket("t-two", Instant.parse("2026-09-30T09:00:00Z"), "new", null, "normal", null,
                "Wrong TRN", "Our mentor's TRN 7654321 is fine. For our ECT we entered TRN 1234567, which is wrong: "
                        + "it should be 7777777.",
                List.of("100001")));
        TicketsViewModel tab = tab();
        assertEquals("pp-2", tab.triageLinks().get(1).id(), "the mentor is named first");

        tab.triageLinks().remove(1);
        tab.perform(TicketCommand.forKey("", "Enter").orElseThrow());

        assertEquals("pp-1", SuggestedForm.from(suggested.get(0)).recordId());
        assertEquals("7777777", suggested.get(0).newTrn());
    }

    @Test
    @DisplayName("A suggestion whose ticket names no record the cache has says what to do instead")
    void noRecordSaysWhatToDo() {
        SuggestedAction action = new SuggestedAction("OVR-REVALIDATE", "Correct TRN or date of birth", "t-9", List.of());

        SuggestedForm form = SuggestedForm.from(action);

        assertEquals(FormAction.REVALIDATE, form.action());
        assertNull(form.recordId());
        assertTrue(form.cannotOpen(action).startsWith("This ticket names no participant found in the cache."),
                form.cannotOpen(action));
    }
}
