package uk.gov.ects.desk.gui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.ects.desk.client.session.ServiceAddress;
import uk.gov.ects.desk.client.session.SignedInAgent;
import uk.gov.ects.desk.client.session.WhoAmI;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.UiTaskExecutor;
import uk.gov.ects.desk.gui.fakes.FakeSync;
import uk.gov.ects.desk.gui.fakes.TestData;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/** Issue 4, item 7 "Sign-in and roles": File › Connect to a service… worked by keyboard against the real service. */
@ExtendWith(ApplicationExtension.class)
class SignInDialogFxTest extends ServiceTestBase {

    private final UiTaskExecutor executor = new UiTaskExecutor(2);
    private final List<String> signedInWith = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean sandboxChosen = new java.util.concurrent.atomic.AtomicBoolean();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(TestData.cacheWithOneOfEach(), new FakeSync(), executor, TestData.CLOCK, "test");
        window.withSignIn(new SignInService() {
            @Override
            public String currentServiceUrl() {
                return service.baseUrl();
            }

            @Override
            public SignInOutcome signIn(String serviceUrl, String token) throws Exception {
                SignedInAgent who = WhoAmI.ask(ServiceAddress.normalise(serviceUrl), token);
                signedInWith.add(token);
                return new SignInOutcome(who.name(), who.role(), false);
            }

            @Override
            public boolean usingSandbox() {
                return false;
            }

            @Override
            public void chooseSandboxNextStart() {
                sandboxChosen.set(true);
            }
        });
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(window::close);
        executor.shutdown();
    }

    @Test
    @DisplayName("From the File menu: a wrong address and a wrong token are explained, a good token signs in, Enter closes")
    void signInByKeyboard(FxRobot robot) throws TimeoutException {
        String token = fixture.token(Role.AGENT);
        MenuItem connect = ((MenuBar) robot.lookup("#menu-bar").query()).getMenus().get(0).getItems().stream()
                .filter(item -> "menu-connect".equals(item.getId())).findFirst().orElseThrow();
        assertEquals("Connect to a service…", connect.getText());
        robot.interact(connect::fire);
        waitUntil(() -> robot.lookup("#signin-dialog").tryQuery().isPresent());
        Window dialog = dialog(robot);

        assertEquals(service.baseUrl(), robot.lookup("#signin-url").queryAs(TextField.class).getText());
        TextField tokenField = robot.lookup("#signin-token").queryAs(TextField.class);
        assertInstanceOf(PasswordField.class, tokenField, "the token is masked");
        waitUntil(tokenField::isFocused);

        robot.targetWindow(dialog); // typed text goes to the dialog, not the main window
        robot.write("tok-wrong").type(KeyCode.ENTER);
        waitUntil(() -> SignInViewModel.TOKEN_REFUSED.equals(text(robot, "#signin-result")));
        assertTrue(dialog.isShowing(), "the dialog stays open to say what went wrong");

        // Back to the address: a plain-http address elsewhere is refused before anything is sent.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> robot.lookup("#signin-url").queryAs(TextField.class).isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("http://desk.example.gov.uk").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#signin-url-error").contains("must start with https://, not http://"));
        assertEquals(List.of(), signedInWith);

        robot.interact(() -> robot.lookup("#signin-url").queryAs(TextField.class).setText(service.baseUrl()));
        robot.interact(tokenField::requestFocus);
        waitUntil(tokenField::isFocused);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(token).type(KeyCode.ENTER);
        waitUntil(() -> "Signed in as Sam agent (support agent).".equals(text(robot, "#signin-result")));
        assertEquals(List.of(token), signedInWith);
        assertFalse(robot.lookup(node -> node instanceof Labeled labeled && labeled.getText() != null
                && labeled.getText().contains(token)).tryQuery().isPresent(), "the token is never shown");

        robot.type(KeyCode.ENTER);
        waitUntil(() -> !dialog.isShowing());
    }

    @Test
    @DisplayName("Asked by the app (a refused token): the dialog says why, and a second ask brings the same dialog forward")
    void askedByTheApp(FxRobot robot) throws TimeoutException {
        window.askToSignIn("The service did not accept your sign-in while sending your changes.");
        waitUntil(() -> robot.lookup("#signin-dialog").tryQuery().isPresent());
        Window first = dialog(robot);
        assertEquals("The service did not accept your sign-in while sending your changes.", text(robot, "#signin-reason"));

        window.askToSignIn("again");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#signin-dialog").queryAll().size());
        assertTrue(first.isShowing());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !first.isShowing());
    }

    @Test
    @DisplayName("File › Use the training sandbox: the next start opens the sandbox, and the window says so")
    void trainingSandboxNextStart(FxRobot robot) throws TimeoutException {
        MenuItem sandbox = ((MenuBar) robot.lookup("#menu-bar").query()).getMenus().get(0).getItems().stream()
                .filter(item -> "menu-use-sandbox".equals(item.getId())).findFirst().orElseThrow();

        robot.interact(sandbox::fire);

        waitUntil(sandboxChosen::get);
        waitUntil(() -> window.viewModel().messageProperty().get() != null
                && window.viewModel().messageProperty().get().startsWith("The training sandbox opens the next time"));
    }

    private static Window dialog(FxRobot robot) {
        return robot.lookup("#signin-dialog").query().getScene().getWindow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
