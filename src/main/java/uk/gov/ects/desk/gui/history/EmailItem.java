package uk.gov.ects.desk.gui.history;

/** One email in words; {@code accessLink} marks the school's access-link emails, which can be resent. */
public record EmailItem(String id, String when, String to, String subject, String template, boolean accessLink) {

    public String text() {
        return when + " · " + template + "\nTo: " + to + "\nSubject: " + subject;
    }
}
