package uk.gov.ects.desk.gui.history;

/** One note in words. */
public record NoteItem(String id, String when, String author, String body) {

    public String text() {
        return when + " · " + author + "\n" + body;
    }
}
