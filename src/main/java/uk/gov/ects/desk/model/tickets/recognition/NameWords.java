package uk.gov.ects.desk.model.tickets.recognition;

import java.util.Locale;
import java.util.Set;

/**
 * Capitalised words that are not part of a person's name: sentence openers, greetings, months,
 * roles, and the words of school, provider and street names. A name candidate stops at the first
 * of these; one followed by an organisation word ("Castle Park School") is not a name at all.
 */
final class NameWords {

    private static final Set<String> ORGANISATION = Set.of(
            "school", "schools", "academy", "academies", "primary", "secondary", "infant", "infants", "junior",
            "juniors", "high", "college", "university", "trust", "federation", "institute", "hub", "partnership",
            "network", "council", "authority", "office", "team", "support", "service", "services", "department",
            "education", "development", "teaching", "learning", "nursery", "grammar", "centre", "center",
            "foundation", "community", "church", "road", "street", "lane", "avenue", "close", "drive", "way",
            "crescent", "place", "square", "gardens", "terrace", "ce", "rc", "cofe", "st", "saint", "group",
            "limited", "ltd", "plc");

    private static final Set<String> OTHER = Set.of(
            // sentence openers and function words
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "from", "with",
            "as", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
            "should", "may", "might", "must", "do", "does", "did", "not", "no", "yes", "i", "we", "our", "us", "you",
            "your", "he", "she", "his", "her", "him", "they", "them", "their", "it", "its", "this", "that", "these",
            "those", "there", "here", "who", "which", "what", "when", "where", "why", "how", "all", "any", "some",
            "one", "two", "each", "every", "new", "old", "same", "other", "another", "please", "also", "still",
            "only", "just", "so", "then", "now", "again", "unfortunately", "apologies", "sorry", "hope", "ok", "okay",
            "after", "before", "since", "until", "while", "because", "about", "into", "over", "under", "already",
            "needs", "need", "wants", "want", "works", "left", "joined", "moved", "moving", "says", "said", "shows",
            // greetings and closings
            "hi", "hello", "dear", "good", "morning", "afternoon", "thanks", "thank", "regards", "kind", "many",
            "best", "wishes", "cheers", "sincerely", "faithfully", "yours", "warm",
            // days and months (a name that is also a month is missed rather than a month taken for a name)
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "christmas", "easter", "summer", "autumn", "spring", "term", "year",
            // roles and the service's own words
            "lead", "provider", "providers", "delivery", "partner", "induction", "tutor", "mentor", "mentors", "ect",
            "ects", "teacher", "teachers", "head", "headteacher", "deputy", "executive", "assistant", "business",
            "manager", "officer", "admin", "administrator", "governor", "governors", "senco", "principal", "chair",
            "clerk", "programme", "programmes", "cohort", "dfe", "gias", "trn", "urn", "ni", "sit", "ecf",
            "ambition", "capita", "ucl", "edt", "niot", "appropriate", "body",
            // mail headers
            "forwarded", "message", "subject", "date", "sent", "cc", "fw", "fwd", "re", "original", "wrote",
            "tel", "telephone", "mobile", "phone", "email", "fax", "website", "contact", "name", "surname");

    private NameWords() {
    }

    static boolean isOrganisationWord(String word) {
        return ORGANISATION.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean notAName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ORGANISATION.contains(lower) || OTHER.contains(lower);
    }
}
