package uk.gov.ects.desk.gui.signin;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.session.ServiceAddress;
import uk.gov.ects.desk.gui.common.BackgroundTask;
import uk.gov.ects.desk.gui.common.TaskExecutor;

/**
 * File › Connect to a service…: the service address and the agent's token, checked with GET /me
 * in the background. Says who the agent is once the service accepts the token, or what to do when
 * it does not.
 */
public final class SignInViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);

    public static final String TOKEN_REFUSED = "The service did not accept this token. Check you copied all of it, "
            + "or ask your team lead for a new one.";
    public static final String TOKEN_MISSING = "Paste the agent token your team lead gave you.";

    private final SignInService service;
    private final TaskExecutor executor;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

    /** @param why the reason the app asks (a refused token, none yet), or null when the agent chose to sign in */
    public SignInViewModel(SignInService service, TaskExecutor executor, String why) {
        this.service = service;
        this.executor = executor;
        String current = service.currentServiceUrl();
        url.set(current == null ? "" : current);
        reason.set(why == null ? "" : why);
        // Editing after an answer starts afresh: the old answer was about other text.
        url.addListener((obs, old, now) -> edited(urlError));
        token.addListener((obs, old, now) -> edited(tokenError));
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    /** What is wrong with the address, or empty. */
    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    /** What is wrong with the token, or empty. */
    public ReadOnlyStringProperty tokenErrorProperty() {
        return tokenError.getReadOnlyProperty();
    }

    /** Why the app asks the agent to sign in, or empty. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** "Signed in as …", "Checking…" or what went wrong and what to do. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /** The last check failed (the result text says why). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** True while "Check and sign in" can do nothing useful: checking, or signed in with this text. */
    public BooleanBinding checkDisabled() {
        return Bindings.createBooleanBinding(() -> busy.get() || signedIn.get(), busy, signedIn);
    }

    /** Validates both fields and, when they look right, asks the service in the background. */
    public void checkAndSignIn() {
        if (busy.get()) {
            return;
        }
        String urlProblem = ServiceAddress.problemWith(url.get());
        String typedToken = token.get() == null ? "" : token.get().strip();
        urlError.set(urlProblem == null ? "" : urlProblem);
        tokenError.set(typedToken.isEmpty() ? TOKEN_MISSING : typedToken.contains(" ")
                ? "A token has no spaces in it. Copy it again, all on one line." : "");
        if (!urlError.get().isEmpty() || !tokenError.get().isEmpty()) {
            result.set("");
            failed.set(true);
            return;
        }
        String address = url.get().strip();
        busy.set(true);
        failed.set(false);
        signedIn.set(false);
        result.set("Checking your token with the service…");
        BackgroundTask.wrap(() -> service.signIn(address, typedToken))
                .onSuccess(this::accepted)
                .onFailure(this::refused)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void accepted(SignInOutcome outcome) {
        signedIn.set(true);
        failed.set(false);
        String who = "Signed in as " + outcome.name() + " (" + roleWords(outcome.role()) + ").";
        result.set(outcome.restartNeeded()
                ? who + " Restart the app to open your records from this service; your sign-in is kept."
                : who);
    }

    private void refused(Exception e) {
        failed.set(true);
        signedIn.set(false);
        if (e instanceof ApiException.Unauthorised) {
            tokenError.set(TOKEN_REFUSED);
            result.set(TOKEN_REFUSED);
        } else if (e instanceof ApiException.Offline) {
            result.set("The app could not reach the service at this address. Check the address is right and that "
                    + "you are connected (on the VPN if your team uses one), then try again.");
        } else if (e instanceof ApiException.ClientError || e instanceof ApiException.Unexpected) {
            urlError.set("There is no Support API at this address.");
            result.set("Something answered at this address, but not the Support API. Check you copied the whole "
                    + "address your team lead gave you.");
        } else if (e instanceof ApiException || e instanceof SignInRefused) {
            result.set(e.getMessage());
        } else {
            LOG.warn("Signing in failed unexpectedly: {}", e.getClass().getSimpleName());
            result.set("Signing in failed unexpectedly. Try again; if it keeps happening, tell the desk's maintainers.");
        }
    }

    private void edited(ReadOnlyStringWrapper error) {
        error.set("");
        if (!busy.get() && (signedIn.get() || failed.get())) {
            signedIn.set(false);
            failed.set(false);
            result.set("");
        }
    }

    /** The role as the agent knows it. */
    static String roleWords(String code) {
        return switch (code == null ? "" : code.toLowerCase(Locale.ROOT)) {
            case "viewer" -> "viewer";
            case "agent" -> "support agent";
            case "lead" -> "support lead";
            default -> code;
        };
    }
}
