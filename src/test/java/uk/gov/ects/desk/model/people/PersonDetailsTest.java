package uk.gov.ects.desk.model.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.model.rules.Refused;

class PersonDetailsTest {

    @Test
    void wellFormedEmailsNeedOneAtAndADottedDomain() {
        // rule: SIT-3
        assertTrue(EmailAddress.isWellFormed("pat.tutor@oak.sch.uk"));
        assertTrue(EmailAddress.isWellFormed("  pat@oak.sch.uk "));
        assertFalse(EmailAddress.isWellFormed("pat@oak"));
        assertFalse(EmailAddress.isWellFormed("pat oak@school.org.uk"));
        assertFalse(EmailAddress.isWellFormed("pat@@oak.sch.uk"));
        assertFalse(EmailAddress.isWellFormed("@oak.sch.uk"));
    }

    @Test
    void nameAndEmailAreRequired() {
        // rule: SIT-3
        Refused.with(422, "name_required", "SIT-3", () -> PersonDetails.requireNameAndEmail(" ", "a@b.org", "SIT-3"));
        Refused.with(422, "email_required", "SIT-3", () -> PersonDetails.requireNameAndEmail("Pat", null, "SIT-3"));
        assertEquals("/email", Refused.with(422, "email_invalid", "SIT-3",
                () -> PersonDetails.requireNameAndEmail("Pat", "pat.oak", "SIT-3")).pointer());
    }

    @Test
    void anEmailHeldBySomeoneElseIsRefusedButTheirOwnIsFine() {
        // rule: SIT-4
        EmailHolder ect = new EmailHolder("p-1", "Jane Smith", PersonKind.ECT);
        Refused.with(422, "email_in_use", "SIT-4", () -> PersonDetails.requireEmailFree(Optional.of(ect), null, "SIT-4"));
        PersonDetails.requireEmailFree(Optional.of(ect), "p-1", "SIT-4");
        PersonDetails.requireEmailFree(Optional.empty(), null, "SIT-4");
    }

    @Test
    void aSitWithTheSameNameMayShareTheirEmailButNotAnEctWithTheSameName() {
        // rule: SIT-4, MSIT-1
        EmailHolder sit = new EmailHolder("s-1", "Pat Tutor", PersonKind.INDUCTION_TUTOR);
        assertEquals(Optional.of("s-1"), PersonDetails.sameSitOrFree(Optional.of(sit), "pat  TUTOR", "SIT-4"));
        Refused.with(422, "email_in_use", "SIT-4",
                () -> PersonDetails.sameSitOrFree(Optional.of(sit), "Sam Tutor", "SIT-4"));
        EmailHolder ect = new EmailHolder("p-1", "Pat Tutor", PersonKind.ECT);
        Refused.with(422, "email_in_use", "SIT-4",
                () -> PersonDetails.sameSitOrFree(Optional.of(ect), "Pat Tutor", "SIT-4"));
    }

    @Test
    void firstNamesIgnoreCaseAndATitle() {
        // rule: OVR-SIT
        assertTrue(PersonName.sameFirstName("Mrs. Jane Smith", "jane Jones"));
        assertFalse(PersonName.sameFirstName("Dr", "Dr"));
        assertFalse(PersonName.sameFirstName("Jane Smith", "Janet Smith"));
    }
}
