package uk.gov.ects.desk.gui.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.ects.desk.client.outbox.OutboxEntry;
import uk.gov.ects.desk.client.outbox.OutboxState;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeSync;
import uk.gov.ects.desk.gui.fakes.TestData;

/**
 * The Outbox tab in the main window, driven with the mouse, on a real outbox whose entries the real
 * service answered. Discarding goes through the real confirmation dialog.
 */
@ExtendWith(ApplicationExtension.class)
class OutboxTabFxTest extends OutboxInEveryStateTestBase {

    private final UiTaskExecutor executor = new UiTaskExecutor(2);
    private final List<List<OutboxRow>> notified = new CopyOnWriteArrayList<>();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        stage = primary; // the window is built in each test, once the outbox has its entries
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
        });
        executor.shutdown();
    }

    @Test
    @DisplayName("the tab title and the status bar count the changes; Retry sends a turned-down change again")
    void retry(FxRobot robot) throws TimeoutException { // rule: SIT-4
        openOutboxTab(robot);
        assertEquals("1 waiting to send · 4 need attention", robot.lookup("#" + OutboxTab.STATUS_ID).queryLabeled().getText());
        assertEquals(1, notified.size(), "one desktop notification for the four changes that need attention");
        assertEquals(4, notified.get(0).size());

        clickRow(robot, "School 100003");
        waitUntil(() -> robot.lookup("#outbox-retry").queryAs(Node.class).isVisible());
        robot.clickOn("#outbox-retry");

        waitUntil(() -> entry(rejected).state() == OutboxState.QUEUED);
        waitUntil(() -> rowState(robot, rejected).equals("Waiting to send"));
        waitUntil(() -> "2 waiting to send · 3 need attention".equals(robot.lookup("#" + OutboxTab.STATUS_ID)
                .queryLabeled().getText()));
        assertEquals("Outbox (5)", outboxTab().getText());
    }

    @Test
    @DisplayName("Discard asks first: Keep it keeps the change; Discard the change removes it from the outbox and the tab")
    void discard(FxRobot robot) throws TimeoutException {
        openOutboxTab(robot);
        clickRow(robot, "School 999999");
        waitUntil(() -> robot.lookup("#outbox-discard").queryAs(Node.class).isVisible());

        robot.clickOn("#outbox-discard");
        waitUntil(() -> robot.lookup("#outbox-discard-dialog").tryQuery().isPresent());
        robot.clickOn("Keep it");
        waitUntil(() -> robot.lookup("#outbox-discard-dialog").tryQuery().isEmpty());
        assertTrue(outbox.entry(failed.id()).isPresent(), "kept");

        robot.clickOn("#outbox-discard");
        waitUntil(() -> robot.lookup("#outbox-discard-dialog").tryQuery().isPresent());
        robot.clickOn("Discard the change");

        waitUntil(() -> outbox.entry(failed.id()).isEmpty());
        waitUntil(() -> "Outbox (4)".equals(outboxTab().getText()));
        assertFalse(table(robot).getItems().stream().anyMatch(row -> row.id() == failed.id()));
    }

    @Test
    @DisplayName("a conflict side by side: the record when queued, the service's current version and the agent's change; Re-apply sends it on the current version")
    void conflictSideBySide(FxRobot robot) throws TimeoutException {
        openOutboxTab(robot);
        clickRow(robot, "School 100002");
        waitUntil(() -> robot.lookup("#outbox-show-conflict").queryAs(Node.class).isVisible());
        robot.clickOn("#outbox-show-conflict");

        waitUntil(() -> robot.lookup("#outbox-conflict").queryAs(Node.class).isVisible());
        String explanation = robot.lookup("#outbox-conflict-explanation").queryAs(Label.class).getText();
        assertTrue(explanation.contains("on version " + conflict.baseVersion()), explanation);
        assertTrue(explanation.contains("now has version " + conflict.currentVersion()), explanation);
        assertTrue(robot.lookup("#outbox-conflict-current").queryAs(TextArea.class).getText().contains("Pat Tutor-Jones"));
        assertTrue(robot.lookup("#outbox-conflict-change").queryAs(TextArea.class).getText().contains("pat.new@100002.sch.uk"));
        Node fields = robot.lookup("#outbox-conflict-fields").queryAs(Node.class);
        assertTrue(robot.from(fields).lookup("Pat Tutor-Jones").tryQuery().isPresent(), "the other agent's name, side by side");
        assertTrue(robot.from(fields).lookup("pat.new@100002.sch.uk").tryQuery().isPresent(), "with the agent's email");
        assertTrue(robot.from(fields).lookup("Pat Tutor").tryQuery().isPresent(), "and the name when the change was queued");
        assertTrue(robot.from(fields).lookup("Induction tutor › Email").tryQuery().isPresent(), "fields in plain words");

        robot.clickOn("#outbox-reapply");

        waitUntil(() -> entry(conflict).state() == OutboxState.QUEUED);
        assertEquals(conflict.currentVersion(), entry(conflict).baseVersion());
        waitUntil(() -> !robot.lookup("#outbox-conflict").queryAs(Node.class).isVisible());
        waitUntil(() -> rowState(robot, conflict).equals("Waiting to send"));
    }

    @Test
    @DisplayName("the app's own notifier: a desktop notification says that changes were not sent")
    void desktopNotification(FxRobot robot) throws TimeoutException {
        openOutboxTab(robot, null);

        waitUntil(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
        assertTrue(robot.lookup("4 changes were not sent").tryQuery().isPresent());
    }

    private void openOutboxTab(FxRobot robot) throws TimeoutException {
        openOutboxTab(robot, notified::add);
    }

    private void openOutboxTab(FxRobot robot, OutboxNotifier notifier) throws TimeoutException {
        robot.interact(() -> {
            window = new MainWindow(TestData.cacheWithOneOfEach(), new FakeSync(), executor, TAB_CLOCK, "test");
            window.useOutbox(new OutboxSetup(new DirectOutboxService(outbox), () -> { }, null, notifier));
            stage.setScene(window.createScene(1280, 800));
            stage.show();
        });
        waitUntil(() -> "Outbox (5)".equals(outboxTab().getText()));
        robot.interact(() -> window.tabs().getSelectionModel().select(outboxTab()));
        waitUntil(() -> table(robot).getItems().size() == 5);
    }

    private Tab outboxTab() {
        return window.tabs().getTabs().stream().filter(tab -> OutboxTab.TAB_ID.equals(tab.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<OutboxRow> table(FxRobot robot) {
        return robot.lookup("#outbox-table").queryAs(TableView.class);
    }

    private static void clickRow(FxRobot robot, String record) throws TimeoutException {
        waitUntil(() -> robot.from(table(robot)).lookup(record).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(table(robot)).lookup(record).queryAs(Node.class));
    }

    private static String rowState(FxRobot robot, OutboxEntry entry) {
        return table(robot).getItems().stream().filter(row -> row.id() == entry.id()).findFirst()
                .map(OutboxRow::stateWords).orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
