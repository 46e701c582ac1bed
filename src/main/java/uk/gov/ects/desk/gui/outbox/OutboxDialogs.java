package uk.gov.ects.desk.gui.outbox;

/** The questions the Outbox tab asks the agent; tests answer them without a dialog. Called on the UI thread. */
public interface OutboxDialogs {

    /** True when the agent confirms that the change should be thrown away. */
    boolean confirmDiscard(OutboxRow row);
}
