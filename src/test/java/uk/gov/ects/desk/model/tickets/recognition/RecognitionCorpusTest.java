package uk.gov.ects.desk.model.tickets.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How well the recogniser reads the tickets schools send (SUP-2: every contact becomes a ticket an
 * agent triages). The corpus in {@code tickets/corpus.json} was written for this test: all nine
 * categories, capitals, no punctuation, typos, forwarded mail, signatures with phone numbers and
 * postcodes, and numbers that are neither TRN nor URN. Its "about" lines give the annotation rules.
 */
@DisplayName("SUP-2: recognising tickets over the corpus")
class RecognitionCorpusTest {

    static {
        // surefire runs slf4j-simple at WARN; the accuracy summary is worth seeing in every build
        System.setProperty("org.slf4j.simpleLogger.log." + RecognitionCorpusTest.class.getName(), "info");
    }

    private static final Logger LOG = LoggerFactory.getLogger(RecognitionCorpusTest.class);
    private static final double CATEGORY_FLOOR = 0.85;
    private static final double PRECISION_FLOOR = 0.90;
    private static final double RECALL_FLOOR = 0.90;
    private static final double HELD_OUT_CATEGORY_FLOOR = 0.70;
    private static final double HELD_OUT_ENTITY_FLOOR = 0.85;
    private static final double SIGNATURES_CATEGORY_FLOOR = 0.55;

    record Ticket(String id, String subject, List<String> body, String category, List<String> entities,
                  String correctedTrn, String correctedDob) {

        String bodyText() {
            return String.join("\n", body);
        }
    }

    record Corpus(List<String> about, List<Ticket> tickets) {
    }

    private static List<Ticket> tickets;

    @BeforeAll
    static void readCorpus() throws IOException {
        tickets = read("/tickets/corpus.json");
    }

    private static List<Ticket> read(String resource) throws IOException {
        try (InputStream in = RecognitionCorpusTest.class.getResourceAsStream(resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Gson gson = new GsonBuilder().setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).create();
            return gson.fromJson(reader, Corpus.class).tickets();
        }
    }

    @Test
    @DisplayName("the corpus has at least 40 tickets and every category")
    void corpusIsBigEnoughAndCoversEveryCategory() {
        // rule: SUP-2
        assertTrue(tickets.size() >= 40, "tickets: " + tickets.size());
        Set<String> categories = new HashSet<>();
        tickets.forEach(ticket -> categories.add(ticket.category()));
        for (TicketCategory category : TicketCategory.values()) {
            assertTrue(categories.contains(category.wireName()), "no ticket for " + category.wireName());
        }
    }

    @Test
    @DisplayName("category accuracy and entity precision and recall stay above their floors")
    void recognisesTheCorpus() {
        // rule: SUP-2
        Score score = score("corpus", tickets);
        assertTrue(score.categoryAccuracy() >= CATEGORY_FLOOR, "category accuracy " + score);
        assertTrue(score.precision() >= PRECISION_FLOOR, "entity precision " + score);
        assertTrue(score.recall() >= RECALL_FLOOR, "entity recall " + score);
    }

    /**
     * The corpus and the rules were written together, so its score flatters them. The held-out
     * tickets were written after the rules were frozen and never tuned against; their score is the
     * better guide to real tickets, and their floors are lower to match. First run with the rules
     * frozen: category 9/12 (75.0%), entities precision 0.97 recall 0.90. The one change made after
     * it: "case ref is 998877" is a reference number, as the corpus's rules already said.
     */
    @Test
    @DisplayName("tickets the rules were not tuned on are still mostly recognised")
    void recognisesHeldOutTickets() throws IOException {
        // rule: SUP-2
        Score score = score("held-out", read("/tickets/heldout.json"));
        assertTrue(score.categoryAccuracy() >= HELD_OUT_CATEGORY_FLOOR, "category accuracy " + score);
        assertTrue(score.precision() >= HELD_OUT_ENTITY_FLOOR, "entity precision " + score);
        assertTrue(score.recall() >= HELD_OUT_ENTITY_FLOOR, "entity recall " + score);
    }

