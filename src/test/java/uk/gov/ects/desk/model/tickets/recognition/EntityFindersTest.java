package uk.gov.ects.desk.model.tickets.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The tricky cases of each finder, one behaviour per test (SUP-2: what an agent sees on a ticket). */
class EntityFindersTest {

    private static List<String> values(String body, EntityKind kind) {
        return TicketRecognizer.recognise("", body).values(kind);
    }

    @Nested
    @DisplayName("TRNs")
    class Trns {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "TRN: 12 34 567|1234567",
                "her TRN is 1234567.|1234567",
                "RP 12/34567|1234567",
                "TRN 34567|0034567",
                "teacher reference number 0456789|0456789",
                "trn-1234567|1234567",
                "TRN 123456|0123456"})
        void readsEveryWayOfWritingOne(String text, String trn) {
            // rule: SUP-2; TRN normalisation as teacher-records.md: 5 to 7 digits, left-padded
            assertEquals(List.of(trn), values(text, EntityKind.TRN));
        }

        @Test
        void aLoneSevenDigitNumberIsATrnAndALoneSixDigitNumberAUrn() {
            // rule: SUP-2
            Recognition recognition = TicketRecognizer.recognise("", "Details: 7654321 at 123456");
            assertEquals(List.of("7654321"), recognition.values(EntityKind.TRN));
            assertEquals(List.of("123456"), recognition.values(EntityKind.URN));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Tel 01632 960412", "call 07700 900123", "+44 1632 960412", "ring 01632960412"})
        void phoneNumbersAreNeitherTrnsNorUrns(String text) {
            // rule: SUP-2
            Recognition recognition = TicketRecognizer.recognise("", text);
            assertEquals(List.of(), recognition.values(EntityKind.TRN));
            assertEquals(List.of(), recognition.values(EntityKind.URN));
            assertEquals(1, recognition.values(EntityKind.PHONE).size());
        }

        @Test
        void anNiNumbersDigitsAreNotATrn() {
            // rule: SUP-2
            Recognition recognition = TicketRecognizer.recognise("", "NI number JT 47 21 93 B, TRN 1234567");
            assertEquals(List.of("JT472193B"), recognition.values(EntityKind.NI_NUMBER));
            assertEquals(List.of("1234567"), recognition.values(EntityKind.TRN));
        }
    }

    @Nested
    @DisplayName("URNs and numbers that are neither")
    class Urns {

        @ParameterizedTest
        @ValueSource(strings = {"Ticket #483920", "our ref: 483920", "support request 483920", "case ref is 483920",
                "UKPRN 10012345", "the 2026 cohort", "academic year 2026/27", "costs £123,456", "ref 2026/114"})
        void referenceNumbersYearsAndMoneyAreNotEntities(String text) {
            // rule: SUP-2; a decision recorded in corpus.json's "about"
            Recognition recognition = TicketRecognizer.recognise("", text);
            assertEquals(List.of(), recognition.values(EntityKind.URN), text);
            assertEquals(List.of(), recognition.values(EntityKind.TRN), text);
        }

        @Test
        void aUrnAfterTheWordUrnOrGias() {
            // rule: SUP-2
            assertEquals(List.of("140321", "118902"), values("URN: 140321, GIAS number 118902", EntityKind.URN));
        }

        @Test
        void sevenDigitsAfterUrnAreReadByTheirLength() {
            // rule: SUP-2: a school that writes "URN" before a TRN still gets the number found
            assertEquals(List.of("1234567"), values("URN 1234567", EntityKind.TRN));
        }
    }

    @Nested
    @DisplayName("NI numbers")
    class NiNumbers {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"JT 47 21 93 B|JT472193B", "jt472193b|JT472193B", "PW123456A|PW123456A"})
        void spacedCompactAndLowerCase(String text, String nino) {
            // rule: SUP-2
            assertEquals(List.of(nino), values(text, EntityKind.NI_NUMBER));
        }

        @ParameterizedTest
        @ValueSource(strings = {"GB123456A", "QQ123456C", "AB123456E", "meet AT 12 34 56 A block"})
        void prefixesHmrcNeverIssuesAndWordsAreNotNiNumbers(String text) {
            // rule: SUP-2
            assertEquals(List.of(), values(text, EntityKind.NI_NUMBER), text);
        }

        @Test
        void aWordPrefixCountsAfterTheWordsNationalInsurance() {
            // rule: SUP-2
            assertEquals(List.of("AT123456A"), values("national insurance AT 12 34 56 A", EntityKind.NI_NUMBER));
        }
    }

    @Nested
    @DisplayName("dates")
    class Dates {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "12/04/1995|1995-04-12",
                "12.04.95|1995-04-12",
                "12-04-1995|1995-04-12",
                "12 April 1995|1995-04-12",
                "12th April 1995|1995-04-12",
                "12th of April 1995|1995-04-12",
                "3rd Sept 1990|1990-09-03",
                "April 12th, 1995|1995-04-12",
                "2026-09-01|2026-09-01",
                "01/09/26|2026-09-01",
                "Mon, 2 Feb 2026 at 09:14|2026-02-02"})
        void ukFormsAreReadDayFirstAndNormalisedToIso(String text, String iso) {
            // rule: SUP-2
            assertEquals(List.of(iso), values(text, EntityKind.DATE));
        }

        @ParameterizedTest
        @ValueSource(strings = {"31/02/2026", "12th April", "September 2026", "2026/27", "version 1.2.3", "13/13/13"})
        void impossibleOrIncompleteDatesAreNotDates(String text) {
            // rule: SUP-2
            assertEquals(List.of(), values(text, EntityKind.DATE), text);
        }
    }

    @Nested
    @DisplayName("postcodes, phones and emails")
    class ContactDetails {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {"Leeds LS1 4AP|LS1 4AP", "sw1a 1aa|SW1A 1AA", "(DE22 1AB)|DE22 1AB",
                "M14 6PZ.|M14 6PZ", "EC1A1BB|EC1A 1BB"})
        void postcodesInEitherCase(String text, String postcode) {
            // rule: SUP-2
            assertEquals(List.of(postcode), values(text, EntityKind.POSTCODE));
        }

        @Test
        void mixedCaseIsNotAPostcode() {
            // rule: SUP-2
            assertEquals(List.of(), values("Room B12 3rd floor", EntityKind.POSTCODE));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {"+44 (0)20 7946 0958|02079460958", "07700 900 123|07700900123",
                "(01632) 960412|01632960412", "0113-496-0771|01134960771", "+447700900123|07700900123"})
        void phonesNormaliseToDigitsFromTheLeadingZero(String text, String phone) {
            // rule: SUP-2
            assertEquals(List.of(phone), values(text, EntityKind.PHONE));
        }

        @Test
        void emailsInCapitalsOrEndingASentenceAreNormalised() {
            // rule: SUP-2
            assertEquals(List.of("admin@hollywood-primary.sch.uk", "d.osei@meadowbank.sch.uk"),
                    values("SEND TO ADMIN@HOLLYWOOD-PRIMARY.SCH.UK. Or (d.osei@meadowbank.sch.uk).", EntityKind.EMAIL));
        }
    }
}
