package uk.gov.ects.desk.model.schools;

import java.util.Map;
import java.util.Set;

/** Who may use the service and how, from GIAS codes (gias.md, ACC-1, PROG-9, AB-4, AB-5). */
public final class GiasRules {

    private static final Set<Integer> OPEN_STATUSES = Set.of(1, 3);
    private static final Set<Integer> ELIGIBLE_TYPES = Set.of(1, 2, 3, 5, 6, 7, 8, 12, 14, 15, 18, 28, 31, 32,
            33, 34, 35, 36, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 57);
    private static final Set<Integer> CIP_ONLY_TYPES = Set.of(10, 11, 30, 37);
    private static final Set<Integer> INDEPENDENT_TYPES = Set.of(10, 11);
    private static final int BRITISH_SCHOOL_OVERSEAS = 37;
    private static final Set<Integer> CHILDRENS_CENTRES = Set.of(47, 48);

    private static final Map<Integer, String> TYPE_NAMES = Map.ofEntries(
            Map.entry(1, "Community school"), Map.entry(2, "Voluntary aided school"),
            Map.entry(3, "Voluntary controlled school"), Map.entry(5, "Foundation school"),
            Map.entry(6, "City technology college"), Map.entry(7, "Community special school"),
            Map.entry(8, "Non-maintained special school"), Map.entry(10, "Other independent special school"),
            Map.entry(11, "Other independent school"), Map.entry(12, "Foundation special school"),
            Map.entry(14, "Pupil referral unit"), Map.entry(15, "Local authority nursery school"),
            Map.entry(18, "Further education"), Map.entry(24, "Secure units"),
            Map.entry(25, "Offshore schools"), Map.entry(26, "Service children's education"),
            Map.entry(28, "Academy sponsor led"), Map.entry(29, "Higher education institutions"),
            Map.entry(30, "Welsh establishment"), Map.entry(31, "Sixth form centres"),
            Map.entry(32, "Special post 16 institution"), Map.entry(33, "Academy special sponsor led"),
            Map.entry(34, "Academy converter"), Map.entry(35, "Free schools"),
            Map.entry(36, "Free schools special"), Map.entry(37, "British schools overseas"),
            Map.entry(38, "Free schools alternative provision"), Map.entry(39, "Free schools 16 to 19"),
            Map.entry(40, "University technical college"), Map.entry(41, "Studio schools"),
            Map.entry(42, "Academy alternative provision converter"),
            Map.entry(43, "Academy alternative provision sponsor led"),
            Map.entry(44, "Academy special converter"), Map.entry(45, "Academy 16-19 converter"),
            Map.entry(46, "Academy 16 to 19 sponsor led"), Map.entry(47, "Children's centre"),
            Map.entry(48, "Children's centre linked site"), Map.entry(56, "Institution funded by other government department"),
            Map.entry(57, "Academy secure 16 to 19"));

    private static final Map<Integer, String> STATUS_NAMES = Map.of(
            1, "Open", 2, "Closed", 3, "Open, but proposed to close", 4, "Proposed to open");

    private GiasRules() {
    }

    public static boolean isOpen(int statusCode) {
        return OPEN_STATUSES.contains(statusCode);
    }

    /** District codes starting with E (any case) are English; 9999 stands for "not applicable" and counts too. */
    public static boolean inEngland(String administrativeDistrictCode) {
        if (administrativeDistrictCode == null) {
            return false;
        }
        String code = administrativeDistrictCode.trim();
        return code.regionMatches(true, 0, "E", 0, 1) || code.equals("9999");
    }

    /** May choose FIP: open, in England, and an eligible type or section 41 approved. */
    public static boolean isEligible(SchoolFacts school) {
        return isOpen(school.statusCode())
                && inEngland(school.administrativeDistrictCode())
                && (ELIGIBLE_TYPES.contains(school.establishmentTypeCode()) || school.section41Approved());
    }

    /** Open, not eligible, and independent, Welsh or overseas: may use the service but never choose FIP. */
    public static boolean isCipOnly(SchoolFacts school) {
        return isOpen(school.statusCode())
                && !isEligible(school)
                && CIP_ONLY_TYPES.contains(school.establishmentTypeCode());
    }

    /** ACC-1: only eligible or CIP-only schools can be found and use the service. */
    public static boolean canUseService(SchoolFacts school) {
        return isEligible(school) || isCipOnly(school);
    }

    /** Children's centres are eligible but are sent no service emails. */
    public static boolean receivesEmails(int establishmentTypeCode) {
        return !CHILDRENS_CENTRES.contains(establishmentTypeCode);
    }

    public static boolean isIndependent(int establishmentTypeCode) {
        return INDEPENDENT_TYPES.contains(establishmentTypeCode);
    }

    public static boolean isBritishSchoolOverseas(int establishmentTypeCode) {
        return establishmentTypeCode == BRITISH_SCHOOL_OVERSEAS;
    }

    public static String establishmentTypeName(int establishmentTypeCode) {
        return TYPE_NAMES.getOrDefault(establishmentTypeCode, "Establishment type " + establishmentTypeCode);
    }

    public static String statusName(int statusCode) {
        return STATUS_NAMES.getOrDefault(statusCode, "Status " + statusCode);
    }
}
