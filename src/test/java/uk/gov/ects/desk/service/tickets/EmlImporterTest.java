package uk.gov.ects.desk.service.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.service.cli.ImportCommand;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

class EmlImporterTest extends ServiceTestBase {

    private static final Instant NOW = Instant.parse("2026-10-10T12:00:00Z");

    private Path folder;

    @BeforeEach
    void mailbox() throws URISyntaxException {
        folder = Path.of(getClass().getResource("/eml/01-plain.eml").toURI()).getParent();
        fixture.fixClock(NOW).cohort(2026)
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk");
    }

    private EmlImporter.Report importMailbox() throws IOException {
        return new EmlImporter(db, new ServiceClock(db)).importFolder(folder);
    }

    /** The imported tickets as GET /tickets shows them, by subject. */
    private Map<String, JsonObject> ticketsBySubject() {
        Map<String, JsonObject> tickets = new HashMap<>();
        for (JsonElement element : api.get("/tickets?limit=100", viewer).json().getAsJsonArray("data")) {
            JsonObject attributes = element.getAsJsonObject().getAsJsonObject("attributes");
            tickets.put(attributes.get("subject").getAsString(), attributes);
        }
        return tickets;
    }

    @Test
    @DisplayName("SUP-2: each readable email becomes a new ticket with its sender, subject, date and text")
    void importsEachMessage() throws IOException {
        EmlImporter.Report report = importMailbox();
        assertEquals(6, report.imported().size(), report.toString());
        assertEquals(List.of("07-broken.eml"), List.copyOf(report.failed().keySet()), "the broken file is named");
        Map<String, JsonObject> tickets = ticketsBySubject();
        assertEquals(6, tickets.size());

        JsonObject plain = tickets.get("Wrong TRN for Jane Smith");
        assertEquals("pat@oak.sch.uk", plain.get("from_email").getAsString());
        assertEquals("2026-10-01T07:15:00Z", plain.get("received_at").getAsString());
        assertEquals("Hello,\n\nWe typed the wrong TRN for Jane Smith. It should be 1234567.\n\nThanks,\nPat",
                plain.get("body").getAsString());
        assertEquals("new", plain.get("status").getAsString());
        assertEquals("100001", plain.get("school_urn").getAsString(), "the induction tutor's school");

        JsonObject alternative = tickets.get("Programme choice for 2026");
        assertEquals("office@birch.sch.uk", alternative.get("from_email").getAsString());
        assertEquals("We chose the wrong programme for 2026.\nPlease change it to school-led.",
                alternative.get("body").getAsString(), "the text part, not the HTML");
        assertTrue(alternative.get("school_urn").isJsonNull());

        JsonObject html = tickets.get("Mentor at two schools");
        assertEquals("Our mentor Sam Jones also mentors at Oak Primary.\nCan they be in both pools? Tom & Jerry's "
                + "school says yes.", html.get("body").getAsString());
        assertFalse(html.get("body").getAsString().contains("color"), "styles are not text");

        JsonObject latin1 = tickets.get("Zoë's induction start date");
        assertEquals("sian@birch.sch.uk", latin1.get("from_email").getAsString());
        assertTrue(latin1.get("body").getAsString().contains("Zoë Brown started her induction on 1 September, not "
                + "1 October. Could you correct it please?"), latin1.get("body").getAsString());
        assertTrue(latin1.get("body").getAsString().endsWith("Siân Öztürk\nInduction tutor"));

        JsonObject utf8 = tickets.get("My name is Zoë, not Zoe");
        assertEquals("Hello, my name is spelt Zoë (with “ë”). My tutor is Siân Öztürk.", utf8.get("body").getAsString());

        JsonObject base64 = tickets.get("Induction tutor change — Siân Öztürk");
        assertEquals("Dear support,\n\nSiân Öztürk has left our school; please take her off as induction tutor.\n\n"
                + "Rhys Llŷr", base64.get("body").getAsString());
        assertEquals("2026-10-07T15:45:00Z", base64.get("received_at").getAsString());
    }

    @Test
    @DisplayName("Importing the same folder again adds nothing (Message-ID, or a hash of the file without one)")
    void secondImportAddsNothing() throws IOException {
        importMailbox();
        long seq = lastSeq();
        EmlImporter.Report again = importMailbox();
        assertTrue(again.imported().isEmpty(), again.toString());
        assertEquals(6, again.alreadyImported().size());
        assertEquals(6, ticketsBySubject().size());
        assertEquals(seq, lastSeq(), "nothing new in the change feed");
    }

    @Test
    @DisplayName("Imported tickets are in the change feed and audited as SUP-2 by the service")
    void feedAndAudit() throws IOException {
        importMailbox();
        long tickets = 0;
        for (JsonElement row : api.get("/changes?after=0", viewer).json().getAsJsonArray("data")) {
            if ("ticket".equals(row.getAsJsonObject().get("type").getAsString())) {
                tickets++;
            }
        }
        assertEquals(6, tickets);
        assertEquals(6, count("SELECT COUNT(*) FROM audit_events WHERE operation = 'SUP-2' AND actor_kind = 'system'"));
    }

    @Test
    @DisplayName("import-eml: imports a folder into a store file; a bad file makes exit code 1, bad options 2")
    void command(@TempDir Path temp) throws IOException {
        Path mailbox = Files.createDirectory(temp.resolve("mailbox"));
        Files.copy(folder.resolve("01-plain.eml"), mailbox.resolve("01-plain.eml"));
        Path store = temp.resolve("store");
        assertEquals(0, new ImportCommand().run(new String[] {"import-eml", "--db", store.toString(), "--dir",
                mailbox.toString()}));
        Files.copy(folder.resolve("07-broken.eml"), mailbox.resolve("07-broken.eml"));
        assertEquals(1, new ImportCommand().run(new String[] {"--db", store.toString(), "--dir", mailbox.toString()}));
        assertEquals(2, new ImportCommand().run(new String[] {"--db", store.toString()}));
        try (uk.gov.ects.desk.service.store.Database file = uk.gov.ects.desk.service.store.Database.h2File(store)) {
            assertEquals(1L, (long) file.read(c -> uk.gov.ects.desk.service.writes.Sql.one(c,
                    "SELECT COUNT(*) FROM tickets", rs -> rs.getLong(1)).orElseThrow()));
        }
    }

    private long lastSeq() {
        return count("SELECT last_seq FROM feed_head WHERE id = 1");
    }

    private long count(String sql) {
        return db.read(c -> uk.gov.ects.desk.service.writes.Sql.one(c, sql, rs -> rs.getLong(1)).orElseThrow());
    }
}
