package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket's words in lower case with their offsets, for matching cue phrases however the ticket
 * was punctuated or capitalised. "provider-led" is two words; a possessive "'s" is dropped, so
 * "tutor's" matches "tutor"; "can't" stays one word.
 */
final class WordTokens {

    record Word(String text, String original, int start, int end) {
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:['’][A-Za-z]+)?");

    private WordTokens() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String lower = matcher.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (lower.endsWith("'s")) {
                lower = lower.substring(0, lower.length() - 2);
            }
            words.add(new Word(lower, matcher.group(), matcher.start(), matcher.end()));
        }
        return words;
    }

    /**
     * Whether a ticket's word is the cue's word, allowing one typo (a letter added, dropped,
     * changed or two swapped) in words of six letters or more: "programe", "chnage".
     */
    static boolean sameWord(String cueWord, String ticketWord) {
        if (cueWord.equals(ticketWord)) {
            return true;
        }
        return cueWord.length() >= 6 && ticketWord.length() >= 5 && withinOneEdit(cueWord, ticketWord);
    }

    private static boolean withinOneEdit(String a, String b) {
        int lengthDifference = Math.abs(a.length() - b.length());
        if (lengthDifference > 1) {
            return false;
        }
        int first = 0;
        while (first < Math.min(a.length(), b.length()) && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        if (lengthDifference == 1) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(first + 1).equals(shorter.substring(first));
        }
        if (a.substring(first + 1).equals(b.substring(first + 1))) {
            return true;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }
}
