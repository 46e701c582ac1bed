package uk.gov.ects.desk.model.tickets.recognition;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which TRN or date of birth a ticket says is the right one. Each candidate is judged by the
 * nearest telling words before it in its sentence ("the correct TRN is", "should be", "I was born"
 * against "we put", "entered as", "showing as", "not") and by "instead of" or "not" just after it.
 * One right value wins; failing that, when every other value is marked wrong, the one left
 * unmarked. Otherwise nothing is suggested: a wrong pre-fill is worse than an empty field.
 */
final class CorrectionFinder {

    private static final Pattern RIGHT = Pattern.compile("(?i)\\b(?:correct(?:ed)?|should\\s+(?:be|read|say)|actually"
            + "|really|right|real|new|is\\s+now|(?:changed?|update|amend(?:ed)?)\\s+(?:it\\s+)?to|born(?:\\s+on)?)\\b");
    private static final Pattern WRONG = Pattern.compile("(?i)\\b(?:wrong|incorrect(?:ly)?|entered|typed|put|showing"
            + "|shows|says|instead\\s+of|not|mistake|old|previous|currently|was\\s+given)\\b");
    private static final Pattern RIGHT_AFTER = Pattern.compile("(?i)^[\\s,)]*(?:instead\\s+of|not|rather\\s+than)\\b");
    private static final Pattern WRONG_AFTER = Pattern.compile("(?i)^[\\s,)]*(?:is|was)\\s+(?:wrong|incorrect)\\b");
    private static final Pattern DATE_OF_BIRTH = Pattern.compile("(?i)date\\s+of\\s+birth|\\bdob\\b|d\\.o\\.b|\\bborn\\b|birthday|birth\\s*date");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)|\\n\\s*\\n");
    private static final int LOOK_BEHIND = 60;
    private static final int LOOK_AHEAD = 25;
    private static final int BIRTH_CUE_REACH = 120;

    private enum Mark { RIGHT, WRONG, UNMARKED }

    private CorrectionFinder() {
    }

    static Correction find(TicketText ticket, List<Entity> entities) {
        List<Entity> trns = entities.stream().filter(entity -> entity.kind() == EntityKind.TRN).toList();
        List<Entity> births = entities.stream()
                .filter(entity -> entity.kind() == EntityKind.DATE)
                .filter(entity -> DATE_OF_BIRTH.matcher(sentenceBefore(ticket, entity.start(), BIRTH_CUE_REACH)).find())
                .toList();
        String dateOfBirth = pick(ticket, births);
        return new Correction(pick(ticket, trns), dateOfBirth == null ? null : LocalDate.parse(dateOfBirth));
    }

    private static String pick(TicketText ticket, List<Entity> candidates) {
        Set<String> right = new LinkedHashSet<>();
        Set<String> wrong = new LinkedHashSet<>();
        Set<String> unmarked = new LinkedHashSet<>();
        for (Entity candidate : candidates) {
            switch (mark(ticket, candidate)) {
                case RIGHT -> right.add(candidate.normalised());
                case WRONG -> wrong.add(candidate.normalised());
                default -> unmarked.add(candidate.normalised());
            }
        }
        if (right.size() == 1) {
            return right.iterator().next();
        }
        unmarked.removeAll(wrong);
        return right.isEmpty() && !wrong.isEmpty() && unmarked.size() == 1 ? unmarked.iterator().next() : null;
    }

    private static Mark mark(TicketText ticket, Entity candidate) {
        String text = ticket.text();
        String after = text.substring(candidate.end(), Math.min(text.length(), candidate.end() + LOOK_AHEAD));
        if (RIGHT_AFTER.matcher(after).find()) {
            return Mark.RIGHT;
        }
        if (WRONG_AFTER.matcher(after).find()) {
            return Mark.WRONG;
        }
        String before = sentenceBefore(ticket, candidate.start(), LOOK_BEHIND);
        int rightAt = lastEnd(RIGHT, before);
        int wrongAt = lastEnd(WRONG, before);
        if (rightAt < 0 && wrongAt < 0) {
            return Mark.UNMARKED;
        }
        return rightAt > wrongAt ? Mark.RIGHT : Mark.WRONG;
    }

    private static String sentenceBefore(TicketText ticket, int offset, int reach) {
        String window = ticket.text().substring(Math.max(0, offset - reach), offset);
        Matcher end = SENTENCE_END.matcher(window);
        int from = 0;
        while (end.find()) {
            from = end.end();
        }
        return window.substring(from);
    }

    private static int lastEnd(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int last = -1;
        while (matcher.find()) {
            last = matcher.end();
        }
        return last;
    }
}
