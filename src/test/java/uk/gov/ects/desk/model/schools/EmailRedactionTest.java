package uk.gov.ects.desk.model.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmailRedactionTest {

    @Test
    @DisplayName("ACC-3: first and last character of the local part, stars between, full domain")
    void redactsLikeTheService() {
        // rule: ACC-3
        assertEquals("j****e@school.org.uk", EmailRedaction.redact("jane.doe@school.org.uk"));
    }

    @Test
    void alwaysFourStarsWhateverTheLength() {
        // rule: ACC-3
        assertEquals("a****b@x.sch.uk", EmailRedaction.redact("ab@x.sch.uk"));
        assertEquals("a****c@x.sch.uk", EmailRedaction.redact("abc@x.sch.uk"));
        assertEquals("o****e@oak.sch.uk", EmailRedaction.redact("officeplace@oak.sch.uk"));
    }

    @Test
    void oneCharacterLocalPartShowsThatCharacterAndFourStars() {
        // rule: ACC-3
        assertEquals("a****@x.org", EmailRedaction.redact("a@x.org"));
    }
}
