package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a ticket's closing block begins: "Kind regards", then the sender's name, job title, school,
 * address and phone. Its words say who wrote, not what the ticket is about, so an "induction tutor"
 * signing a ticket about a leaving date does not make it an induction tutor ticket. The finders still
 * read it: the sender's name and school are useful links.
 *
 * <p>Read from the end of the body: the trailing run of short lines with none of a sentence's words
 * ("we", "please", "is"), starting at its first closing, name or job title; or, on the last line, a
 * closing after a sentence ("... URN 119876. Thanks, Martin Hughes, 07700 900314"). Anything the
 * rules are not sure of stays in the ticket's words, so a miss costs no more than before.
 */
final class SignOff {

    private static final int MAX_LINE_WORDS = 10;
    private static final int MAX_BLOCK_LINES = 8;
    private static final int MAX_INLINE_WORDS = 12;

    private static final String CLOSINGS = "many\\s+thanks|thanks\\s+again|thanks\\s+in\\s+advance|thank\\s+you|thanks"
            + "|kind\\s+regards|best\\s+regards|warm\\s+regards|warmest\\s+regards|with\\s+thanks|regards|best\\s+wishes"
            + "|all\\s+the\\s+best|best|cheers|yours\\s+sincerely|yours\\s+faithfully|sincerely|speak\\s+soon";
    private static final Pattern CLOSING_LINE = Pattern.compile("(?i)^(?:" + CLOSINGS + ")(?:\\s*[,.!:;-]\\s*.*)?$");
    private static final Pattern CLOSING_WORDS = Pattern.compile("(?i)^(?:" + CLOSINGS + ")");
    private static final Pattern CLOSING_AFTER_SENTENCE = Pattern.compile(
            "(?i)(?:^|[.!?]\\s+|,\\s+|\\s)(?<closing>(?:" + CLOSINGS + "))(?=\\s*(?:[,.!-]|$))");
    private static final Pattern DELIMITER = Pattern.compile("^(?:--+|__+|sent from my \\w+.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_AND_NAME = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+[A-Z]");
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:[A-Z](?:[a-z]+|['’][A-Z][a-z]+)(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?|[A-Z]\\.?)(?![A-Za-z])");
    private static final Pattern JOB_TITLE = Pattern.compile("(?i)^(?:(?:school\\s+)?induction\\s+(?:tutor|lead|coordinator)"
            + "|(?:deputy\\s+|assistant\\s+|executive\\s+|acting\\s+)?head(?:\\s*teacher)?(?:\\s+of\\b.*)?"
            + "|(?:vice\\s+|assistant\\s+)?principal|senco|sendco|dsl|(?:school\\s+)?business\\s+manager"
            + "|office\\s+manager|(?:school\\s+)?office|admin(?:istrator|istration)?(?:\\s+(?:officer|assistant))?"
            + "|(?:ect|ecf|mentor|cpd|early\\s+career)\\s+(?:lead|coordinator|co-ordinator)|lead\\s+mentor"
            + "|professional\\s+tutor|teacher|class\\s+teacher|ect|mentor|sit|hr(?:\\s+officer)?|data\\s+manager"
            + "|clerk|bursar|pa\\s+to\\b.*)\\b");
    /** Words of a sentence, never of a name, title or address: a line with one is part of the message. */
    private static final Set<String> SENTENCE_WORDS = Set.of(
            "i", "i'm", "im", "we", "we're", "we've", "our", "us", "you", "your", "he", "she", "they", "it", "it's",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
            "can't", "cant", "cannot", "do", "does", "did", "not", "please", "this", "that", "there", "if", "but",
            "when", "what", "why", "how", "who", "need", "needs", "want", "my", "me", "to", "the", "a", "an", "for",
            "from", "as", "by", "on");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}0-9'’]+");

    private SignOff() {
    }

    /**
     * The offset in {@code text} where the closing block starts, or {@code text.length()} when there
     * is none. Never before {@code bodyStart}, and never at the body's first line: a one-line ticket
     * is all message.
     */
    static int start(String text, int bodyStart) {
        List<Line> lines = Line.of(text, bodyStart);
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last <= 0) {
            return last == 0 ? inlineStart(lines.get(0), false) : text.length();
        }
        int runStart = last + 1;
        for (int i = last; i >= 1 && last - i < MAX_BLOCK_LINES; i--) {
            Line line = lines.get(i);
            if (!line.isBlank() && !isClosing(line.trimmed()) && !signatureLike(line.trimmed())) {
                break;
            }
            runStart = i;
        }
        for (int i = runStart; i <= last; i++) {
            String trimmed = lines.get(i).trimmed();
            if (isClosing(trimmed) || DELIMITER.matcher(trimmed).matches() || startsWithName(trimmed)
                    || JOB_TITLE.matcher(trimmed).find()) {
                return lines.get(i).start() + lines.get(i).indent();
            }
        }
        return inlineStart(lines.get(last), true);
    }

