package uk.gov.ects.desk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
import uk.gov.ects.desk.client.cache.PartnershipRow;
import uk.gov.ects.desk.client.cache.SchoolRow;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.outbox.OutboxTab;
import uk.gov.ects.desk.testing.DeskRobot;
import uk.gov.ects.desk.testing.SandboxDesk;

/**
 * The whole app as an agent first meets it: the sandbox service with the small demo, the
 * encrypted cache, sync, and the window. Then the service goes away and the app says it is
 * offline while search and details keep working from the cache.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopEndToEndFxTest {

    private static final int SYNC_TIMEOUT_SECONDS = 120;

    private Stage stage;
    private SandboxDesk sandbox;
    private DeskBackend backend;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    @DisplayName("The sandbox syncs into the window; each tab (Schools, Participants, Partnerships) finds a record and shows its detail; offline, the cache still answers")
    void sandboxThenOffline(FxRobot robot, @TempDir Path dataDir) throws Exception {
        sandbox = SandboxDesk.open(robot, stage, dataDir);
        backend = sandbox.backend();
        window = sandbox.window();
        DeskRobot desk = new DeskRobot(robot, window);
        sandbox.waitForFirstSync(SYNC_TIMEOUT_SECONDS);
        assertEquals("Online", robot.lookup("#status-connection").queryLabeled().getText());
        // The tabs search again once the sync has finished; the small demo has about 60 schools.
        // Schools is built when first opened (only Tickets is built before the window shows).
        desk.showTab(0);
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> desk.countOf("#schools-count") >= 50);
        assertEquals("All changes sent", robot.lookup("#" + OutboxTab.STATUS_ID).queryLabeled().getText());

        SchoolRow school = backend.cache().searchSchools("", 7, 1).get(0);
        desk.search("schools", school.urn());
        desk.select("schools", (SchoolRow row) -> row.urn().equals(school.urn()));
        desk.waitForDetail("schools", school.name());

        ParticipantRow participant = backend.cache().searchParticipants("", 11, 1).get(0);
        ParticipantDto person = backend.cache().participant(participant.id()).orElseThrow();
        desk.showTab(1);
        desk.search("participants", person.trn());
        desk.select("participants", (ParticipantRow row) -> row.id().equals(participant.id()));
        desk.waitForDetail("participants", participant.fullName());

        PartnershipRow partnership = backend.cache().searchPartnerships("", 5, 1).get(0);
        desk.showTab(2);
        desk.search("partnerships", partnership.schoolUrn());
        desk.select("partnerships", (PartnershipRow row) -> row.id().equals(partnership.id()));
        desk.waitForDetail("partnerships", partnership.schoolName() + ", cohort " + partnership.cohort());

        backend.stopSandboxService();
        robot.interact(() -> window.viewModel().syncNow());
        DeskRobot.waitUntil(SYNC_TIMEOUT_SECONDS, () -> robot.lookup("#offline-banner").query().isVisible()
                && "Offline".equals(robot.lookup("#status-connection").queryLabeled().getText()));

        desk.showTab(0);
        desk.search("schools", school.name());
        desk.select("schools", (SchoolRow row) -> row.urn().equals(school.urn()));
        desk.waitForDetail("schools", school.name());
    }
}
