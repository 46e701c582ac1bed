package uk.gov.ects.desk.model.tickets.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TRNs and URNs. After the word TRN (or "teacher reference number", or the old "RP 12/34567"
 * style) 5 to 7 digits in any grouping are a TRN, left-padded to 7 (teacher-records.md). After
 * URN, 6 digits are a URN. Otherwise a lone 7-digit number is taken as a TRN and a lone 6-digit
 * number as a URN, unless a reference word comes just before it ("Ticket #483920", "our ref",
 * "support request 884211", UKPRN): those are someone's case numbers, not a school or a teacher.
 * Phone numbers, dates and postcodes are found first, so their digits never get here.
 */
final class ReferenceNumberFinder {

    private static final Pattern TRN_CUE = Pattern.compile(
            "(?i)\\b(?:TRNs?|teacher\\s+ref(?:erence)?(?:\\s+(?:number|no\\.?))?)\\b|(?<![A-Za-z])RP(?=\\s*\\d)");
    private static final Pattern URN_CUE = Pattern.compile(
            "(?i)\\b(?:URNs?|unique\\s+reference\\s+(?:number|no\\.?)|GIAS\\s+(?:number|no\\.?))\\b");
    private static final Pattern FILLER = Pattern.compile(
            "(?i)(?:[\\s:#=.(-]|\\bnumber\\b|\\bno\\b|\\bis\\b|\\bwas\\b|\\bnow\\b|\\bshould\\s+be\\b)*");
    private static final Pattern LONE_NUMBER = Pattern.compile("(?<![\\d#£$€.,/:-])(\\d{6,7})(?!\\d|%|[.,/:-]\\d)");
    private static final Pattern REFERENCE_WORD = Pattern.compile(
            "(?i)(?:\\b(?:ticket|ref|reference|request|case|order|invoice|enquiry|query|incident|ukprn)|#)"
                    + "\\W{0,3}(?:no\\.?|number|id)?\\W{0,3}(?:(?:is|was)\\W{1,3})?$");
    private static final int MIN_TRN_DIGITS = 5;
    private static final int TRN_DIGITS = 7;
    private static final int URN_DIGITS = 6;

    private ReferenceNumberFinder() {
    }

    static List<Entity> find(TicketText ticket) {
        List<Entity> found = new ArrayList<>();
        findCuedTrns(ticket, found);
        findCuedUrns(ticket, found);
        findLoneNumbers(ticket, found);
        return found;
    }

    private static void findCuedTrns(TicketText ticket, List<Entity> found) {
        String text = ticket.text();
        Matcher cue = TRN_CUE.matcher(text);
        while (cue.find()) {
            int start = skipFiller(text, cue.end());
            StringBuilder digits = new StringBuilder();
            int end = start;
            int position = start;
            while (position < text.length()) {
                int groupEnd = position;
                while (groupEnd < text.length() && Character.isDigit(text.charAt(groupEnd))) {
                    groupEnd++;
                }
                int groupLength = groupEnd - position;
                if (groupLength == 0 || digits.length() + groupLength > TRN_DIGITS) {
                    break;
                }
                digits.append(text, position, groupEnd);
                end = groupEnd;
                boolean separatorThenDigit = groupEnd + 1 < text.length() && " /-".indexOf(text.charAt(groupEnd)) >= 0
                        && Character.isDigit(text.charAt(groupEnd + 1));
                if (!separatorThenDigit) {
                    break;
                }
                position = groupEnd + 1;
            }
            boolean runsOn = end < text.length() && Character.isDigit(text.charAt(end));
            if (digits.length() >= MIN_TRN_DIGITS && !runsOn) {
                String padded = "0".repeat(TRN_DIGITS - digits.length()) + digits;
                found.add(new Entity(EntityKind.TRN, text.substring(start, end), padded, start, end));
            }
        }
    }

    private static void findCuedUrns(TicketText ticket, List<Entity> found) {
        String text = ticket.text();
        Matcher cue = URN_CUE.matcher(text);
        while (cue.find()) {
            int start = skipFiller(text, cue.end());
            int end = start;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end - start == URN_DIGITS) {
                found.add(new Entity(EntityKind.URN, text.substring(start, end), text.substring(start, end), start, end));
            }
        }
    }

    private static void findLoneNumbers(TicketText ticket, List<Entity> found) {
        Matcher matcher = LONE_NUMBER.matcher(ticket.text());
        while (matcher.find()) {
            if (REFERENCE_WORD.matcher(ticket.before(matcher.start(), 30)).find()) {
                continue;
            }
            EntityKind kind = matcher.group().length() == TRN_DIGITS ? EntityKind.TRN : EntityKind.URN;
            found.add(new Entity(kind, matcher.group(), matcher.group(), matcher.start(), matcher.end()));
        }
    }

    private static int skipFiller(String text, int from) {
        Matcher filler = FILLER.matcher(text);
        filler.region(from, text.length());
        return filler.lookingAt() ? filler.end() : from;
    }
}
