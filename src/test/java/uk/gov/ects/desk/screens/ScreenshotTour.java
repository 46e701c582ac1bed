package uk.gov.ects.desk.screens;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.api.dto.SchoolDto;
import uk.gov.ects.desk.client.cache.CacheQueries;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.client.cache.PartnershipRow;
import uk.gov.ects.desk.client.cache.SchoolRow;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.PagedRows;
import uk.gov.ects.desk.gui.common.SearchViewModel;
import uk.gov.ects.desk.gui.common.Styles;
import uk.gov.ects.desk.gui.help.AboutDialog;
import uk.gov.ects.desk.gui.screens.SceneSnapshot;
import uk.gov.ects.desk.launcher.DeskBackend;
import uk.gov.ects.desk.testing.DeskRobot;
import uk.gov.ects.desk.testing.SandboxDesk;

/**
 * The screenshots command ({@code screenshots/make}): the real app (sandbox service, small demo,
 * the demo's fixed clock, encrypted cache, sync) in a temporary data folder, driven through its
 * window as an agent would, pictured into {@code screenshots/*.png}. Not part of {@code mvn verify}:
 * it runs only in the {@code screenshots} profile, because it writes into the source tree.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    private static final int SYNC_TIMEOUT_SECONDS = 120;

    private final Path out = Path.of(System.getProperty("desk.screenshots.dir", "screenshots"));
    private Stage stage;
    private SandboxDesk sandbox;
    private DeskBackend backend;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (window != null && stage.getScene() != null) {
            try {
                // What the window showed when the tour ended: the first thing to look at when it failed.
                SceneSnapshot.write(stage.getScene(), Path.of("target", "screenshot-tour-last.png"));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not picture the window after the tour: {}", e.toString());
            }
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    @DisplayName("Tour of the app on the small demo: schools, participants, partnerships, About, offline")
    void tour(FxRobot robot, @TempDir Path dataDir) throws Exception {
        sandbox = SandboxDesk.open(robot, stage, dataDir);
        backend = sandbox.backend();
        window = sandbox.window();
        DeskRobot desk = new DeskRobot(robot, window);
        sandbox.waitForFirstSync(SYNC_TIMEOUT_SECONDS);
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> desk.resultsOf(0) > 10 && desk.resultsOf(1) > 10
                && desk.resultsOf(2) > 0);

        CacheQueries cache = backend.cache();
        Scene scene = stage.getScene();

        // Tickets: the queue with the oldest new ticket open, and what the app recognised in it.
        robot.interact(() -> window.selectTab("tickets-tab"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> tickets = robot.lookup("#tickets-table").queryAs(javafx.scene.control.TableView.class);
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> !tickets.getItems().isEmpty());
        robot.interact(() -> {
            tickets.requestFocus();
            tickets.getSelectionModel().select(0);
        });
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> robot.lookup("#ticket-subject").tryQuery()
                .map(node -> !((javafx.scene.control.Labeled) node).getText().isBlank()).orElse(false));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        write(scene, "tickets.png");

        robot.interact(() -> window.selectTab("overview-tab"));
        org.testfx.util.WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS); // chart animations settle
        write(scene, "overview.png");

        SchoolDto school = schoolWithMostCohorts(cache);
        desk.showTab(0);
        desk.search("schools", firstWord(school.name()));
        desk.select("schools", (SchoolRow row) -> row.urn().equals(school.urn()));
        desk.waitForDetail("schools", school.name());
        write(scene, "schools.png");

        ParticipantRow participant = participantWithMostInductionRecords(cache);
        desk.showTab(1);
        desk.search("participants", lastWord(participant.fullName()));
        desk.select("participants", (ParticipantRow row) -> row.id().equals(participant.id()));
        desk.waitForDetail("participants", participant.fullName());
        write(scene, "participants.png");

        PartnershipRow partnership = partnershipInItsChallengeWindow(cache, backend);
        desk.showTab(2);
        desk.search("partnerships", partnership.schoolName());
        desk.select("partnerships", (PartnershipRow row) -> row.id().equals(partnership.id()));
        desk.waitForDetail("partnerships", partnership.schoolName() + ", cohort " + partnership.cohort());
        write(scene, "partnerships.png");

        desk.showTab(0);
        Dialog<?>[] about = new Dialog<?>[1];
        robot.interact(() -> about[0] = window.showAbout());
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> about[0].isShowing()
                && robot.lookup("#about-sheet").lookup((TextField field) -> field.getText().equals("Support agent")).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Path aboutFile = SceneSnapshot.writeWithDialog(scene, about[0].getDialogPane().getScene(), AboutDialog.TITLE,
                out.resolve("about.png"));
        LOG.info("Wrote {}", aboutFile);
        robot.interact(() -> about[0].close());
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> !about[0].isShowing());

        // Offline: the service goes away; searching and details keep working from the cache.
        backend.stopSandboxService();
        robot.interact(() -> window.viewModel().syncNow());
        DeskRobot.waitUntil(SYNC_TIMEOUT_SECONDS, () -> robot.lookup("#offline-banner").query().isVisible()
                && "Offline".equals(robot.lookup("#status-connection").queryLabeled().getText()));
        // The partnership's detail is short enough to sit below the banner whole.
        desk.showTab(2);
        desk.search("partnerships", partnership.leadProvider());
        desk.select("partnerships", (PartnershipRow row) -> row.id().equals(partnership.id()));
        desk.waitForDetail("partnerships", partnership.schoolName() + ", cohort " + partnership.cohort());
        write(scene, "offline.png");
    }

    // ---- choosing what to show: rich records, so every section of a detail pane has something in it ----

    /** Up to four cohorts: a fifth would push the table below the bottom of a 1280×800 window. */
    private static SchoolDto schoolWithMostCohorts(CacheQueries cache) {
        return cache.searchSchools("", 0, 500).stream()
                .map(row -> cache.school(row.urn()).orElseThrow())
                .filter(school -> school.inductionTutor() != null && Boolean.TRUE.equals(school.eligible()))
                .filter(school -> school.cohorts() != null && school.cohorts().size() <= 4)
                .max(Comparator.comparingInt((SchoolDto school) -> school.cohorts().size())
                        .thenComparing(SchoolDto::urn, Comparator.reverseOrder()))
                .orElseThrow(() -> new AssertionError("The demo has no eligible school with an induction tutor"));
    }

    private static ParticipantRow participantWithMostInductionRecords(CacheQueries cache) {
        return cache.searchParticipants("", 0, 1000).stream()
                .filter(row -> "ect".equalsIgnoreCase(row.type()))
                .max(Comparator.comparingInt((ParticipantRow row) -> inductionRecords(cache, row))
                        .thenComparing(ParticipantRow::id, Comparator.reverseOrder()))
                .orElseThrow(() -> new AssertionError("The demo has no ECT"));
    }

    private static int inductionRecords(CacheQueries cache, ParticipantRow row) {
        ParticipantDto participant = cache.participant(row.id()).orElseThrow();
        return participant.inductionRecords() == null ? 0 : participant.inductionRecords().size();
    }

    private static PartnershipRow partnershipInItsChallengeWindow(CacheQueries cache, DeskBackend backend) {
        java.time.LocalDate today = java.time.LocalDate.now(backend.clock());
        List<PartnershipRow> all = cache.searchPartnerships("", 0, 1000);
        Optional<PartnershipRow> open = all.stream()
                .filter(row -> row.challengeDeadline() != null && !row.challengeDeadline().isBefore(today))
                .min(Comparator.comparing(PartnershipRow::challengeDeadline).thenComparing(PartnershipRow::id));
        return open.orElseGet(() -> all.get(0));
    }

    private void write(Scene scene, String name) throws IOException {
        Path file = SceneSnapshot.write(scene, out.resolve(name));
        assertTrue(file.toFile().length() > 10_000, name + " is suspiciously small");
        LOG.info("Wrote {}", file);
    }

    private static String firstWord(String text) {
        return text.split("\\s+")[0];
    }

    private static String lastWord(String text) {
        String[] words = text.split("\\s+");
        return words[words.length - 1];
    }

}
