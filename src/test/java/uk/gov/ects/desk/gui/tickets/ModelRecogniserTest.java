package uk.gov.ects.desk.gui.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.gui.fakes.TestData;
import uk.gov.ects.desk.gui.tickets.Recogniser.EntityKind;
import uk.gov.ects.desk.gui.tickets.Recogniser.Recognition;

class ModelRecogniserTest {

    @Test
    @DisplayName("The model's recogniser feeds the reading pane: a URN in the text becomes a link to the cached school")
    void adaptsTheModel() {
        Recognition recognition = new ModelRecogniser().recognise("Wrong school",
                "Our URN is 100001. Please contact jane@oak.sch.uk about it.");

        assertTrue(recognition.entities().stream().anyMatch(e -> e.kind() == EntityKind.URN && "100001".equals(e.normalised())));
        assertTrue(recognition.entities().stream().anyMatch(e -> e.kind() == EntityKind.EMAIL));
        TicketReader reader = new TicketReader(TestData.cacheWithOneOfEach(), new ModelRecogniser());
        TicketReader.Result result = reader.read(uk.gov.ects.desk.gui.fakes.FakeTickets.ticket("t-1", TestData.NOW, "new",
                null, "normal", null, "Wrong school", "Our URN is 100001.", List.of()), TestData.NOW);
        assertEquals("Oak Primary (URN 100001)", result.reading().links().get(0).text());
    }
}