    /** A closing at the end of the last line: "... URN 119876. Thanks, Martin Hughes, 07700 900314". */
    private static int inlineStart(Line line, boolean hasLinesAbove) {
        Matcher matcher = CLOSING_AFTER_SENTENCE.matcher(line.text());
        int found = -1;
        while (matcher.find()) {
            String rest = line.text().substring(matcher.end("closing"));
            if (wordCount(rest) <= MAX_INLINE_WORDS && !hasSentenceWord(rest) && (matcher.start("closing") > 0 || hasLinesAbove)) {
                found = matcher.start("closing");
                break;
            }
        }
        return found < 0 ? line.end() : line.start() + found;
    }

    private static boolean isClosing(String trimmed) {
        if (!CLOSING_LINE.matcher(trimmed).matches()) {
            return false;
        }
        Matcher closing = CLOSING_WORDS.matcher(trimmed);
        return closing.find() && !hasSentenceWord(trimmed.substring(closing.end()));
    }

    private static boolean signatureLike(String trimmed) {
        return wordCount(trimmed) <= MAX_LINE_WORDS && !trimmed.endsWith("?") && !hasSentenceWord(trimmed);
    }

    /** "Rebecca Patel, induction tutor", "Mrs J Patel", "Kelly": capitalised words, then nothing or a separator. */
    private static boolean startsWithName(String trimmed) {
        if (TITLE_AND_NAME.matcher(trimmed).find()) {
            return true;
        }
        Matcher word = NAME_WORD.matcher(trimmed);
        int position = 0;
        int words = 0;
        while (words < 4 && word.find(position) && word.start() == position) {
            if (NameWords.notAName(word.group().replace(".", ""))) {
                return false;
            }
            words++;
            position = word.end();
            while (position < trimmed.length() && trimmed.charAt(position) == ' ') {
                position++;
            }
        }
        return words >= 1 && (position >= trimmed.length() || ",|(–-".indexOf(trimmed.charAt(position)) >= 0);
    }

    private static boolean hasSentenceWord(String text) {
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            if (SENTENCE_WORDS.contains(token.group().toLowerCase(Locale.ROOT).replace('’', '\''))) {
                return true;
            }
        }
        return false;
    }

    private static int wordCount(String text) {
        return (int) TOKEN.matcher(text).results().count();
    }

    /** One line of the body, quote marks and spaces aside. */
    private record Line(String text, int start) {

        static List<Line> of(String text, int bodyStart) {
            List<Line> lines = new ArrayList<>();
            int start = bodyStart;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                lines.add(new Line(text.substring(start, end), start));
                start = end + 1;
            }
            return lines;
        }

        int end() {
            return start + text.length();
        }

        String trimmed() {
            return text.strip();
        }

        int indent() {
            return text.indexOf(trimmed());
        }

        boolean isBlank() {
            return text.isBlank();
        }
    }
}
