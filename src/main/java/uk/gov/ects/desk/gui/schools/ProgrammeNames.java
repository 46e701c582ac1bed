package uk.gov.ects.desk.gui.schools;

/** Programme choice codes (rules.md) in the words support agents and schools use. */
public final class ProgrammeNames {

    private ProgrammeNames() {
    }

    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return "Not chosen yet";
        }
        return switch (code) {
            case "full_induction_programme" -> "Full induction programme (provider-led)";
            case "core_induction_programme" -> "Core induction programme (DfE materials)";
            case "design_our_own" -> "Design our own (school-led)";
            case "school_funded_fip" -> "School-funded full induction programme";
            case "no_early_career_teachers" -> "No early career teachers this year";
            case "not_yet_known" -> "Not yet known";
            default -> code.replace('_', ' ');
        };
    }
}
