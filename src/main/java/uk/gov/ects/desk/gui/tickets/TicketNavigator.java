package uk.gov.ects.desk.gui.tickets;

/** Opens a record in its own tab; the main window implements it. */
public interface TicketNavigator {

    void showSchool(String urn);

    void showParticipant(String id);
}
