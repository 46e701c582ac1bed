package uk.gov.ects.desk.model.programmes;

/**
 * PUT /schools/{urn}/cohorts/{year}/programme.
 *
 * @param choice   the new choice; may be null when {@code rollover} is set (rollover means FIP)
 * @param rollover keep last year's FIP partnership (PROG-2)
 * @param override support changes a submitted choice (OVR-PROG; needs a reason, checked by the gate)
 */
public record ProgrammeRequest(ProgrammeChoice choice, boolean rollover, boolean override) {

    public static ProgrammeRequest choose(ProgrammeChoice choice) {
        return new ProgrammeRequest(choice, false, false);
    }

    public static ProgrammeRequest overrideTo(ProgrammeChoice choice) {
        return new ProgrammeRequest(choice, false, true);
    }
}
