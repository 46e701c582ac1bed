package uk.gov.ects.desk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.IntStream;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.client.cache.TicketQueries;
import uk.gov.ects.desk.client.cache.TicketQueue;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.operations.OperationFormView;
import uk.gov.ects.desk.gui.operations.OperationFormViewModel;
import uk.gov.ects.desk.gui.tickets.TicketsViewModel;
import uk.gov.ects.desk.testing.DeskRobot;
import uk.gov.ects.desk.testing.SandboxDesk;

/**
 * Issue 5 in the real app: a school writes that a teacher's TRN is wrong; the agent selects the
 * ticket and presses Enter, and the revalidation form opens on that teacher with the TRN and date of
 * birth from the message and the ticket set, so the correction is linked to the ticket.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestedActionFxTest {

    private static final int SYNC_TIMEOUT_SECONDS = 120;
    private static final String NEW_TRN = "1234567";

    private Stage stage;
    private SandboxDesk sandbox;
    private OperationFormView opened;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (opened != null) {
            robot.interact(opened::close);
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    @DisplayName("op: OVR-REVALIDATE — Enter on a TRN-correction ticket opens revalidation of the teacher it names, "
            + "with the new TRN and date of birth from the message and the ticket set")
    void enterOpensRevalidationFromTheTicket(FxRobot robot, @TempDir Path dataDir) throws Exception {
        sandbox = SandboxDesk.open(robot, stage, dataDir);
        MainWindow window = sandbox.window();
        sandbox.waitForFirstSync(SYNC_TIMEOUT_SECONDS);

        ParticipantRow teacher = sandbox.backend().cache().searchParticipants("", 5, 1).get(0);
        ParticipantDto person = sandbox.backend().cache().participant(teacher.id()).orElseThrow();
        String ticketId = createTicket(dataDir, sandbox.backend().about().serviceUrl(), person.schoolUrn(), "Wrong TRN for " + person.fullName(),
                "Hello,\n\nWhen we registered " + person.fullName() + " we entered TRN " + person.trn() + " by mistake. "
                        + "The correct TRN is " + NEW_TRN + " and her date of birth should be 12/04/1995.\n\nThanks");
        robot.interact(() -> window.viewModel().syncNow());
        TicketQueries tickets = (TicketQueries) sandbox.backend().cache();
        DeskRobot.waitUntil(SYNC_TIMEOUT_SECONDS, () -> tickets.ticket(ticketId).isPresent());

        TicketsViewModel tab = window.viewModel().tickets();
        robot.interact(() -> {
            window.selectTab("tickets-tab");
            tab.queueProperty().set(TicketQueue.ALL);
            tab.refresh();
        });
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> DeskRobot.onFx(() -> indexOf(tab, ticketId)) >= 0);
        TableView<?> table = robot.lookup("#tickets-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            tab.select(indexOf(tab, ticketId));
        });
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> DeskRobot.onFx(() -> tab.readingProperty().get() != null
                && ticketId.equals(tab.readingProperty().get().ticket().id())));

        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> window.launcher().lastOpened() != null);

        opened = window.launcher().lastOpened();
        OperationFormViewModel form = opened.viewModel();
        assertEquals("Revalidate " + person.fullName() + "'s TRN and date of birth", DeskRobot.onFx(form::title));
        assertEquals("/participants/" + teacher.id() + "/revalidation", DeskRobot.onFx(() -> form.request().path()));
        assertEquals(NEW_TRN, DeskRobot.onFx(() -> form.field("trn").value()));
        assertEquals("1995-04-12", DeskRobot.onFx(() -> form.field("date_of_birth").date().orElseThrow().toString()));
        assertEquals(ticketId, DeskRobot.onFx(() -> form.ticket().value()));
        assertTrue(DeskRobot.onFx(() -> opened.root().getScene().getWindow().isShowing()), "the form is on screen");
    }

    private static int indexOf(TicketsViewModel tab, String ticketId) {
        return IntStream.range(0, tab.items().size()).filter(i -> tab.items().get(i).id().equals(ticketId)).findFirst()
                .orElse(-1);
    }

    /** POST /tickets as the sandbox's agent, as a school's message would arrive. */
    private static String createTicket(Path dataDir, String baseUrl, String schoolUrn, String subject, String body)
            throws Exception {
        String token = Files.readAllLines(dataDir.resolve("sandbox").resolve("tokens.txt")).stream()
                .filter(line -> line.startsWith("agent=")).map(line -> line.substring("agent=".length()).trim())
                .findFirst().orElseThrow();
        JsonObject json = new JsonObject();
        json.addProperty("from_email", "office@school.example");
        json.addProperty("subject", subject);
        json.addProperty("body", body);
        json.addProperty("school_urn", schoolUrn);
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/tickets"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, reply.statusCode(), reply.body());
        return JsonParser.parseString(reply.body()).getAsJsonObject().getAsJsonObject("data").get("id").getAsString();
    }
}