    /**
     * Tickets whose signatures carry misleading words ("Induction Tutor", "SENCO", "mentor lead"),
     * phone numbers and postcodes, written after the sign-off rule was frozen and never tuned
     * against. Before the rule: category 4/12, entities precision 1.00 recall 0.90; first run with
     * it frozen: category 7/12 (58.3%), entities unchanged. Its floor is set below the older
     * held-out set's to match that first run, not raised to flatter it.
     */
    @Test
    @DisplayName("a signature's job title does not decide the category of held-out tickets")
    void recognisesHeldOutTicketsWithSignatures() throws IOException {
        // rule: SUP-2
        Score score = score("held-out signatures", read("/tickets/heldout-signoffs.json"));
        assertTrue(score.categoryAccuracy() >= SIGNATURES_CATEGORY_FLOOR, "category accuracy " + score);
        assertTrue(score.precision() >= HELD_OUT_ENTITY_FLOOR, "entity precision " + score);
        assertTrue(score.recall() >= HELD_OUT_ENTITY_FLOOR, "entity recall " + score);
    }

    record Score(int rightCategory, int tickets, double precision, double recall, List<String> misses) {

        double categoryAccuracy() {
            return (double) rightCategory / tickets;
        }
    }

    private static Score score(String name, List<Ticket> tickets) {
        int rightCategory = 0;
        int truePositives = 0;
        int predicted = 0;
        int expected = 0;
        Map<EntityKind, int[]> byKind = new EnumMap<>(EntityKind.class);
        List<String> misses = new ArrayList<>();
        for (Ticket ticket : tickets) {
            Recognition recognition = TicketRecognizer.recognise(ticket.subject(), ticket.bodyText());
            if (recognition.category().category().equals(ticket.category())) {
                rightCategory++;
            } else {
                misses.add(ticket.id() + ": category " + recognition.category().category() + " " + recognition.category().cues()
                        + ", expected " + ticket.category());
            }
            Set<String> found = new LinkedHashSet<>();
            recognition.entities().forEach(entity -> found.add(entity.kind() + ":" + entity.normalised()));
            Set<String> wanted = new LinkedHashSet<>(ticket.entities());
            for (String entity : found) {
                int[] counts = byKind.computeIfAbsent(kindOf(entity), kind -> new int[3]);
                counts[1]++;
                if (wanted.contains(entity)) {
                    truePositives++;
                    counts[0]++;
                } else {
                    misses.add(ticket.id() + ": extra " + entity);
                }
            }
            for (String entity : wanted) {
                byKind.computeIfAbsent(kindOf(entity), kind -> new int[3])[2]++;
                if (!found.contains(entity)) {
                    misses.add(ticket.id() + ": missed " + entity);
                }
            }
            predicted += found.size();
            expected += wanted.size();
        }
        Score score = new Score(rightCategory, tickets.size(), ratio(truePositives, predicted), ratio(truePositives, expected),
                misses);
        // the misses name invented test people only; real tickets never pass through this test
        misses.forEach(miss -> LOG.info("recognition ({}) miss: {}", name, miss));
        byKind.forEach((kind, counts) -> LOG.info("recognition ({}) {}: precision {} recall {}", name, kind,
                String.format("%.2f", ratio(counts[0], counts[1])), String.format("%.2f", ratio(counts[0], counts[2]))));
        LOG.info("recognition ({}): category {}/{} ({}%), entities precision {} recall {}", name, rightCategory,
                tickets.size(), String.format("%.1f", 100 * score.categoryAccuracy()),
                String.format("%.2f", score.precision()), String.format("%.2f", score.recall()));
        return score;
    }

    @Test
    @DisplayName("the corrected TRN and date of birth are the ones the school says are right")
    void picksTheCorrectedValues() {
        // rule: SUP-2, and OVR-REVALIDATE's pre-filled form
        for (Ticket ticket : tickets) {
            Recognition recognition = TicketRecognizer.recognise(ticket.subject(), ticket.bodyText());
            assertEquals(ticket.correctedTrn(), recognition.correctedTrn().orElse(null), ticket.id() + " corrected TRN");
            assertEquals(ticket.correctedDob(), recognition.correctedDateOfBirth().map(Object::toString).orElse(null),
                    ticket.id() + " corrected date of birth");
        }
    }

    private static EntityKind kindOf(String entity) {
        return EntityKind.valueOf(entity.substring(0, entity.indexOf(':')));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
