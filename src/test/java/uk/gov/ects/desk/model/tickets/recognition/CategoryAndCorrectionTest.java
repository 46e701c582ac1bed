package uk.gov.ects.desk.model.tickets.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.tickets.TicketRules;

/** The category guess, its cues and suggested operation, and the corrected values (SUP-2). */
class CategoryAndCorrectionTest {

    @Test
    void theCategoriesAreTheOnesTheServiceAccepts() {
        // rule: SUP-2: a guess must be something PUT /tickets/{id}/triage takes
        assertEquals(TicketRules.CATEGORIES, Arrays.stream(TicketCategory.values()).map(TicketCategory::wireName).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "trn_dob_correction|OVR_REVALIDATE", "programme_change|OVR_PROG", "multi_school_mentor|OVR_MENTOR_POOL",
            "induction_tutor|OVR_SIT", "partnership_change|OVR_PARTNERSHIP", "transfer|OVR_TRANSFER",
            "duplicate|OVR_MERGE", "participant_details|OVR_DETAILS"})
    void eachCategorySuggestsTheOperationThatResolvesIt(String category, Operation operation) {
        // rule: SUP-2
        Recognition recognition = new Recognition(List.of(), new CategoryGuess(category, 0.9, List.of()));
        assertEquals(Optional.of(operation), recognition.suggestedOperation());
    }

    @Test
    void otherSuggestsNoOperation() {
        // rule: SUP-2
        assertEquals(Optional.empty(), TicketRecognizer.recognise("Hello", "When is the next training day?").suggestedOperation());
    }

    @Test
    @DisplayName("the cues that fired are shown as the ticket wrote them, strongest first")
    void cuesAreTheWordsAsWritten() {
        // rule: SUP-2
        CategoryGuess guess = TicketRecognizer.recognise("URGENT", "We chose FIP but want CIP please").category();
        assertEquals("programme_change", guess.category());
        assertTrue(guess.cues().containsAll(List.of("FIP", "CIP")), guess.cues().toString());
        assertTrue(guess.confidence() > 0.5 && guess.confidence() <= 1, "confidence " + guess.confidence());
    }

    @Test
    void aTypoInACueStillCounts() {
        // rule: SUP-2
        assertEquals("programme_change",
                TicketRecognizer.recognise("chnage of programe", "we want to chnage our programe to core induciton").category().category());
    }

    @Test
    void aSingleWeakWordIsNotEnoughAndTheTicketIsOther() {
        // rule: SUP-2
        CategoryGuess guess = TicketRecognizer.recognise("Question", "How much time should a mentor get?").category();
        assertEquals("other", guess.category());
        assertEquals(List.of(), guess.cues());
    }

    @Test
    void aCloseRunnerUpLowersConfidence() {
        // rule: SUP-2
        double clear = TicketRecognizer.recognise("", "ECT registered twice, please merge the duplicate").category().confidence();
        double mixed = TicketRecognizer.recognise("", "ECT registered twice, please merge; also her date of birth typo")
                .category().confidence();
        assertTrue(mixed < clear, mixed + " vs " + clear);
    }

    @Test
    void theCorrectTrnIsTheOneTheSchoolSaysIsRight() {
        // rule: SUP-2, for OVR-REVALIDATE's form
        assertEquals(Optional.of("1234567"),
                TicketRecognizer.recognise("", "We put 1234576 by mistake; the correct TRN is 1234567.").correctedTrn());
        assertEquals(Optional.of("3456789"),
                TicketRecognizer.recognise("", "IT SHOULD BE 3456789 NOT 3456798").correctedTrn());
        assertEquals(Optional.of("2468013"),
                TicketRecognizer.recognise("", "I swapped two digits, it's 2468013 rather than 2468031.").correctedTrn());
    }

    @Test
    void theCorrectDateOfBirthIsTheOneTheSchoolSaysIsRight() {
        // rule: SUP-2, for OVR-REVALIDATE's form
        assertEquals(Optional.of(LocalDate.of(1995, 4, 12)),
                TicketRecognizer.recognise("", "her date of birth should be 12/04/1995").correctedDateOfBirth());
        assertEquals(Optional.of(LocalDate.of(1980, 3, 1)),
                TicketRecognizer.recognise("", "DOB is showing as 1 May 1980 but it should be 1 March 1980.").correctedDateOfBirth());
    }

    @Test
    void nothingIsSuggestedWhenTheTicketDoesNotSayWhichIsRight() {
        // rule: SUP-2: a wrong pre-fill is worse than an empty field
        Recognition recognition = TicketRecognizer.recognise("", "TRN 5566778 and also TRN 5566787. Date of birth 3rd March 1990.");
        assertEquals(Optional.empty(), recognition.correctedTrn());
        assertEquals(Optional.empty(), recognition.correctedDateOfBirth());
    }

    @Test
    void aDateThatIsNotABirthDateIsNeverACorrectedDateOfBirth() {
        // rule: SUP-2
        assertEquals(Optional.empty(),
                TicketRecognizer.recognise("", "She should be moving on 6 January 2026").correctedDateOfBirth());
    }

    @Test
    void blankOrMissingTextRecognisesNothing() {
        // rule: SUP-2: anyone may send anything, even an empty message
        Recognition recognition = TicketRecognizer.recognise(null, null);
        assertEquals(List.of(), recognition.entities());
        assertEquals("other", recognition.category().category());
    }

    @Test
    @DisplayName("a signature's job title is not a cue, but the sender's name and phone are still found")
    void theSignOffSaysWhoWroteNotWhatAbout() {
        // rule: SUP-2; a wrong leaving date is corrected with OVR-STATUS on the participant's record
        Recognition recognition = TicketRecognizer.recognise("Leaving date is wrong",
                "We reported Emilia King as leaving on 31 August 2026, but they are now staying with us until Christmas."
                        + " The service will not let us change the date.\n\nRebecca Patel, induction tutor\n"
                        + "Heathcroft Infant School\nTel 01632 960 412");
        assertEquals("participant_details", recognition.category().category(), recognition.category().cues().toString());
        assertTrue(recognition.category().cues().stream().noneMatch(cue -> cue.toLowerCase().contains("tutor")));
        List<String> entities = recognition.entities().stream().map(entity -> entity.kind() + ":" + entity.normalised()).toList();
        assertTrue(entities.containsAll(List.of("NAME:Rebecca Patel", "PHONE:01632960412")), entities.toString());
        assertTrue(entities.stream().noneMatch(entity -> entity.startsWith("TRN:")), entities.toString());
    }

    @Test
    void anInductionTutorTicketSignedByTheHeadIsStillAboutTheTutor() {
        // rule: SUP-2, OVR-SIT: the sign-off rule must not hide the message's own words
        assertEquals("induction_tutor", TicketRecognizer.recognise("Access",
                "Our induction tutor has left the school and we can't log in.\nKind regards,\nMrs Anne Cole\nHeadteacher")
                .category().category());
    }
}
