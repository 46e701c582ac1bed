package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores each category by the cues a ticket contains and picks the highest. A cue counts once,
 * a little more when repeated (up to half again), and half again when it is in the subject,
 * where schools say what the message is about. Below {@link #ENOUGH} the ticket is {@code other}.
 * Confidence grows with the winning score and shrinks when a runner-up is close. The sign-off is
 * not read: a signature's "induction tutor" or "SENCO" says who wrote, not what the ticket is about.
 */
final class CategoryClassifier {

    static final double ENOUGH = 2.5;
    private static final double SUBJECT_BOOST = 1.5;
    private static final double REPEAT_BOOST = 0.25;
    private static final double MAX_REPEAT_FACTOR = 1.5;
    private static final double SATURATION = 4;

    private CategoryClassifier() {
    }

    static CategoryGuess classify(TicketText ticket) {
        List<WordTokens.Word> words = WordTokens.of(ticket.text()).stream()
                .filter(word -> !ticket.inSignOff(word.start()))
                .toList();
        Map<TicketCategory, Double> scores = new EnumMap<>(TicketCategory.class);
        Map<TicketCategory, Map<String, Double>> cuesByCategory = new EnumMap<>(TicketCategory.class);
        for (Cue cue : CueTable.CUES) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (cue.matchesAt(words, i)) {
                    hits.add(i);
                }
            }
            if (hits.isEmpty()) {
                continue;
            }
            boolean inSubject = hits.stream().anyMatch(i -> ticket.inSubject(words.get(i).start()));
            double score = cue.weight() * Math.min(MAX_REPEAT_FACTOR, 1 + REPEAT_BOOST * (hits.size() - 1))
                    * (inSubject ? SUBJECT_BOOST : 1);
            scores.merge(cue.category(), score, Double::sum);
            String asWritten = asWritten(ticket, words, hits.get(0), cue.words().size());
            cuesByCategory.computeIfAbsent(cue.category(), category -> new LinkedHashMap<>()).merge(asWritten, score, Double::sum);
        }
        TicketCategory best = null;
        double bestScore = 0;
        double runnerUp = 0;
        for (Map.Entry<TicketCategory, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                runnerUp = bestScore;
                bestScore = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > runnerUp) {
                runnerUp = entry.getValue();
            }
        }
        if (best == null || bestScore < ENOUGH) {
            return CategoryGuess.other(round(0.5 + 0.4 * (1 - bestScore / ENOUGH)));
        }
        double confidence = bestScore / (bestScore + runnerUp) * (1 - Math.exp(-bestScore / SATURATION));
        List<String> cues = cuesByCategory.get(best).entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
        return new CategoryGuess(best.wireName(), round(confidence), cues);
    }

    private static String asWritten(TicketText ticket, List<WordTokens.Word> words, int first, int count) {
        return ticket.text().substring(words.get(first).start(), words.get(first + count - 1).end());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
