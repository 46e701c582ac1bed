package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's names: two or three capitalised words, or a title and a surname ("Mrs Patel", "Mrs J
 * Patel"), found where a ticket introduces someone: after "ECT", "mentor", "teacher", "tutor",
 * "called", "named", "for", "name is", a title, a "From:" header, a closing ("Kind regards,") and
 * on a signature line of its own. In a line written in capitals only the strong cues count, since
 * every word there looks like a name. A single first name ("Thanks, Tom") is not taken: it is not
 * enough to find anyone.
 */
final class NameFinder {

    private static final String BETWEEN = "[\\s,:;(\"'-]*(?:(?:is|was|will\\s+be|be|called|named)\\s+)?";
    private static final Pattern STRONG_CUE = Pattern.compile(
            "(?i)\\b(?:ECTs?|mentors?|teachers?|tutors?|SIT|called|named|colleague|participant|contact"
                    + "|(?:maiden\\s+|first\\s+|full\\s+)?name(?:\\s+(?:is|was))?)\\b" + BETWEEN);
    private static final Pattern WEAK_CUE = Pattern.compile("(?i)\\b(?:for|says|should\\s+be|is\\s+now)\\b\\s+");
    private static final Pattern TITLE = Pattern.compile("(?i)(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+");
    private static final Pattern FROM_HEADER = Pattern.compile("(?im)^[>\\s]*From:[ \\t]*");
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)\\b(?:many\\s+thanks|thanks|thank\\s+you|kind\\s+regards|best\\s+regards|warm\\s+regards|regards"
                    + "|best\\s+wishes|all\\s+the\\s+best|best|cheers|yours\\s+sincerely|yours\\s+faithfully)\\b"
                    + "[ \\t]*[,.!]?[ \\t]*(?:\\r?\\n[> \\t]*)?");
    private static final Pattern LINE_START = Pattern.compile("(?m)^[> \\t]*(?=\\S)");
    private static final Pattern WORD = Pattern.compile("[A-Z](?:[a-z]+|'[A-Z][a-z]+)(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?(?![A-Za-z])");
    private static final Pattern SHOUTED_WORD = Pattern.compile("[A-Z](?:'?[A-Z])+(?:-[A-Z]+)?(?![A-Za-z])");
    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.?(?=\\s)");
    private static final Pattern SIGNATURE_REST = Pattern.compile("[ \\t]*(?:[,|(–-].*)?$", Pattern.MULTILINE);
    private static final int MAX_WORDS = 3;

    private NameFinder() {
    }

    static List<Entity> find(TicketText ticket) {
        List<Entity> found = new ArrayList<>();
        String text = ticket.text();
        Matcher strong = STRONG_CUE.matcher(text);
        while (strong.find()) {
            read(ticket, strong.end(), false).ifPresent(found::add);
        }
        Matcher weak = WEAK_CUE.matcher(text);
        while (weak.find()) {
            if (!ticket.shoutingAt(weak.start())) {
                read(ticket, weak.end(), false).ifPresent(found::add);
            }
        }
        Matcher title = TITLE.matcher(text);
        while (title.find()) {
            read(ticket, title.start(), false).ifPresent(found::add);
        }
        for (Pattern opening : List.of(FROM_HEADER, CLOSING)) {
            Matcher matcher = opening.matcher(text);
            while (matcher.find()) {
                read(ticket, matcher.end(), false).ifPresent(found::add);
            }
        }
        Matcher line = LINE_START.matcher(text);
        while (line.find()) {
            if (!ticket.shoutingAt(line.end())) {
                read(ticket, line.end(), true).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The name starting at {@code position}, if one does. */
    private static Optional<Entity> read(TicketText ticket, int position, boolean wholeSignatureLine) {
        String text = ticket.text();
        boolean shouting = ticket.shoutingAt(position);
        int start = position;
        String title = null;
        Matcher titleMatcher = TITLE.matcher(text).region(position, text.length());
        if (titleMatcher.lookingAt() && Character.isUpperCase(text.charAt(position))) {
            title = titleMatcher.group().replaceAll("[.\\s]", "");
            position = titleMatcher.end();
        }
        List<String> words = new ArrayList<>();
        int firstWordStart = position;
        int end = position;
        if (title != null) {
            Matcher initial = INITIAL.matcher(text).region(position, text.length());
            if (initial.lookingAt()) {
                words.add(initial.group().replace(".", ""));
                end = initial.end();
                position = skipOneSpace(text, end);
            }
        }
        Matcher word = (shouting ? SHOUTED_WORD : WORD).matcher(text);
        while (words.size() < MAX_WORDS && position >= 0) {
            word.region(position, text.length());
            if (!word.lookingAt()) {
                break;
            }
            if (NameWords.notAName(word.group()) || shouting && looksLikeVerbOrAdverb(word.group())) {
                if (NameWords.isOrganisationWord(word.group())) {
                    return Optional.empty();
                }
                break;
            }
            words.add(shouting ? titleCase(word.group()) : word.group());
            end = word.end();
            position = skipOneSpace(text, end);
        }
        if (position >= 0 && words.size() == MAX_WORDS) {
            word.region(position, text.length());
            if (word.lookingAt() && !NameWords.notAName(word.group())) {
                return Optional.empty();
            }
        }
        boolean initialOnly = words.size() == 1 && title != null && words.get(0).length() == 1;
        boolean enough = title != null ? !words.isEmpty() && !initialOnly : words.size() >= 2;
        if (!enough) {
            return Optional.empty();
        }
        if (wholeSignatureLine && !SIGNATURE_REST.matcher(text).region(end, text.length()).lookingAt()) {
            return Optional.empty();
        }
        boolean surnameOnly = title != null && words.size() == 1;
        String normalised = surnameOnly ? titleCase(title) + " " + words.get(0) : String.join(" ", words);
        int spanStart = surnameOnly ? start : firstWordStart;
        return Optional.of(new Entity(EntityKind.NAME, text.substring(spanStart, end), normalised, spanStart, end));
    }

    /** In capitals "SHOWING TWICE" looks like a name; few surnames end like a verb or an adverb. */
    private static boolean looksLikeVerbOrAdverb(String shoutedWord) {
        return shoutedWord.endsWith("ING") || shoutedWord.endsWith("LY");
    }

    /** Where the next word starts if exactly one space follows {@code end}; -1 otherwise. */
    private static int skipOneSpace(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) != ' ' ? end + 1 : -1;
    }

    private static String titleCase(String word) {
        StringBuilder result = new StringBuilder(word.length());
        boolean startOfPart = true;
        for (char c : word.toCharArray()) {
            result.append(startOfPart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            startOfPart = c == '\'' || c == '-';
        }
        return result.toString();
    }
}
