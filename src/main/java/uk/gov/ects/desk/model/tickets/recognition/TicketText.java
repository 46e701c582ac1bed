package uk.gov.ects.desk.model.tickets.recognition;

/** The text a ticket is read from: {@code subject + "\n" + body}, with what the finders ask of it. */
final class TicketText {

    private final String text;
    private final int subjectLength;
    private final int signOffStart;

    TicketText(String subject, String body) {
        String safeSubject = subject == null ? "" : subject;
        this.text = safeSubject + "\n" + (body == null ? "" : body);
        this.subjectLength = safeSubject.length();
        this.signOffStart = SignOff.start(text, subjectLength + 1);
    }

    String text() {
        return text;
    }

    boolean inSubject(int offset) {
        return offset < subjectLength;
    }

    /** Whether {@code offset} is in the closing block (sign-off, name, job title, school, phone). */
    boolean inSignOff(int offset) {
        return offset >= signOffStart;
    }

    int lineStart(int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    int lineEnd(int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }

    /** Up to {@code max} characters before {@code offset} on the same line. */
    String before(int offset, int max) {
        return text.substring(Math.max(lineStart(offset), offset - max), offset);
    }

    /**
     * Whether the line around {@code offset} is written in capitals, where a name cannot be told
     * from other words by its capital letter.
     */
    boolean shoutingAt(int offset) {
        int upper = 0;
        int letters = 0;
        for (int i = lineStart(offset); i < lineEnd(offset); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 12 && upper >= letters * 0.8;
    }
}
