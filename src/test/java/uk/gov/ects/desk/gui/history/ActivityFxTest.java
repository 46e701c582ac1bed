package uk.gov.ects.desk.gui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.ects.desk.client.activity.AuditEvent.FieldChange;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.Styles;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeSync;
import uk.gov.ects.desk.gui.fakes.TestData;

/** The History, Emails and Notes sub-tabs of the school detail pane, in the real window. */
@ExtendWith(ApplicationExtension.class)
class ActivityFxTest {

    private static final Instant MORNING = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant NOON = Instant.parse("2026-09-01T11:00:00Z");

    private final FakeActivity fake = new FakeActivity()
            .event("a-1", MORNING, "school", "100001", "SIT-2", null, null, new FieldChange("induction_tutor", null, "Pat Tutor"))
            .event("a-2", NOON, "school", "100001", "OVR-ACCESS", "Head teacher asked", "t-7",
                    new FieldChange("access_link_sent_to", null, "o****e@oak.sch.uk"))
            .email("e-1", NOON, "access_link", "100001", null, "o****e@oak.sch.uk")
            .email("e-2", MORNING, "ect_registered", "100001", "pp-1", "jane@oak.sch.uk")
            .note("n-1", "school:100001", "Rang the school", MORNING);
    private final UiTaskExecutor executor = new UiTaskExecutor(2);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(TestData.cacheWithOneOfEach(), new FakeSync(), executor, TestData.CLOCK, "test")
                .withActivity(fake, fake);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        window.close();
        executor.shutdown();
    }

    @Test
    @DisplayName("X-AUDIT, X-NOTIFY, OVR-NOTE: select a school, read its history and emails, add a note")
    void historyEmailsAndNotes(FxRobot robot) throws TimeoutException {
        selectOakPrimary(robot);
        assertEquals(0, fake.callsStartingWith("history"), "Details first; no network until History is opened");

        openTab(robot, "History");
        ListView<HistoryItem> history = list(robot, "#schools-history");
        waitUntil(() -> history.getItems().size() == 2);
        assertEquals("Resend the access link (OVR-ACCESS)", history.getItems().get(0).what(), "newest first");
        assertTrue(history.getItems().get(0).text().contains("Access link sent to: (none) → o****e@oak.sch.uk"));
        assertTrue(history.getItems().get(0).text().contains("Reason: Head teacher asked\nTicket: t-7"));
        assertTrue(robot.from(history).lookup((javafx.scene.control.ListCell<?> cell) -> cell.getText() != null
                && cell.getText().contains("Induction tutor: (none) → Pat Tutor")).tryQuery().isPresent(),
                "each cell shows the whole entry");

        openTab(robot, "Emails");
        ListView<EmailItem> emails = list(robot, "#schools-emails");
        waitUntil(() -> emails.getItems().size() == 2);
        assertEquals(List.of("Access link", "ECT registered"), emails.getItems().stream().map(EmailItem::template).toList());
        Button resend = robot.lookup("#schools-resend-access-link").queryButton();
        assertTrue(resend.isDisabled(), "nothing selected yet");
        robot.interact(() -> emails.getSelectionModel().select(0));
        assertFalse(resend.isDisabled(), "an access-link email can be resent");

        openTab(robot, "Notes");
        ListView<NoteItem> notes = list(robot, "#schools-notes");
        waitUntil(() -> notes.getItems().size() == 1);
        robot.clickOn("#schools-add-note");
        waitUntil(() -> robot.lookup("#note-body").tryQuery().isPresent());
        assertTrue(robot.lookup("#note-body-confirm").queryButton().isDisabled(), "an empty note cannot be added");
        robot.clickOn("#note-body").write("Head teacher will call back on Monday");
        robot.clickOn("#note-body-confirm");

        waitUntil(() -> notes.getItems().size() == 2);
        assertEquals(List.of("note school:100001: Head teacher will call back on Monday"), fake.actions);
        assertEquals("Head teacher will call back on Monday", notes.getItems().get(0).body(), "newest first");
        assertEquals("You (not sent yet)", notes.getItems().get(0).author());
        waitUntil(() -> robot.lookup("#schools-activity-message").queryLabeled().getText().startsWith("Note added."));
    }

    @Test
    @DisplayName("offline: History says it needs the connection; the details still show")
    void offlineHistory(FxRobot robot) throws TimeoutException {
        fake.offline = true;
        selectOakPrimary(robot);

        openTab(robot, "History");

        ListView<HistoryItem> history = list(robot, "#schools-history");
        waitUntil(() -> ActivityViewModel.OFFLINE_HISTORY.equals(((Label) history.getPlaceholder()).getText()));
        assertTrue(history.getItems().isEmpty());
        openTab(robot, "Details");
        assertTrue(robot.lookup("#schools-detail").lookup("." + Styles.DETAIL_TITLE).tryQuery().isPresent());
    }

    private void selectOakPrimary(FxRobot robot) throws TimeoutException {
        // Tickets come first; open the Schools tab as an agent would.
        robot.interact(() -> robot.lookup(".tab-pane").queryAll().stream()
                .map(node -> (javafx.scene.control.TabPane) node)
                .flatMap(pane -> pane.getTabs().stream().filter(tab -> "schools-tab".equals(tab.getId()))
                        .map(tab -> java.util.Map.entry(pane, tab)))
                .findFirst().ifPresent(found -> found.getKey().getSelectionModel().select(found.getValue())));
        WaitForAsyncUtils.waitForFxEvents();
        Node table = robot.lookup("#schools-table").queryAs(Node.class);
        waitUntil(() -> robot.from(table).lookup("Oak Primary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(table).lookup("Oak Primary").queryAs(Node.class));
        waitUntil(() -> robot.lookup("#schools-detail").lookup("." + Styles.DETAIL_TITLE).tryQuery()
                .map(title -> "Oak Primary".equals(((Label) title).getText())).orElse(false));
    }

    private static void openTab(FxRobot robot, String title) {
        Node tabs = robot.lookup("#schools-detail-tabs").queryAs(Node.class);
        robot.clickOn(robot.from(tabs).lookup(".tab-header-area").lookup(title).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T> ListView<T> list(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
