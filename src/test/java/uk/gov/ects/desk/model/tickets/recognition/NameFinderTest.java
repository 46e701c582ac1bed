package uk.gov.ects.desk.model.tickets.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names an agent would search for, and capitalised words that are not anyone (SUP-2). */
class NameFinderTest {

    private static List<String> names(String body) {
        return TicketRecognizer.recognise("", body).values(EntityKind.NAME);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "our ECT Priya Sharma has left|Priya Sharma",
            "One of our mentors, Claire Dawson, also|Claire Dawson",
            "an ECT named Chloe Adeyemi but|Chloe Adeyemi",
            "The teacher is Molly Stevens and|Molly Stevens",
            "Her name is Aisha Rahman, TRN|Aisha Rahman",
            "two profiles for Megan Hughes by mistake|Megan Hughes",
            "Our mentor Stephen Ward's DOB|Stephen Ward",
            "Contact: Oliver Grant, 020|Oliver Grant",
            "Kind regards,\\nFiona Campbell-Ross\\nDeputy Head|Fiona Campbell-Ross",
            "Thanks\\nPatrick O'Neill|Patrick O'Neill",
            "Thanks, Martin Hughes, 07700 900314|Martin Hughes",
            "From: Sophie Turner <s.turner@x.org.uk>|Sophie Turner",
            "see below\\n\\nSam Ridley\\nExecutive Head|Sam Ridley"})
    void namesAfterTheCuesSchoolsUse(String text, String name) {
        // rule: SUP-2
        assertEquals(List.of(name), names(text.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"Mrs Patel will call|Mrs Patel", "Mrs J Patel, SENCo|J Patel",
            "SIT Mr Paul Dunn left|Paul Dunn", "Dr. Alan Price at Kingsway|Alan Price"})
    void aTitleIntroducesANameEvenASurnameAlone(String text, String name) {
        // rule: SUP-2
        assertEquals(List.of(name), names(text));
    }

    @Test
    void inCapitalsOnlyStrongCuesCountAndTheNameIsTitleCased() {
        // rule: SUP-2
        assertEquals(List.of("James Holloway"), names("THE TRN FOR OUR ECT CALLED JAMES HOLLOWAY IS WRONG ON YOUR SYSTEM"));
        assertEquals(List.of(), names("SAME TEACHER SHOWING TWICE ON OUR LIST FOR URGENT MATTERS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "joined us from Castle Park School in January",
            "partnership for Ambition Institute was reported",
            "From: Education Development Trust <noreply@edt.example.org>",
            "Kind regards\\nGreenbank Primary School",
            "Thanks, Tom",
            "Thank you for your email",
            "Dear Support Team,",
            "mentor at Riverside Primary",
            "Willow Lane\\nCoventry"})
    void schoolsProvidersStreetsAndFirstNamesAloneAreNotNames(String text) {
        // rule: SUP-2
        assertEquals(List.of(), names(text.replace("\\n", "\n")), text);
    }

    @Test
    void theSpanPointsAtTheNameInSubjectPlusBody() {
        // rule: SUP-2: the Tickets tab highlights entities where they were written
        String subject = "Wrong TRN";
        String body = "For our ECT Priya Sharma, TRN 1234567";
        Recognition recognition = TicketRecognizer.recognise(subject, body);
        String whole = subject + "\n" + body;
        for (Entity entity : recognition.entities()) {
            assertEquals(entity.text(), whole.substring(entity.start(), entity.end()), entity.kind().name());
        }
        assertEquals(List.of(EntityKind.NAME, EntityKind.TRN), recognition.entities().stream().map(Entity::kind).toList());
    }
}
