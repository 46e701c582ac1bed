package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.ects.desk.client.operations.OperationRequest;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeCache;
import uk.gov.ects.desk.gui.fakes.FakeSync;
import uk.gov.ects.desk.gui.fakes.FormData;
import uk.gov.ects.desk.gui.fakes.RecordingSubmitter;
import uk.gov.ects.desk.gui.fakes.TestData;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.support.Role;

/** The four forms agents use most, driven through the real window; each ends in a recorded submit. */
@ExtendWith(ApplicationExtension.class)
class OperationFormsFxTest {

    private final FakeCache cache = FormData.cache();
    private final RecordingSubmitter submitter = new RecordingSubmitter();
    private final UiTaskExecutor executor = new UiTaskExecutor(2);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(cache, new FakeSync(), executor, TestData.CLOCK, "test", submitter, () -> Role.AGENT);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        new FxRobot().targetWindow(stage);
    }

    @AfterEach
    void stop() {
        // TestFX keeps the window it types into between tests; give it back the main window's stage.
        new FxRobot().targetWindow(window.tabs().getScene().getWindow());
        new FxRobot().interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != window.tabs().getScene().getWindow()).toList()
                .forEach(w -> ((Stage) w).close()));
        window.close();
        executor.shutdown();
    }

    @Test
    @DisplayName("OVR-REVALIDATE with the keyboard only: find Jane, Ctrl+K, type, Tab through the form, Enter submits")
    void revalidateWithTheKeyboardOnly(FxRobot robot) throws TimeoutException { // rule: OVR-REVALIDATE
        robot.interact(() -> window.selectTab("participants-tab"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("1234567");
        waitUntil(() -> "1 participant".equals(robot.lookup("#participants-count").queryAs(Label.class).getText()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#action-revalidate").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#palette-query").tryQuery().map(Node::isFocused).orElse(false));
        typeInto(robot, "#palette-query");
        robot.write("revalid");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#form-field-trn").tryQuery().map(Node::isFocused).orElse(false));
        typeInto(robot, "#form-field-trn");

        robot.type(KeyCode.TAB).write("14/03/1990");
        robot.type(KeyCode.TAB).write("QQ123456C");
        robot.type(KeyCode.TAB); // known as: empty
        robot.type(KeyCode.TAB).write("School sent the date of birth from the passport");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> submitter.submitted.size() == 1);
        OperationRequest sent = submitter.lastSubmitted();
        assertEquals(Operation.OVR_REVALIDATE, sent.operation());
        assertEquals("POST", sent.method());
        assertEquals("/participants/pp-1/revalidation", sent.path());
        assertEquals("1234567", sent.body().get("trn").getAsString());
        assertEquals("1990-03-14", sent.body().get("date_of_birth").getAsString());
        assertEquals("QQ123456C", sent.body().get("nino").getAsString());
        assertEquals("School sent the date of birth from the passport", sent.body().get("reason").getAsString());
        assertEquals(4L, sent.basedOnVersion());
        waitUntil(() -> robot.lookup("#operation-form").tryQuery().isEmpty());
    }

    @Test
    @DisplayName("Escape closes a form without sending anything")
    void escapeCancels(FxRobot robot) throws TimeoutException {
        openOnSchool(robot, "#action-replace-tutor");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#operation-form").tryQuery().isEmpty());
        assertTrue(submitter.submitted.isEmpty());
    }

    @Test
    @DisplayName("OVR-PROG: change Oak Primary's 2025 programme; the form says 3 ECTs move; PUT .../programme")
    void changeProgrammeChoice(FxRobot robot) throws TimeoutException { // rule: OVR-PROG
        openOnSchool(robot, "#action-change-programme");
        choose(robot, "#form-field-cohort", "2025");
        choose(robot, "#form-field-choice", "design_our_own");
        waitUntil(() -> text(robot, "#form-statement").contains("Moves 3 current ECTs"));
        robot.clickOn("#form-field-reason").write("Ticket 7: the school now runs its own programme");
        robot.clickOn("#form-submit");

        waitUntil(() -> submitter.submitted.size() == 1);
        OperationRequest sent = submitter.lastSubmitted();
        assertEquals(Operation.OVR_PROG, sent.operation());
        assertEquals("PUT", sent.method());
        assertEquals("/schools/100001/cohorts/2025/programme", sent.path());
        assertEquals("design_our_own", sent.body().get("choice").getAsString());
        assertTrue(sent.body().get("override").getAsBoolean());
        assertEquals(7L, sent.basedOnVersion());
    }

    @Test
    @DisplayName("OVR-MENTOR-POOL: add Max to Elm Academy's pool by URN; POST .../mentor-pools {school_urn}")
    void addMentorToSecondSchoolsPool(FxRobot robot) throws TimeoutException { // rule: OVR-MENTOR-POOL
        robot.interact(() -> window.selectTab("participants-tab"));
        robot.clickOn("#participants-search").write("Max");
        waitUntil(() -> "1 participant".equals(text(robot, "#participants-count")));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#action-add-to-mentor-pool").tryQuery().isPresent());
        robot.clickOn("#action-add-to-mentor-pool");
        waitUntil(() -> robot.lookup("#form-field-school-urn").tryQuery().isPresent());

        robot.clickOn("#form-field-school-urn").write("100002");
        waitUntil(() -> text(robot, "#form-help-school-urn").equals("Elm Academy, City of London"));
        robot.clickOn("#form-field-reason").write("Max also mentors at Elm Academy from this term");
        waitUntil(() -> text(robot, "#form-statement").startsWith("Adds Max Mentor to the mentor pool of Elm Academy"));
        robot.clickOn("#form-submit");

        waitUntil(() -> submitter.submitted.size() == 1);
        OperationRequest sent = submitter.lastSubmitted();
        assertEquals(Operation.OVR_MENTOR_POOL, sent.operation());
        assertEquals("POST", sent.method());
        assertEquals("/participants/pp-2/mentor-pools", sent.path());
        assertEquals("100002", sent.body().get("school_urn").getAsString());
    }

    @Test
    @DisplayName("CSIT-1: replace Oak Primary's induction tutor; PUT .../induction-tutor {mode: replace}")
    void replaceInductionTutor(FxRobot robot) throws TimeoutException { // rule: CSIT-1
        openOnSchool(robot, "#action-replace-tutor");
        robot.clickOn("#form-field-full-name").write("Sam Lee");
        robot.clickOn("#form-field-email").write("sam@oak");
        waitUntil(() -> text(robot, "#form-help-email").startsWith("Check the email address"));
        robot.write(".sch.uk");
        waitUntil(() -> text(robot, "#form-statement").startsWith("Replaces Pat Tutor with Sam Lee"));
        robot.clickOn("#form-submit");

        waitUntil(() -> submitter.submitted.size() == 1);
        OperationRequest sent = submitter.lastSubmitted();
        assertEquals(Operation.CHANGE_INDUCTION_TUTOR, sent.operation());
        assertEquals("PUT", sent.method());
        assertEquals("/schools/100001/induction-tutor", sent.path());
        assertEquals("replace", sent.body().get("mode").getAsString());
        assertEquals("Sam Lee", sent.body().get("full_name").getAsString());
        assertEquals("sam@oak.sch.uk", sent.body().get("email").getAsString());
    }

    @Test
    @DisplayName("Preview: the form lays out the service's answer — the school by name, the tutor before → after, the email")
    void previewLaidOut(FxRobot robot) throws TimeoutException { // rule: CSIT-1
        openOnSchool(robot, "#action-replace-tutor");
        robot.clickOn("#form-field-full-name").write("Sam Lee");
        robot.clickOn("#form-field-email").write("sam@oak.sch.uk");
        waitUntil(() -> text(robot, "#form-statement").startsWith("Replaces Pat Tutor with Sam Lee"));
        JsonObject oak = cache.resource("school", "100001").orElseThrow().attributes().deepCopy();
        JsonObject tutor = new JsonObject();
        tutor.addProperty("full_name", "Sam Lee");
        tutor.addProperty("email", "sam@oak.sch.uk");
        oak.add("induction_tutor", tutor);
        submitter.previewAnswer = Preview.wouldApply(
                List.of(new Preview.Resource("school", "100001", 8L, oak)),
                List.of(new Preview.Email("sam@oak.sch.uk",
                        "induction_tutor_nominated", "You are the induction tutor")));

        robot.interact(() -> robot.lookup("#form-preview").queryButton().fire());

        waitUntil(() -> robot.lookup("#form-preview-detail").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(text(robot, "#form-preview-text").startsWith("The service checked every rule and would make this change"));
        VBox detail = robot.lookup("#form-preview-detail").queryAs(VBox.class);
        List<String> shown = robot.from(detail).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(shown.containsAll(List.of("Oak Primary (URN 100001)", "Induction tutor › Name",
                "Pat Tutor → Sam Lee", "The email that would go", "Induction tutor nominated", "to sam@oak.sch.uk")),
                shown.toString());
    }

    @Test
    @DisplayName("OVR-MERGE needs a lead: an agent sees the button disabled, saying why")
    void leadOnlyActionsAreDisabledForAnAgent(FxRobot robot) throws TimeoutException { // rule: OVR-MERGE
        robot.interact(() -> window.selectTab("participants-tab"));
        robot.clickOn("#participants-search").write("1234567");
        waitUntil(() -> "1 participant".equals(text(robot, "#participants-count")));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#action-merge").tryQuery().isPresent());

        Button merge = robot.lookup("#action-merge").queryButton();
        assertTrue(merge.isDisabled());
        assertEquals("Only a support lead can do this; you are signed in as agent. Ask a lead to do it.",
                merge.getAccessibleHelp());
        assertFalse(robot.lookup("#action-revalidate").queryButton().isDisabled());
    }

    /** TestFX types text into its target window; keys go to whichever window has focus, as for a person. */
    private static void typeInto(FxRobot robot, String focusedNode) {
        robot.targetWindow(robot.lookup(focusedNode).query().getScene().getWindow());
    }

    private void openOnSchool(FxRobot robot, String action) throws TimeoutException {
        robot.interact(() -> window.selectTab("schools-tab"));
        robot.clickOn("#schools-search").write("oak");
        waitUntil(() -> "1 school".equals(text(robot, "#schools-count")));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(action).tryQuery().isPresent());
        robot.clickOn(action);
        waitUntil(() -> robot.lookup("#operation-form").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String comboId, String code) {
        ComboBox<Choice> combo = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.interact(() -> combo.getItems().stream().filter(c -> c.code().equals(code)).findFirst()
                .ifPresent(c -> combo.getSelectionModel().select(c)));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> node instanceof Label label ? label.getText()
                : node instanceof TextField field ? field.getText() : "").orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
