package uk.gov.ects.desk.model.schools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GiasRulesTest {

    private static SchoolFacts school(int type, int status, String district, boolean section41) {
        return new SchoolFacts(type, status, district, section41);
    }

    @Test
    void openEnglishCommunitySchoolIsEligible() {
        // rule: ACC-1
        SchoolFacts community = school(1, 1, "E09000001", false);
        assertTrue(GiasRules.isEligible(community));
        assertTrue(GiasRules.canUseService(community));
        assertFalse(GiasRules.isCipOnly(community));
    }

    @Test
    void closedOrWelshOrIneligibleTypeCannotBeFound() {
        // rule: ACC-1
        assertFalse(GiasRules.canUseService(school(1, 2, "E09000001", false)), "closed");
        assertFalse(GiasRules.canUseService(school(1, 4, "E09000001", false)), "proposed to open");
        assertFalse(GiasRules.canUseService(school(1, 1, "W06000015", false)), "maintained school in Wales");
        assertFalse(GiasRules.canUseService(school(29, 1, "E09000001", false)), "higher education institution");
    }

    @Test
    void section41ApprovedMakesAnyTypeEligibleAndDistrictCaseDoesNotMatter() {
        assertTrue(GiasRules.isEligible(school(11, 3, "e06000001", true)));
        assertTrue(GiasRules.isEligible(school(1, 1, "9999", false)));
    }

    @Test
    void independentWelshAndOverseasSchoolsAreCipOnlyAndNeverFip() {
        // rule: PROG-9
        for (int type : new int[] {10, 11, 30, 37}) {
            SchoolFacts school = school(type, 1, "W06000015", false);
            assertTrue(GiasRules.isCipOnly(school), "type " + type);
            assertFalse(GiasRules.isEligible(school), "type " + type);
        }
    }

    @Test
    void whoMayAppointNationalBodies() {
        // rule: AB-4
        assertTrue(GiasRules.isIndependent(10));
        assertTrue(GiasRules.isIndependent(11));
        assertFalse(GiasRules.isIndependent(1));
        // rule: AB-5
        assertTrue(GiasRules.isBritishSchoolOverseas(37));
        assertFalse(GiasRules.isBritishSchoolOverseas(11));
    }

    @Test
    void childrensCentresGetNoEmails() {
        assertFalse(GiasRules.receivesEmails(47));
        assertFalse(GiasRules.receivesEmails(48));
        assertTrue(GiasRules.receivesEmails(1));
    }
}
