package uk.gov.ects.desk.gui.tickets;

import uk.gov.ects.desk.gui.tickets.Recogniser.Entity;

/**
 * A recognised thing matched against the cache: a school or participant it opens ({@code targetId}),
 * or nothing ({@code target} NONE) with a sentence saying why.
 */
public record RecognisedLink(Entity entity, Target target, String targetId, String text) {

    public enum Target { SCHOOL, PARTICIPANT, NONE }

    public boolean opens() {
        return target != Target.NONE;
    }

    /** "TRN", "Email", "URN": the kind as the reading pane names it. */
    public String kindName() {
        return switch (entity.kind()) {
            case URN, TRN -> entity.kind().name();
            case NI_NUMBER -> "NI number";
            default -> uk.gov.ects.desk.gui.common.Wording.humanise(entity.kind().name());
        };
    }
}
