package uk.gov.ects.desk.model.support;

import java.util.regex.Pattern;
import uk.gov.ects.desk.model.rules.Refusal;

/** OVR-NOTE: a note on a school, participant or partnership. */
public final class NoteRules {

    public static final int MAX_BODY = 5000;
    private static final Pattern TARGET = Pattern.compile("^(school|participant|partnership):\\S+$");

    private NoteRules() {
    }

    public static void validate(String target, String body) {
        if (target == null || !TARGET.matcher(target).matches()) {
            throw Refusal.rule("note_target_invalid", "OVR-NOTE", "Say what the note is about",
                    "A note belongs to a school, participant or partnership, written as school:URN, "
                            + "participant:ID or partnership:ID.", "/target");
        }
        if (body == null || body.isBlank()) {
            throw Refusal.rule("note_required", "OVR-NOTE", "The note is empty", "Write the note's text.", "/body");
        }
        if (body.length() > MAX_BODY) {
            throw Refusal.rule("note_too_long", "OVR-NOTE", "The note is too long",
                    "Shorten the note to " + MAX_BODY + " characters or fewer, or split it into two notes.", "/body");
        }
    }
}
