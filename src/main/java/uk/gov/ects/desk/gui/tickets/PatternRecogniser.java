package uk.gov.ects.desk.gui.tickets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.ects.desk.gui.tickets.Recogniser.CategoryGuess;
import uk.gov.ects.desk.gui.tickets.Recogniser.Entity;
import uk.gov.ects.desk.gui.tickets.Recogniser.EntityKind;
import uk.gov.ects.desk.gui.tickets.Recogniser.Recognition;

/**
 * A stand-in recogniser until the model's TicketRecognizer is wired: six-digit URNs, seven-digit
 * TRNs, email addresses, and a category from a few cue words. No operation is suggested.
 */
public final class PatternRecogniser implements Recogniser {

    private static final Pattern URN = Pattern.compile("(?<![\\d])\\d{6}(?![\\d])");
    private static final Pattern TRN = Pattern.compile("(?<![\\d])\\d{7}(?![\\d])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Map<String, List<String>> CUES = new LinkedHashMap<>();

    static {
        CUES.put("programme_change", List.of("fip", "cip", "programme", "provider-led", "school-led"));
        CUES.put("trn_dob_correction", List.of("trn", "date of birth", "dob", "no match"));
        CUES.put("multi_school_mentor", List.of("also mentors", "partner school", "two schools"));
        CUES.put("partnership_change", List.of("lead provider", "partnership", "delivery partner", "challenge"));
        CUES.put("induction_tutor", List.of("induction tutor", "sit", "gias mailbox"));
        CUES.put("participant_details", List.of("name change", "changed her name", "changed his name", "email address"));
        CUES.put("transfer", List.of("moved", "transfer", "joined", "new school", "left"));
        CUES.put("duplicate", List.of("duplicate", "twice", "two records"));
    }

    @Override
    public Recognition recognise(String subject, String body) {
        String text = (subject == null ? "" : subject) + "\n" + (body == null ? "" : body);
        List<Entity> entities = new ArrayList<>();
        find(entities, EntityKind.URN, URN, text);
        find(entities, EntityKind.TRN, TRN, text);
        find(entities, EntityKind.EMAIL, EMAIL, text);
        entities.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Recognition(entities, guess(text.toLowerCase(Locale.ROOT)), null);
    }

    private static void find(List<Entity> entities, EntityKind kind, Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String found = matcher.group();
            String normalised = kind == EntityKind.EMAIL ? found.toLowerCase(Locale.ROOT) : found;
            entities.add(new Entity(kind, found, normalised, matcher.start(), matcher.end()));
        }
    }

    private static CategoryGuess guess(String text) {
        String best = null;
        List<String> bestCues = List.of();
        for (Map.Entry<String, List<String>> entry : CUES.entrySet()) {
            List<String> cues = entry.getValue().stream().filter(cue -> containsWord(text, cue)).toList();
            if (cues.size() > bestCues.size()) {
                best = entry.getKey();
                bestCues = cues;
            }
        }
        return best == null ? CategoryGuess.NONE : new CategoryGuess(best, Math.min(0.9, 0.4 + 0.2 * bestCues.size()), bestCues);
    }

    private static boolean containsWord(String text, String cue) {
        return Pattern.compile("\\b" + Pattern.quote(cue) + "\\b").matcher(text).find();
    }
}
