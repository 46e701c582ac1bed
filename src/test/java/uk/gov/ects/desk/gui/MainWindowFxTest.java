package uk.gov.ects.desk.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.client.cache.PartnershipRow;
import uk.gov.ects.desk.client.cache.SchoolRow;
import uk.gov.ects.desk.client.sync.SyncStatus;
import uk.gov.ects.desk.gui.common.Styles;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeCache;
import uk.gov.ects.desk.gui.fakes.FakeSync;
import uk.gov.ects.desk.gui.fakes.TestData;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    private final FakeCache cache = TestData.cacheWithOneOfEach();
    private final FakeSync sync = new FakeSync();
    private final UiTaskExecutor executor = new UiTaskExecutor(2);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(cache, sync, executor, TestData.CLOCK, "test");
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        window.close();
        executor.shutdown();
    }

    @Test
    @DisplayName("Schools: typing searches after a pause; clicking a row shows the school with its cohorts")
    void schoolsSearchAndDetail(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.selectTab("schools-tab"));
        waitUntil(() -> "2 schools".equals(text(robot, "#schools-count")));

        robot.clickOn("#schools-search").write("oak");
        waitUntil(() -> "1 school".equals(text(robot, "#schools-count")));
        // Wait for the row inside the table itself: the cells are re-rendered as the new result arrives.
        waitUntil(() -> robot.from(robot.lookup("#schools-table").queryAs(Node.class)).lookup("Oak Primary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(robot.lookup("#schools-table").queryAs(Node.class)).lookup("Oak Primary").queryAs(Node.class));

        waitUntil(() -> "Oak Primary".equals(detailTitle(robot, "#schools-detail")));
        assertTrue(robot.lookup("#schools-detail").lookup("Provider-led training (FIP)").tryQuery().isPresent());
        assertTrue(robot.lookup("#schools-detail").lookup((TextField field) -> "o****e@oak.sch.uk".equals(field.getText()))
                .tryQuery().isPresent(), "the redacted GIAS email is shown as sent (ACC-3)");
    }

    @Test
    @DisplayName("Participants: Enter in the search moves to the table and shows the first match")
    void participantsSearchAndDetail(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.selectTab("participants-tab"));
        robot.clickOn("#participants-search").write("1234567");
        waitUntil(() -> "1 participant".equals(text(robot, "#participants-count")));
        waitUntil(() -> robot.from(robot.lookup("#participants-table").queryAs(Node.class)).lookup("Jane Smith").tryQuery().isPresent());

        robot.type(KeyCode.ENTER);

        waitUntil(() -> "Jane Smith".equals(detailTitle(robot, "#participants-detail")));
        assertTrue(robot.lookup("#participants-table").queryAs(TableView.class).isFocused());
        assertTrue(robot.lookup("#participants-detail")
                .lookup((TextField field) -> "Needs a manual check: no QTS yet (set by support)".equals(field.getText()))
                .tryQuery().isPresent());
    }

    @Test
    @DisplayName("Partnerships: the detail says how long is left to challenge (PART-3)")
    void partnershipsSearchAndDetail(FxRobot robot) throws TimeoutException { // rule: PART-3
        robot.interact(() -> window.selectTab("partnerships-tab"));
        robot.clickOn("#partnerships-search").write("ambition").type(KeyCode.ENTER);
        waitUntil(() -> "1 partnership".equals(text(robot, "#partnerships-count")));

        waitUntil(() -> "Oak Primary, cohort 2026".equals(detailTitle(robot, "#partnerships-detail")));
        assertTrue(robot.lookup("#partnerships-detail")
                .lookup((TextField field) -> "13 Oct 2026 (closes in 12 days)".equals(field.getText())).tryQuery().isPresent());
    }

    @Test
    @DisplayName("Tickets is the first tab, then Overview")
    void ticketsFirst() {
        assertEquals(List.of("tickets-tab", "overview-tab", "schools-tab", "participants-tab", "partnerships-tab"),
                window.tabs().getTabs().stream().map(javafx.scene.control.Tab::getId).toList());
        assertEquals("tickets-tab", window.tabs().getSelectionModel().getSelectedItem().getId());
    }

    @Test
    @DisplayName("Start-up: only Tickets is built before the window shows; another tab is built when it is first selected")
    void tabsBuiltOnFirstSelection(FxRobot robot) throws TimeoutException { // issue 6: start-up
        assertTrue(robot.lookup("#tickets-table").tryQuery().isPresent());
        assertTrue(robot.lookup("#schools-table").tryQuery().isEmpty(), "Schools is not built before it is selected");
        assertTrue(robot.lookup("#overview").tryQuery().isEmpty(), "Overview is not built before it is selected");

        // Through the tab pane, as a click on the tab header does.
        robot.interact(() -> window.tabs().getSelectionModel().select(2));
        waitUntil(() -> "2 schools".equals(text(robot, "#schools-count")));
        assertTrue(robot.lookup("#schools-table").queryAs(TableView.class).isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#schools-search").queryAs(TextField.class).isFocused(), "Ctrl+F finds the built tab's search");

        // By code, as navigation from a ticket does.
        robot.interact(() -> window.selectTab("overview-tab"));
        assertTrue(robot.lookup("#overview-by-category").tryQuery().isPresent());
        assertTrue(robot.lookup("#participants-table").tryQuery().isEmpty(), "tabs never selected stay unbuilt");
    }

    @Test
    @DisplayName("Ctrl+F puts the cursor in the search box of the current tab")
    void ctrlF(FxRobot robot) {
        robot.interact(() -> window.selectTab("partnerships-tab"));
        robot.clickOn("#menu-bar");
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#partnerships-search").queryAs(TextField.class).isFocused());
    }

    @Test
    @DisplayName("The status bar turns to Offline and the banner explains that the cache is shown")
    void offline(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.selectTab("schools-tab"));
        sync.announce(new SyncStatus(true, TestData.NOW.minusSeconds(120), false, 0, -1, 12_300_000, null));
        waitUntil(() -> "Online".equals(text(robot, "#status-connection")));
        WaitForAsyncUtils.waitForFxEvents(); // the status is applied label by label on the FX thread
        assertEquals("Synced 2 minutes ago", text(robot, "#status-synced"));
        assertEquals("Cache 12.3 MB", text(robot, "#status-cache"));
        assertTrue(!robot.lookup("#offline-banner").query().isVisible());

        sync.announce(new SyncStatus(false, TestData.NOW.minusSeconds(120), false, 0, -1, 12_300_000,
                "The Support API is not answering."));

        waitUntil(() -> "Offline".equals(text(robot, "#status-connection")));
        WaitForAsyncUtils.waitForFxEvents(); // the banner follows the connection label on the FX thread
        Label connection = robot.lookup("#status-connection").queryAs(Label.class);
        assertTrue(connection.getStyleClass().contains(Styles.OFFLINE));
        assertEquals("The Support API is not answering.", connection.getTooltip().getText());
        Label banner = robot.lookup("#offline-banner").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().startsWith("Offline — showing data from the cache (last synced 2 minutes ago)"));

        robot.clickOn("#schools-search").write("elm");
        waitUntil(() -> "1 school".equals(text(robot, "#schools-count")));
    }

    @Test
    @DisplayName("The status bar shows a progress bar while a sync runs, and the sync's outcome as its notice")
    void syncProgressAndNotice(FxRobot robot) throws TimeoutException {
        assertTrue(robot.lookup("#status-progress-bar").tryQuery().isEmpty(), "no progress bar before any sync");

        sync.announce(new SyncStatus(true, TestData.NOW.minusSeconds(120), true, 0, -1, 12_300_000, null));
        waitUntil(() -> robot.lookup("#status-progress-bar").tryQuery().map(Node::isVisible).orElse(false));

        sync.announce(new SyncStatus(true, TestData.NOW, false, 3, -1, 12_300_000, null));
        waitUntil(() -> "Sync finished: 3 changes.".equals(text(robot, "#status-notice")));
        assertTrue(!robot.lookup("#status-progress-bar").query().isVisible(), "the progress bar goes when the sync ends");
    }

    @Test
    @DisplayName("Help › About opens a dialog with the version, service, agent and cache")
    void about(FxRobot robot) throws TimeoutException {
        robot.clickOn("#menu-bar").clickOn("Help").clickOn("About");

        waitUntil(() -> robot.lookup("#about-sheet").tryQuery().isPresent());
        assertTrue(robot.lookup("#about-sheet").lookup((TextField field) -> "test".equals(field.getText())).tryQuery().isPresent());
        assertTrue(robot.lookup("#about-sheet").lookup((TextField field) -> "Not connected yet".equals(field.getText()))
                .tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#about-sheet").tryQuery().isEmpty());
    }

    @Test
    @DisplayName("F5 asks for a sync")
    void f5SyncsNow(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.selectTab("schools-tab"));
        robot.clickOn("#schools-search");
        robot.type(KeyCode.F5);

        waitUntil(() -> sync.syncNowCalls.get() == 1);
    }

    @Test
    @DisplayName("400,000 schools: jumping to the end reads a page or two, never the whole list")
    void hugeTable(FxRobot robot) throws TimeoutException {
        AtomicInteger pagesRead = new AtomicInteger();
        CacheQueries huge = new HugeSchoolCache(400_000, pagesRead);
        MainWindow[] big = new MainWindow[1];
        robot.interact(() -> {
            big[0] = new MainWindow(huge, sync, executor, TestData.CLOCK, "test");
            Stage stage = new Stage();
            stage.setScene(big[0].createScene(1280, 800));
            big[0].selectTab("schools-tab");
            stage.show();
        });
        TableView<?> table = robot.lookup("#schools-table").match(Node::isVisible)
                .queryAllAs(TableView.class).stream().filter(view -> view.getScene() == big[0].tabs().getScene())
                .findFirst().orElseThrow();
        waitUntil(() -> table.getItems().size() == 400_000);

        waitUntil(() -> robot.from(table).lookup("School 5").tryQuery().isPresent());
        robot.interact(() -> table.getSelectionModel().select(5));
        robot.interact(() -> table.scrollTo(399_990));
        waitUntil(() -> robot.from(table).lookup("School 399999").tryQuery().isPresent());

        assertTrue(pagesRead.get() <= 4, "read " + pagesRead.get() + " pages");
        robot.interact(() -> {
            big[0].close();
            big[0].tabs().getScene().getWindow().hide();
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static String detailTitle(FxRobot robot, String detailId) {
        Optional<Label> title = robot.from(robot.lookup(detailId).queryAs(Node.class)).lookup("." + Styles.DETAIL_TITLE).tryQuery();
        return title.map(Label::getText).orElse(null);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** A cache that makes up schools on demand, to see the table cope with a national-sized list. */
    private record HugeSchoolCache(int size, AtomicInteger pagesRead) implements CacheQueries {
        @Override
        public List<SchoolRow> searchSchools(String text, int offset, int limit) {
            pagesRead.incrementAndGet();
            return IntStream.range(offset, Math.min(size, offset + limit))
                    .mapToObj(i -> new SchoolRow(String.valueOf(100000 + i), "School " + i, "Somewhere", "AB1 2CD", null))
                    .toList();
        }

        @Override
        public int countSchools(String text) {
            return size;
        }

        @Override
        public Optional<SchoolDto> school(String urn) {
            return Optional.empty();
        }

        @Override
        public List<ParticipantRow> searchParticipants(String text, int offset, int limit) {
            return List.of();
        }

        @Override
        public int countParticipants(String text) {
            return 0;
        }

        @Override
        public Optional<ParticipantDto> participant(String id) {
            return Optional.empty();
        }

        @Override
        public List<PartnershipRow> searchPartnerships(String text, int offset, int limit) {
            return List.of();
        }

        @Override
        public int countPartnerships(String text) {
            return 0;
        }

        @Override
        public Optional<PartnershipDto> partnership(String id) {
            return Optional.empty();
        }
    }
}
