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
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.gui.help.AboutDialog;
import uk.gov.ects.desk.gui.screens.SceneSnapshot;
import uk.gov.ects.desk.launcher.DeskBackend;
import uk.gov.ects.desk.launcher.LaunchOptions;

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
    private static final int UI_TIMEOUT_SECONDS = 20;

    private final Path out = Path.of(System.getProperty("desk.screenshots.dir", "screenshots"));
    private Stage stage;
    private DeskBackend backend;
    private UiTaskExecutor executor;
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
        if (window != null) {
            robot.interact(() -> {
                window.close();
                stage.hide();
            });
        }
        if (backend != null) {
            backend.close();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    @Test
    @DisplayName("Tour of the app on the small demo: schools, participants, partnerships, About, offline")
    void tour(FxRobot robot, @TempDir Path dataDir) throws Exception {
        // The launcher's order: window first, then the backend behind it.
        backend = new DeskBackend(new LaunchOptions(null, null, dataDir));
        executor = new UiTaskExecutor();
        robot.interact(() -> {
            window = new MainWindow(backend.cache(), backend.sync(), executor, backend.clock(), backend::about);
            window.show(stage);
        });
        backend.start();
        waitUntil(SYNC_TIMEOUT_SECONDS, () -> window.viewModel().status().syncedProperty().get().startsWith("Synced")
                && !window.viewModel().status().syncingProperty().get());
        waitUntil(UI_TIMEOUT_SECONDS, () -> countOf(robot, "#schools-count") > 10 && countOf(robot, "#participants-count") > 10
                && countOf(robot, "#partnerships-count") > 0);

        CacheQueries cache = backend.cache();
        Scene scene = stage.getScene();

        SchoolDto school = schoolWithMostCohorts(cache);
        showTab(robot, 0);
        search(robot, "schools", firstWord(school.name()));
        select(robot, "schools", (SchoolRow row) -> row.urn().equals(school.urn()));
        waitForDetail(robot, "schools", school.name());
        write(scene, "schools.png");

        ParticipantRow participant = participantWithMostInductionRecords(cache);
        showTab(robot, 1);
        search(robot, "participants", lastWord(participant.fullName()));
        select(robot, "participants", (ParticipantRow row) -> row.id().equals(participant.id()));
        waitForDetail(robot, "participants", participant.fullName());
        write(scene, "participants.png");

        PartnershipRow partnership = partnershipInItsChallengeWindow(cache, backend);
        showTab(robot, 2);
        search(robot, "partnerships", partnership.schoolName());
        select(robot, "partnerships", (PartnershipRow row) -> row.id().equals(partnership.id()));
        waitForDetail(robot, "partnerships", partnership.schoolName() + ", cohort " + partnership.cohort());
        write(scene, "partnerships.png");

        showTab(robot, 0);
        Dialog<?>[] about = new Dialog<?>[1];
        robot.interact(() -> about[0] = window.showAbout());
        waitUntil(UI_TIMEOUT_SECONDS, () -> about[0].isShowing()
                && robot.lookup("#about-sheet").lookup((TextField field) -> field.getText().equals("Support agent")).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Path aboutFile = SceneSnapshot.writeWithDialog(scene, about[0].getDialogPane().getScene(), AboutDialog.TITLE,
                out.resolve("about.png"));
        LOG.info("Wrote {}", aboutFile);
        robot.interact(() -> about[0].close());
        waitUntil(UI_TIMEOUT_SECONDS, () -> !about[0].isShowing());

        // Offline: the service goes away; searching and details keep working from the cache.
        backend.stopSandboxService();
        robot.interact(() -> window.viewModel().syncNow());
        waitUntil(SYNC_TIMEOUT_SECONDS, () -> robot.lookup("#offline-banner").query().isVisible()
                && "Offline".equals(robot.lookup("#status-connection").queryLabeled().getText()));
        // The partnership's detail is short enough to sit below the banner whole.
        showTab(robot, 2);
        search(robot, "partnerships", partnership.leadProvider());
        select(robot, "partnerships", (PartnershipRow row) -> row.id().equals(partnership.id()));
        waitForDetail(robot, "partnerships", partnership.schoolName() + ", cohort " + partnership.cohort());
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

    // ---- driving the window ----

    private void showTab(FxRobot robot, int index) {
        robot.interact(() -> window.tabs().getSelectionModel().select(index));
    }

    /** Types into the search box as an agent does, then waits for the debounced search to show. */
    private void search(FxRobot robot, String tab, String text) throws TimeoutException {
        TextField box = robot.lookup("#" + tab + "-search").queryAs(TextField.class);
        SearchViewModel<?, ?> viewModel = window.viewModel().searchTabs().get(window.tabs().getSelectionModel().getSelectedIndex());
        robot.interact(() -> box.clear());
        robot.clickOn(box).write(text);
        waitUntil(UI_TIMEOUT_SECONDS, () -> text.equals(viewModel.shownText()) && !viewModel.searchingProperty().get()
                && countOf(robot, "#" + tab + "-count") > 0);
        waitForRows(robot, tab);
    }

    @SuppressWarnings("unchecked")
    private static <R> void select(FxRobot robot, String tab, Predicate<R> wanted) throws TimeoutException {
        TableView<PagedRows.Row<R>> table = robot.lookup("#" + tab + "-table").queryAs(TableView.class);
        int index = IntStream.range(0, table.getItems().size())
                .filter(i -> table.getItems().get(i).value() != null && wanted.test(table.getItems().get(i).value()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The " + tab + " search did not find the record to picture"));
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(index);
            table.getFocusModel().focus(index);
            table.scrollTo(Math.max(0, index - 3));
        });
        waitForRows(robot, tab);
    }

    /** Until no row in view still reads "Loading…". */
    @SuppressWarnings("unchecked")
    private static void waitForRows(FxRobot robot, String tab) throws TimeoutException {
        TableView<PagedRows.Row<?>> table = robot.lookup("#" + tab + "-table").queryAs(TableView.class);
        waitUntil(UI_TIMEOUT_SECONDS, () -> table.getItems().stream().limit(40).noneMatch(PagedRows.Row::loading));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForDetail(FxRobot robot, String tab, String title) throws TimeoutException {
        waitUntil(UI_TIMEOUT_SECONDS, () -> robot.from(robot.lookup("#" + tab + "-detail").queryAs(Node.class))
                .lookup("." + Styles.DETAIL_TITLE).tryQuery().map(node -> ((Label) node).getText()).filter(title::equals).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(Scene scene, String name) throws IOException {
        Path file = SceneSnapshot.write(scene, out.resolve(name));
        assertTrue(file.toFile().length() > 10_000, name + " is suspiciously small");
        LOG.info("Wrote {}", file);
    }

    private static int countOf(FxRobot robot, String query) {
        String text = robot.lookup(query).queryLabeled().getText();
        String digits = text == null ? "" : text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static String firstWord(String text) {
        return text.split("\\s+")[0];
    }

    private static String lastWord(String text) {
        String[] words = text.split("\\s+");
        return words[words.length - 1];
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
