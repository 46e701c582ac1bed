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
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
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
import uk.gov.ects.desk.client.outbox.OutboxState;
import uk.gov.ects.desk.gui.help.AboutDialog;
import uk.gov.ects.desk.gui.operations.Choice;
import uk.gov.ects.desk.gui.operations.OperationFormView;
import uk.gov.ects.desk.gui.outbox.OutboxRow;
import uk.gov.ects.desk.gui.outbox.OutboxTab;
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

        pictureProgrammeFormWithPreview(robot, desk, scene, school);
        pictureOutboxConflict(robot, desk, scene, school, dataDir);

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

    // ---- an operation form with the service's preview ------------------------------------------------

    /**
     * The programme choice form of the school pictured above, with a cohort and a programme that pass
     * the form's own rules, and the service's answer to "Preview". The form is built in the
     * background from the cache and fills the programme list when a cohort is chosen, so each step
     * waits for the items it picks from.
     */
    private void pictureProgrammeFormWithPreview(FxRobot robot, DeskRobot desk, Scene scene, SchoolDto school)
            throws Exception {
        desk.showTab(0);
        // By URN: searching again for what the box already shows would not wait for fresh rows.
        desk.search("schools", school.urn());
        desk.select("schools", (SchoolRow row) -> row.urn().equals(school.urn()));
        desk.waitForDetail("schools", school.name());
        OperationFormView form = openForm(robot, "#action-change-programme");
        ComboBox<Choice> cohort = combo(robot, form, "#form-field-cohort");
        ComboBox<Choice> choice = combo(robot, form, "#form-field-choice");
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> DeskRobot.onFx(() -> !cohort.getItems().isEmpty()));

        for (Choice year : DeskRobot.onFx(() -> List.copyOf(cohort.getItems()))) {
            robot.interact(() -> cohort.getSelectionModel().select(year));
            DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> DeskRobot.onFx(() -> !choice.getItems().isEmpty()));
            for (Choice programme : DeskRobot.onFx(() -> List.copyOf(choice.getItems()))) {
                robot.interact(() -> choice.getSelectionModel().select(programme));
                WaitForAsyncUtils.waitForFxEvents();
                if (DeskRobot.onFx(() -> form.viewModel().reasonNeededProperty().get())) {
                    TextInputControl reason = robot.from(form.root()).lookup("#form-field-reason").queryAs(TextInputControl.class);
                    robot.interact(() -> reason.setText("Ticket 12: the school asked to change its programme"));
                }
                WaitForAsyncUtils.waitForFxEvents();
                if (!DeskRobot.onFx(() -> form.viewModel().validProperty().get())) {
                    LOG.info("Cohort {}, {}: the form says \"{}\"; trying the next", year.code(), programme.code(),
                            DeskRobot.onFx(() -> form.viewModel().problemProperty().get()));
                    continue; // the form's own rules already say no: try the next programme
                }
                robot.interact(() -> form.viewModel().preview());
                DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> DeskRobot.onFx(() -> {
                    String text = form.viewModel().previewTextProperty().get();
                    return !text.isBlank() && !text.startsWith("Asking");
                }));
                String answer = DeskRobot.onFx(() -> form.viewModel().previewTextProperty().get());
                // Only the outcome: the preview's text names the emails' recipients, which are never logged.
                LOG.info("Cohort {}, {}: the service's preview answered {}", year.code(), programme.code(),
                        DeskRobot.onFx(() -> form.viewModel().previewProperty().get() == null ? "nothing"
                                : form.viewModel().previewProperty().get().outcome()));
                if (answer.startsWith("The service checked every rule")) {
                    LOG.info("Previewed the programme form: cohort {}, {}", year.code(), programme.code());
                    WaitForAsyncUtils.waitForFxEvents();
                    Path file = SceneSnapshot.writeWithDialog(scene, form.root().getScene(), form.viewModel().title(),
                            out.resolve("operation-form.png"));
                    LOG.info("Wrote {}", file);
                    robot.interact(form::close);
                    return;
                }
            }
        }
        robot.interact(form::close);
        throw new AssertionError("No cohort and programme of " + school.urn() + " that the service would accept");
    }

    private OperationFormView openForm(FxRobot robot, String actionButton) throws TimeoutException {
        OperationFormView before = DeskRobot.onFx(() -> window.launcher().lastOpened());
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> robot.lookup(actionButton).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(actionButton).queryAs(Button.class).fire());
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> DeskRobot.onFx(() -> {
            OperationFormView now = window.launcher().lastOpened();
            return now != null && now != before && now.root().getScene() != null
                    && now.root().getScene().getWindow().isShowing();
        }));
        return DeskRobot.onFx(() -> window.launcher().lastOpened());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Choice> combo(FxRobot robot, OperationFormView form, String id) {
        return robot.from(form.root()).lookup(id).queryAs(ComboBox.class);
    }

    // ---- the Outbox with a real conflict ------------------------------------------------------------

    /**
     * A real 412: the agent opens "Correct the induction tutor" on the school (the form takes the
     * cached version), another agent renames the tutor through the service meanwhile, and the agent
     * sends a new email address on the version they saw. The Outbox shows the conflict side by side.
     */
    private void pictureOutboxConflict(FxRobot robot, DeskRobot desk, Scene scene, SchoolDto school, Path dataDir)
            throws Exception {
        desk.showTab(0);
        desk.search("schools", firstWord(school.name()));
        desk.select("schools", (SchoolRow row) -> row.urn().equals(school.urn()));
        desk.waitForDetail("schools", school.name());
        OperationFormView form = openForm(robot, "#action-correct-tutor");
        long seen = backend.cache().version("school", school.urn()).orElseThrow();

        String tutor = school.inductionTutor().fullName();
        String renamed = tutor + "-Hughes";
        int status = secondAgentWrites("PUT", "/schools/" + school.urn() + "/induction-tutor",
                "{\"mode\":\"update\",\"full_name\":\"" + renamed + "\",\"email\":\"" + school.inductionTutor().email()
                        + "\",\"reason\":\"Surname changed on marriage (ticket 9)\"}", seen, dataDir);
        assertTrue(status == 200, "the second agent's change was refused: " + status);

        String newEmail = "induction.tutor@" + school.urn() + ".sch.uk";
        TextInputControl email = robot.from(form.root()).lookup("#form-field-email").queryAs(TextInputControl.class);
        robot.interact(() -> email.setText(newEmail));
        WaitForAsyncUtils.waitForFxEvents();
        if (DeskRobot.onFx(() -> form.viewModel().reasonNeededProperty().get())) {
            TextInputControl reason = robot.from(form.root()).lookup("#form-field-reason").queryAs(TextInputControl.class);
            robot.interact(() -> reason.setText("Ticket 14: the tutor has a new work address"));
        }
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> DeskRobot.onFx(() -> form.viewModel().validProperty().get()));
        robot.interact(() -> form.viewModel().submit());
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> DeskRobot.onFx(() -> form.viewModel().submittedProperty().get() != null));

        DeskRobot.waitUntil(SYNC_TIMEOUT_SECONDS, () -> backend.outbox().entries().stream()
                .anyMatch(entry -> entry.state() == OutboxState.CONFLICT && entry.target().id().equals(school.urn())));
        robot.interact(() -> window.selectTab(OutboxTab.TAB_ID));
        @SuppressWarnings("unchecked")
        TableView<OutboxRow> outboxTable = robot.lookup("#outbox-table").queryAs(TableView.class);
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> DeskRobot.onFx(() -> outboxTable.getItems().stream()
                .anyMatch(OutboxRow::isConflict)));
        robot.interact(() -> {
            outboxTable.requestFocus();
            outboxTable.getItems().stream().filter(OutboxRow::isConflict).findFirst()
                    .ifPresent(row -> outboxTable.getSelectionModel().select(row));
        });
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> robot.lookup("#outbox-show-conflict").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.interact(() -> robot.lookup("#outbox-show-conflict").queryAs(Button.class).fire());
        DeskRobot.waitUntil(DeskRobot.UI_TIMEOUT_SECONDS, () -> robot.lookup("#outbox-conflict").query().isVisible()
                && robot.from(robot.lookup("#outbox-conflict-fields").queryAs(Node.class)).lookup(renamed).tryQuery().isPresent());
        // The table's share of the tab is small: one change; the side-by-side gets the room.
        robot.interact(() -> robot.lookup("#outbox").queryAs(javafx.scene.layout.BorderPane.class).getCenter()
                .lookupAll(".split-pane").stream().findFirst()
                .ifPresent(split -> ((javafx.scene.control.SplitPane) split).setDividerPositions(0.2)));
        WaitForAsyncUtils.waitForFxEvents();
        write(scene, "outbox-conflict.png");

        // The later pictures show the app with nothing needing attention.
        robot.interact(() -> robot.lookup("#outbox-conflict-back").queryAs(Button.class).fire());
        backend.outbox().entries().stream().filter(entry -> entry.state() == OutboxState.CONFLICT)
                .forEach(entry -> backend.outbox().discard(entry.id()));
    }

    /** Another support agent (the demo's lead) changes a record through the service, not through this app. */
    private int secondAgentWrites(String method, String path, String json, long ifMatch, Path dataDir) throws Exception {
        String token = java.nio.file.Files.readAllLines(dataDir.resolve("sandbox").resolve("tokens.txt")).stream()
                .filter(line -> line.startsWith("lead=")).map(line -> line.substring("lead=".length()).trim())
                .findFirst().orElseThrow(() -> new AssertionError("The sandbox has no lead token"));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(backend.about().serviceUrl() + path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .header("If-Match", "\"" + ifMatch + "\"")
                .build();
        java.net.http.HttpResponse<String> reply = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            LOG.warn("The second agent's change: {} {}", reply.statusCode(), reply.body());
        }
        return reply.statusCode();
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
