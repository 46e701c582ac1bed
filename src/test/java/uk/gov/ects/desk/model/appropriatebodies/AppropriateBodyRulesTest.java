package uk.gov.ects.desk.model.appropriatebodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.rules.Refused;

class AppropriateBodyRulesTest {

    private static final int COMMUNITY = 1;
    private static final int INDEPENDENT = 11;
    private static final int OVERSEAS = 37;
    private static final AppropriateBody HUB = new AppropriateBody("ab-tsh-1", "Alpha Teaching School Hub",
            AppropriateBodyType.TEACHING_SCHOOL_HUB, null);
    private static final AppropriateBody OLD_HUB = new AppropriateBody("ab-tsh-2", "Beta Teaching School Hub",
            AppropriateBodyType.TEACHING_SCHOOL_HUB, 2025);
    private static final AppropriateBody ISTIP = new AppropriateBody("ab-istip",
            "Independent Schools Teacher Induction Panel (ISTIP)", AppropriateBodyType.NATIONAL, null);
    private static final AppropriateBody ESP = new AppropriateBody("ab-esp", "Educational Success Partners (ESP)",
            AppropriateBodyType.NATIONAL, null);

    @Test
    void notAppointedYetIsAllowed() {
        // rule: AB-1
        AppropriateBodyRules.requireAppointable(null, 2026, COMMUNITY, "AB-3");
    }

    @Test
    void aDisabledBodyIsNotOfferedFromItsYear() {
        // rule: AB-2
        assertTrue(AppropriateBodyRules.mayAppoint(OLD_HUB, 2024, COMMUNITY));
        assertFalse(AppropriateBodyRules.mayAppoint(OLD_HUB, 2025, COMMUNITY));
        Refused.with(422, "appropriate_body_not_available", "AB-2",
                () -> AppropriateBodyRules.requireAppointable(OLD_HUB, 2026, COMMUNITY, "AB-3"));
    }

    @Test
    void everySchoolMayAppointAHub() {
        // rule: AB-3
        for (int type : new int[] {COMMUNITY, INDEPENDENT, OVERSEAS}) {
            assertTrue(AppropriateBodyRules.mayAppoint(HUB, 2026, type));
        }
    }

    @Test
    void onlyIndependentSchoolsMayAppointIstip() {
        // rule: AB-4
        assertTrue(AppropriateBodyRules.mayAppoint(ISTIP, 2026, INDEPENDENT));
        assertTrue(AppropriateBodyRules.mayAppoint(ISTIP, 2026, 10));
        Refused.with(422, "appropriate_body_not_allowed", "AB-4",
                () -> AppropriateBodyRules.requireAppointable(ISTIP, 2026, COMMUNITY, "AB-3"));
    }

    @Test
    void onlyBritishSchoolsOverseasMayAppointEsp() {
        // rule: AB-5
        assertEquals(List.of(HUB, ESP), AppropriateBodyRules.offeredTo(List.of(HUB, OLD_HUB, ISTIP, ESP), 2026, OVERSEAS));
        Refused.with(422, "appropriate_body_not_allowed", "AB-5",
                () -> AppropriateBodyRules.requireAppointable(ESP, 2026, INDEPENDENT, "AB-3"));
    }

    @Test
    void espInAnotherWordIsNotEsp() {
        // rule: AB-5
        AppropriateBody respect = new AppropriateBody("ab-respect", "Respect Hub", AppropriateBodyType.NATIONAL, null);
        assertFalse(respect.isEsp());
    }

    @Test
    void changingTheCohortDefaultCanMoveEctsWhoHadTheOldOne() {
        // rule: OVR-AB
        var change = AppropriateBodyRules.changeCohortDefault("ab-old", HUB, 2026, COMMUNITY, true);
        assertEquals("ab-tsh-1", change.newDefaultId());
        assertTrue(change.moveEctsWithOldDefault());
        Refused.with(422, "appropriate_body_unchanged", "OVR-AB",
                () -> AppropriateBodyRules.changeCohortDefault("ab-tsh-1", HUB, 2026, COMMUNITY, false));
    }
}
