package uk.gov.ects.desk.gui.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.ects.desk.gui.help.AboutInfo;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.Styles;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeCache;
import uk.gov.ects.desk.gui.fakes.FakeSync;
import uk.gov.ects.desk.gui.fakes.FakeTicketActions;
import uk.gov.ects.desk.gui.fakes.TestData;

/** Keyboard triage on the Tickets tab (issue 5 item 6), with fake queues and actions. */
@ExtendWith(ApplicationExtension.class)
class TicketsTabFxTest {

    private final FakeCache cache = TestData.cacheWithOneOfEach();
    private final FakeTicketActions actions = new FakeTicketActions();
    private final List<SuggestedAction> suggested = new CopyOnWriteArrayList<>();
    private final UiTaskExecutor executor = new UiTaskExecutor(2);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        TicketDesk desk = new TicketDesk(TicketsViewModelTest.tickets(), actions, TicketsViewModelTest.RECOGNISER,
                () -> "Ann Agent", suggested::add);
        window = new MainWindow(cache, new FakeSync(), executor, TestData.CLOCK, () -> AboutInfo.versionOnly("test"), desk);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        window.close();
        executor.shutdown();
    }

    @Test
    @DisplayName("J/K move through the queue, C claims, 7 sets Transfer, Enter opens the suggested action, R resolves with the template reply")
    void keyboardTriage(FxRobot robot) throws TimeoutException {
        waitUntil(() -> "New (3)".equals(robot.lookup("#queue-new").queryLabeled().getText()));
        waitUntil(() -> "Jane moved school".equals(subject(robot)));
        TableView<?> table = robot.lookup("#tickets-table").queryAs(TableView.class);
        robot.interact(table::requestFocus);

        robot.type(KeyCode.J);
        waitUntil(() -> "Mentor question".equals(subject(robot)));
        robot.type(KeyCode.K);
        waitUntil(() -> "Jane moved school".equals(subject(robot)));

        robot.type(KeyCode.C);
        waitUntil(() -> actions.calls.contains("claim t-old"));
        robot.type(KeyCode.DIGIT7);
        waitUntil(() -> actions.calls.contains("triage t-old transfer normal [100001] [pp-1, pp-2]"));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> suggested.size() == 1);
        assertEquals("t-old", suggested.get(0).ticketId());

        robot.interact(table::requestFocus);
        robot.type(KeyCode.R);
        waitUntil(() -> robot.lookup("#resolve-resolution").tryQuery().isPresent());
        assertTrue(robot.lookup("#resolve-reply").queryAs(TextArea.class).getText().contains("\"Jane moved school\""));
        robot.clickOn("#resolve-resolution").write("Moved to Oak Primary");
        robot.clickOn((Button button) -> "Resolve".equals(button.getText()));

        waitUntil(() -> actions.calls.stream().anyMatch(call -> call.startsWith("resolve t-old Moved to Oak Primary | Hello,")));
    }

    @Test
    @DisplayName("The status cell of a ticket past its target is red; one at 75% is amber")
    void statusColours(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("." + TicketStyles.OVERDUE).tryQuery().isPresent());
        TableCell<?, ?> overdue = robot.lookup("." + TicketStyles.OVERDUE).queryAs(TableCell.class);
        assertEquals("New", overdue.getText());
        assertEquals("t-old", ((TicketItem) overdue.getTableRow().getItem()).id());
        TableCell<?, ?> amber = robot.lookup("." + TicketStyles.NEARLY_DUE).queryAs(TableCell.class);
        assertEquals("t-urgent", ((TicketItem) amber.getTableRow().getItem()).id());
    }

    @Test
    @DisplayName("A recognised URN opens the school in the Schools tab")
    void linkOpensSchool(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("Oak Primary (URN 100001)").tryQuery().isPresent());
        robot.clickOn("Oak Primary (URN 100001)");

        waitUntil(() -> "schools-tab".equals(window.tabs().getSelectionModel().getSelectedItem().getId()));
        waitUntil(() -> "Oak Primary".equals(detailTitle(robot)));
    }

    private static String subject(FxRobot robot) {
        Optional<Label> subject = robot.lookup("#ticket-subject").tryQuery();
        return subject.map(Label::getText).orElse(null);
    }

    private static String detailTitle(FxRobot robot) {
        Optional<Label> title = robot.from(robot.lookup("#schools-detail").queryAs(Node.class))
                .lookup("." + Styles.DETAIL_TITLE).tryQuery();
        return title.map(Label::getText).orElse(null);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
