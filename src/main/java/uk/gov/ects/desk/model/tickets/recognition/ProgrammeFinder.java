package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;

/**
 * Which programme a programme-change ticket asks for, for pre-filling the programme form. A ticket
 * usually names the programme it has and the one it wants ("we chose CIP but want to move to FIP"),
 * so the one asked for is the only one named, or else the only one written after "to", "now",
 * "use" or "switch to". Anything less clear suggests nothing: the agent picks.
 */
public final class ProgrammeFinder {

    private record Mention(ProgrammeChoice choice, int start) {
    }

    private record Words(ProgrammeChoice choice, Pattern pattern) {
    }

    /** Most specific first: "school-funded provider-led" is not provider-led training. */
    private static final List<Words> WORDS = List.of(
            new Words(ProgrammeChoice.SCHOOL_FUNDED_FIP, Pattern.compile("(?i)school[- ]funded (?:fip|provider[- ]led)")),
            new Words(ProgrammeChoice.FULL_INDUCTION_PROGRAMME,
                    Pattern.compile("(?i)\\bfip\\b|full induction programme|provider[- ]led")),
            new Words(ProgrammeChoice.CORE_INDUCTION_PROGRAMME,
                    Pattern.compile("(?i)\\bcip\\b|core induction programme|dfe[- ]accredited materials|dfe materials")),
            new Words(ProgrammeChoice.DESIGN_OUR_OWN,
                    Pattern.compile("(?i)design(?:ing)? our own|deliver(?:ing)? our own|school[- ]led|\\bdiy\\b")));
    private static final Pattern ASKED_BEFORE = Pattern.compile(
            "(?i)\\b(?:to|now|use|using|instead|switch(?:ing)? to|move to|change to)\\b[^.,;]{0,30}$");
    private static final int LOOK_BEHIND = 40;

    private ProgrammeFinder() {
    }

    /** Subject and body as the ticket has them; either may be null. */
    public static Optional<ProgrammeChoice> askedFor(String subject, String body) {
        String text = (subject == null ? "" : subject) + "\n" + (body == null ? "" : body);
        List<Mention> mentions = mentions(text);
        Set<ProgrammeChoice> named = new LinkedHashSet<>();
        mentions.forEach(mention -> named.add(mention.choice()));
        if (named.size() == 1) {
            return Optional.of(named.iterator().next());
        }
        Set<ProgrammeChoice> asked = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            String before = text.substring(Math.max(0, mention.start() - LOOK_BEHIND), mention.start());
            if (ASKED_BEFORE.matcher(before).find()) {
                asked.add(mention.choice());
            }
        }
        return asked.size() == 1 ? Optional.of(asked.iterator().next()) : Optional.empty();
    }

    private static List<Mention> mentions(String text) {
        List<Mention> mentions = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Words words : WORDS) {
            Matcher matcher = words.pattern().matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (taken.stream().noneMatch(span -> start < span[1] && span[0] < end)) {
                    taken.add(new int[] {start, end});
                    mentions.add(new Mention(words.choice(), start));
                }
            }
        }
        return mentions;
    }
}
