package uk.gov.ects.desk.gui.signin;

/** The service accepted the token, but the desk cannot use it; the message says what to do. */
public final class SignInRefused extends Exception {
    public SignInRefused(String message) {
        super(message);
    }
}
