package uk.gov.ects.desk.model.tickets.recognition;

import java.util.List;
import java.util.Locale;

/**
 * A word or phrase that suggests a category, and how strongly. Written as the phrase itself;
 * a trailing {@code *} lets the last word run on ("transfer*" matches "transferring"); a leading
 * {@code !} means the ticket must write it in capitals ("!SIT", not the verb "sit").
 */
record Cue(TicketCategory category, List<String> words, boolean lastWordIsPrefix, boolean capitalsOnly, double weight) {

    static Cue of(TicketCategory category, double weight, String phrase) {
        boolean capitalsOnly = phrase.startsWith("!");
        String body = capitalsOnly ? phrase.substring(1) : phrase;
        boolean prefix = body.endsWith("*");
        if (prefix) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> words = WordTokens.of(body).stream().map(WordTokens.Word::text).toList();
        return new Cue(category, words, prefix, capitalsOnly, weight);
    }

    /** Whether the cue's words start at {@code index} of the ticket's words. */
    boolean matchesAt(List<WordTokens.Word> ticketWords, int index) {
        if (index + words.size() > ticketWords.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            WordTokens.Word ticketWord = ticketWords.get(index + i);
            boolean last = i == words.size() - 1;
            boolean same = last && lastWordIsPrefix
                    ? ticketWord.text().startsWith(words.get(i))
                    : WordTokens.sameWord(words.get(i), ticketWord.text());
            if (!same || capitalsOnly && !ticketWord.original().equals(ticketWord.original().toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
