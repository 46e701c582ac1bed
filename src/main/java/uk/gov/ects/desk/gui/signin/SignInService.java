package uk.gov.ects.desk.gui.signin;

/** What the sign-in dialog needs from the app; the launcher's backend provides it. */
public interface SignInService {

    /** The service address to offer first: the one in use or last used, or null when there is none. */
    String currentServiceUrl();

    /**
     * Checks {@code token} with GET /me at {@code serviceUrl} (already validated) and, when the
     * service accepts it, keeps it (encrypted) and uses it from now on. Blocks; the dialog calls it
     * in the background.
     *
     * @throws uk.gov.ects.desk.client.api.ApiException when the service refuses or cannot be reached
     * @throws SignInRefused when the token works but cannot be used for the desk
     */
    SignInOutcome signIn(String serviceUrl, String token) throws Exception;

    /** True when the app runs the training sandbox rather than a real service. */
    boolean usingSandbox();

    /**
     * Makes the next start open the training sandbox (a real service stays signed in for later).
     * Writes a file: the window calls it in the background.
     */
    void chooseSandboxNextStart();
}
