package uk.gov.ects.desk.model.tickets.recognition;

import static uk.gov.ects.desk.model.tickets.recognition.TicketCategory.DUPLICATE;
import static uk.gov.ects.desk.model.tickets.recognition.TicketCategory.INDUCTION_TUTOR;
import static uk.gov.ects.desk.model.tickets.recognition.TicketCategory.MULTI_SCHOOL_MENTOR;
import static uk.gov.ects.desk.model.tickets.recognition.TicketCategory.PARTICIPANT_DETAILS;
import static uk.gov.ects.desk.model.tickets.recognition.TicketCategory.PARTNERSHIP_CHANGE;
import static uk.gov.ects.desk.model.tickets.recognition.TicketCategory.PROGRAMME_CHANGE;
import static uk.gov.ects.desk.model.tickets.recognition.TicketCategory.TRANSFER;
import static uk.gov.ects.desk.model.tickets.recognition.TicketCategory.TRN_DOB_CORRECTION;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that suggest each category, weighted: 3 nearly decides it ("wrong TRN", "FIP",
 * "mentor pool"), 2 points strongly, 1 or less only helps. Built from what schools write to
 * support; a word that several categories share ("another school") stays light in each.
 */
final class CueTable {

    private static final double DECISIVE = 3;
    private static final double STRONG = 2;
    private static final double HINT = 1;

    static final List<Cue> CUES = build();

    private CueTable() {
    }

    private static List<Cue> build() {
        List<Cue> cues = new ArrayList<>();
        add(cues, TRN_DOB_CORRECTION, DECISIVE, "wrong trn", "incorrect trn", "trn wrong", "trn is wrong",
                "trn was wrong", "correct trn", "trn is incorrect", "wrong dob", "incorrect dob", "dob wrong",
                "wrong date of birth", "incorrect date of birth", "no match");
        add(cues, TRN_DOB_CORRECTION, STRONG, "date of birth", "dob", "d.o.b", "typo", "teacher record",
                "can't find", "cannot find", "not found", "mismatch", "birthday");
        add(cues, TRN_DOB_CORRECTION, HINT, "trn", "teacher reference number", "rejected", "born", "by mistake",
                "typed", "certificate", "validation", "revalidate");

        add(cues, PROGRAMME_CHANGE, DECISIVE, "fip", "cip", "full induction", "core induction", "change our programme",
                "change programme", "change the programme", "provider-led", "school-led", "design our own",
                "programme choice", "switch programme", "deliver our own");
        add(cues, PROGRAMME_CHANGE, STRONG, "design your own", "programme", "training programme", "chose the wrong");
        add(cues, PROGRAMME_CHANGE, HINT, "switch", "mid-year", "materials");

        add(cues, MULTI_SCHOOL_MENTOR, DECISIVE, "both schools", "two schools", "also mentors at", "also mentors",
                "mentor pool", "mentor pools", "more than one school", "works across");
        add(cues, MULTI_SCHOOL_MENTOR, STRONG, "sister school", "partner school", "already registered with",
                "already a mentor", "works at another school", "federation");
        add(cues, MULTI_SCHOOL_MENTOR, HINT, "mentor", "mentors", "another school", "other school");

        add(cues, PARTNERSHIP_CHANGE, DECISIVE, "never agreed", "wrong provider", "reported a partnership",
                "wrong lead provider", "challenge the partnership", "partnership reported", "not our provider",
                "wrong delivery partner");
        add(cues, PARTNERSHIP_CHANGE, STRONG, "lead provider", "delivery partner", "partnership", "challenge");
        add(cues, PARTNERSHIP_CHANGE, HINT, "signed with", "ambition", "teach first", "ucl", "best practice network",
                "education development trust", "edt", "capita", "niot", "teaching school hub");

        add(cues, INDUCTION_TUTOR, DECISIVE, "induction tutor", "gias mailbox", "gias email", "gias inbox",
                "school induction tutor");
        add(cues, INDUCTION_TUTOR, STRONG, "!SIT", "left the school", "can't access", "cant access", "cannot access",
                "can't log in", "cannot log in", "access link", "nominate", "log in", "login", "sign in");
        add(cues, INDUCTION_TUTOR, HINT, "has left", "school email", "reset", "account", "retired", "access");

        add(cues, PARTICIPANT_DETAILS, DECISIVE, "married", "name change", "change of name", "deed poll",
                "email address change", "change the email", "update email", "maiden name");
        add(cues, PARTICIPANT_DETAILS, STRONG, "surname", "spelt", "spelled", "misspelt", "misspelled", "name wrong",
                "wrong name", "first name", "preferred name", "new email", "known as");
        add(cues, PARTICIPANT_DETAILS, HINT, "email address", "details", "update her", "update his", "records correct");
        // a wrong leaving date or a leaver who is staying is corrected on the record (OVR-STATUS), not a move
        add(cues, PARTICIPANT_DETAILS, STRONG, "leaving date", "date of leaving", "staying with us", "staying on",
                "staying until", "not leaving", "no longer leaving", "reported as leaving", "reported as left",
                "marked as leaving", "marked as left", "showing as left", "shows as left", "still with us");

        add(cues, TRANSFER, DECISIVE, "moving to", "moved to", "joined us from", "transfer*", "moved there",
                "left for another school", "move her across", "move him across", "moving school");
        add(cues, TRANSFER, STRONG, "leaving us", "start date with us", "old school", "new school", "left us");
        add(cues, TRANSFER, HINT, "another school", "previous school", "leaving", "went to");

        add(cues, DUPLICATE, DECISIVE, "twice", "duplicat*", "registered two", "two records", "two profiles",
                "two times", "merge", "two accounts", "added twice", "two entries");
        add(cues, DUPLICATE, STRONG, "same teacher", "same ect", "same person", "same mentor", "showing twice");
        return List.copyOf(cues);
    }

    private static void add(List<Cue> cues, TicketCategory category, double weight, String... phrases) {
        for (String phrase : phrases) {
            cues.add(Cue.of(category, weight, phrase));
        }
    }
}
