package uk.gov.ects.desk.client.cache;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns resources and search text into the same normalised terms, so a prefix lookup on the
 * {@code search_terms} index finds them: lower case, accents dropped, each word of a name (and the
 * parts of hyphenated or apostrophised words), whole emails, TRN, URN, ids, postcodes without spaces.
 */
final class SearchTerms {

    static final String SCHOOL = "school";
    static final String PARTICIPANT = "participant";
    static final String PARTNERSHIP = "partnership";

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_TERM = 320;

    private SearchTerms() {
    }

    static Set<String> forSchool(String urn, JsonObject school) {
        Set<String> terms = new LinkedHashSet<>();
        addWhole(terms, urn);
        addWords(terms, Json.text(school, "name"));
        addWhole(terms, compact(Json.text(school, "postcode")));
        JsonObject tutor = Json.object(school, "induction_tutor");
        if (tutor != null) {
            addWhole(terms, Json.text(tutor, "email"));
        }
        return terms;
    }

    static Set<String> forParticipant(String id, JsonObject participant) {
        Set<String> terms = new LinkedHashSet<>();
        addWhole(terms, id);
        addWords(terms, Json.text(participant, "full_name"));
        addWhole(terms, Json.text(participant, "trn"));
        addWhole(terms, Json.text(participant, "email"));
        for (String email : Json.texts(participant, "emails")) {
            addWhole(terms, email);
        }
        for (String retired : Json.texts(participant, "retired_ids")) {
            addWhole(terms, retired);
        }
        return terms;
    }

    static Set<String> forPartnership(String id, JsonObject partnership) {
        Set<String> terms = new LinkedHashSet<>();
        addWhole(terms, id);
        addWhole(terms, Json.text(partnership, "school_urn"));
        addWords(terms, Json.text(partnership, "school_name"));
        addWords(terms, Json.text(partnership, "lead_provider_name"));
        addWords(terms, Json.text(partnership, "delivery_partner_name"));
        return terms;
    }

    /** The words of what the agent typed, normalised like the terms; empty for blank text. */
    static List<String> queryWords(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String raw : WHITESPACE.split(text.trim())) {
            String word = normaliseWord(raw);
            if (!word.isEmpty() && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The whole text without spaces, so "SW1A 1AA" finds the postcode term "sw1a1aa". */
    static String compact(String text) {
        return text == null ? null : normalise(WHITESPACE.matcher(text).replaceAll(""));
    }

    /**
     * The exclusive upper end of the index range holding every term that starts with
     * {@code prefix}. Terms are compared as Java strings, so any term with the prefix sorts below
     * the prefix followed by the highest char. Wildcards mean nothing here: text is matched literally.
     */
    static String prefixUpperBound(String prefix) {
        return prefix + Character.MAX_VALUE;
    }

    static String sortKey(String name) {
        return name == null ? "" : normalise(name);
    }

    private static void addWords(Set<String> terms, String text) {
        if (text == null) {
            return;
        }
        for (String raw : WHITESPACE.split(text.trim())) {
            String word = normaliseWord(raw);
            add(terms, word);
            for (String part : NOT_ALPHANUMERIC.split(word)) {
                add(terms, part);
            }
        }
    }

    private static void addWhole(Set<String> terms, String text) {
        if (text != null) {
            add(terms, normalise(text.trim()));
        }
    }

    private static void add(Set<String> terms, String term) {
        if (term != null && !term.isEmpty()) {
            terms.add(term.length() > MAX_TERM ? term.substring(0, MAX_TERM) : term);
        }
    }

    /** Lower case, accents dropped, leading and trailing punctuation trimmed ("(St." → "st"). */
    private static String normaliseWord(String raw) {
        String word = normalise(raw);
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return ACCENTS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Small null-safe readers of the raw resource JSON. */
    static final class Json {
        private Json() {
        }

        static String text(JsonObject object, String name) {
            JsonElement value = object == null ? null : object.get(name);
            return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
        }

        static Integer integer(JsonObject object, String name) {
            JsonElement value = object == null ? null : object.get(name);
            if (value == null || value.isJsonNull() || !value.isJsonPrimitive()) {
                return null;
            }
            try {
                return value.getAsInt();
            } catch (NumberFormatException e) {
                return null;
            }
        }

        static JsonObject object(JsonObject object, String name) {
            JsonElement value = object == null ? null : object.get(name);
            return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
        }

        static List<String> texts(JsonObject object, String name) {
            JsonElement value = object == null ? null : object.get(name);
            List<String> texts = new ArrayList<>();
            if (value != null && value.isJsonArray()) {
                JsonArray array = value.getAsJsonArray();
                for (JsonElement element : array) {
                    if (element.isJsonPrimitive()) {
                        texts.add(element.getAsString());
                    }
                }
            }
            return texts;
        }
    }
}
