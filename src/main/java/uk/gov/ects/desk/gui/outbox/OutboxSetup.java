package uk.gov.ects.desk.gui.outbox;

/**
 * What the window needs to show the Outbox tab. {@code dialogs} and {@code notifier} may be null:
 * the tab then asks with modal dialogs and notifies on the desktop.
 *
 * @param signIn runs on the UI thread when the agent chooses "Sign in again" (the launcher's sign-in)
 */
public record OutboxSetup(OutboxService service, Runnable signIn, OutboxDialogs dialogs, OutboxNotifier notifier) {

    public static OutboxSetup of(OutboxService service, Runnable signIn) {
        return new OutboxSetup(service, signIn, null, null);
    }
}
