package uk.gov.ects.desk.gui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.client.session.ServiceAddress;
import uk.gov.ects.desk.client.session.SignedInAgent;
import uk.gov.ects.desk.client.session.WhoAmI;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/** Issue 4, item 7 "Sign-in and roles": the sign-in dialog's state, against the real service on loopback. */
class SignInViewModelTest extends ServiceTestBase {

    /** Checks with GET /me like the app does, and remembers what it was asked to use. */
    private final class CheckingService implements SignInService {
        final List<String> asked = new ArrayList<>();

        @Override
        public String currentServiceUrl() {
            return service.baseUrl();
        }

        @Override
        public SignInOutcome signIn(String serviceUrl, String token) throws Exception {
            asked.add(serviceUrl);
            SignedInAgent who = WhoAmI.ask(ServiceAddress.normalise(serviceUrl), token);
            return new SignInOutcome(who.name(), who.role(), false);
        }

        @Override
        public boolean usingSandbox() {
            return false;
        }

        @Override
        public void chooseSandboxNextStart() {
            throw new AssertionError("the sign-in dialog never chooses the sandbox");
        }
    }

    private final CheckingService checking = new CheckingService();

    private SignInViewModel viewModel(String reason) {
        return new SignInViewModel(checking, new CurrentThreadTaskExecutor(), reason);
    }

    @Test
    @DisplayName("A good token signs in and says who the agent is and their role")
    void goodToken() {
        String token = fixture.token(Role.AGENT);
        SignInViewModel vm = viewModel(null);
        assertEquals(service.baseUrl(), vm.urlProperty().get(), "the service in use is offered");
        vm.tokenProperty().set("  " + token + "\n");

        vm.checkAndSignIn();

        assertTrue(vm.signedInProperty().get());
        assertEquals("Signed in as Sam agent (support agent).", vm.resultProperty().get());
        assertEquals("", vm.tokenErrorProperty().get());
        assertTrue(vm.checkDisabled().get(), "nothing more to check until the agent edits");
        assertFalse(vm.busyProperty().get());

        vm.tokenProperty().set(token + "x");
        assertFalse(vm.signedInProperty().get(), "an edited token has not been checked");
        assertEquals("", vm.resultProperty().get());
    }

    @Test
    @DisplayName("A lead's and a viewer's tokens say their role")
    void rolesShown() {
        SignInViewModel vm = viewModel(null);
        vm.tokenProperty().set(fixture.token(Role.LEAD));
        vm.checkAndSignIn();
        assertEquals("Signed in as Sam lead (support lead).", vm.resultProperty().get());

        vm.tokenProperty().set(fixture.token(Role.VIEWER));
        vm.checkAndSignIn();
        assertEquals("Signed in as Sam viewer (viewer).", vm.resultProperty().get());
    }

    @Test
    @DisplayName("A token the service does not know, or an expired one, gets the plain-English refusal")
    void wrongToken() {
        SignInViewModel vm = viewModel("The service did not accept your sign-in.");
        assertEquals("The service did not accept your sign-in.", vm.reasonProperty().get());
        vm.tokenProperty().set("tok-not-a-real-one");
        vm.checkAndSignIn();

        assertFalse(vm.signedInProperty().get());
        assertTrue(vm.failedProperty().get());
        assertEquals(SignInViewModel.TOKEN_REFUSED, vm.resultProperty().get());
        assertEquals(SignInViewModel.TOKEN_REFUSED, vm.tokenErrorProperty().get());

        vm.tokenProperty().set(fixture.token(Role.AGENT, Instant.parse("2020-01-01T00:00:00Z")));
        assertEquals("", vm.tokenErrorProperty().get(), "typing clears the old refusal");
        vm.checkAndSignIn();
        assertEquals(SignInViewModel.TOKEN_REFUSED, vm.resultProperty().get());
    }

    @Test
    @DisplayName("Bad addresses and a missing token are named before anything is sent")
    void validation() {
        SignInViewModel vm = viewModel(null);
        vm.urlProperty().set("http://desk.example.gov.uk");
        vm.checkAndSignIn();
        assertTrue(vm.urlErrorProperty().get().contains("must start with https://, not http://"),
                vm.urlErrorProperty().get());
        assertEquals(SignInViewModel.TOKEN_MISSING, vm.tokenErrorProperty().get());

        vm.urlProperty().set("");
        vm.tokenProperty().set("tok one");
        vm.checkAndSignIn();
        assertTrue(vm.urlErrorProperty().get().startsWith("Enter the service address"));
        assertTrue(vm.tokenErrorProperty().get().contains("no spaces"));
        assertTrue(checking.asked.isEmpty(), "nothing reached the service");
    }

    @Test
    @DisplayName("An address where nothing answers says to check the address and the connection")
    void unreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SignInViewModel vm = viewModel(null);
        vm.urlProperty().set("http://127.0.0.1:" + closedPort + "/api/support/v1/");
        vm.tokenProperty().set(fixture.token(Role.AGENT));
        vm.checkAndSignIn();

        assertTrue(vm.failedProperty().get());
        assertTrue(vm.resultProperty().get().startsWith("The app could not reach the service at this address."),
                vm.resultProperty().get());
    }

    @Test
    @DisplayName("An address with something else on it (no Support API) says so")
    void notTheApi() {
        SignInViewModel vm = viewModel(null);
        vm.urlProperty().set(service.baseUrl().replace("/api/support/v1", "/nothing-here"));
        vm.tokenProperty().set(fixture.token(Role.AGENT));
        vm.checkAndSignIn();

        assertEquals("There is no Support API at this address.", vm.urlErrorProperty().get());
    }
}
