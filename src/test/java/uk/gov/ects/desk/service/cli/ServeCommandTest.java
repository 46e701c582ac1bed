package uk.gov.ects.desk.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.Fixture;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("First start writes one token per role to an owner-only file; the tokens work; a restart keeps them")
    void firstStartTokens() throws Exception {
        Path tokens = dir.resolve("tokens.txt");
        String[] args = {"serve", "--port", "0", "--db", dir.resolve("store").toString(), "--tokens-file", tokens.toString()};
        SupportService service = ServeCommand.start(ServeCommand.parse(args));
        try {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens)));
            List<String> lines = Files.readAllLines(tokens);
            String agentToken = lines.stream().filter(l -> l.startsWith("agent=")).findFirst().orElseThrow().substring(6);
            assertEquals(4, lines.stream().filter(l -> l.contains("=")).count());
            Api.Reply me = new Api(service.port()).get("/me", agentToken);
            assertEquals("agent", me.attributes().get("role").getAsString());
        } finally {
            service.stop();
        }
        String before = Files.readString(tokens);
        SupportService again = ServeCommand.start(ServeCommand.parse(args));
        again.stop();
        assertEquals(before, Files.readString(tokens), "tokens are made once, at first start");
    }

    @Test
    @DisplayName("--data-file into a store that already holds data is refused with a clear message")
    void refusesNonEmptyStore() throws Exception {
        Path store = dir.resolve("full");
        try (Database db = Database.h2File(store)) {
            new Fixture(db).cohort(2026);
        }
        Path data = Files.writeString(dir.resolve("data.json"), "{\"cohorts\": []}");
        ServeCommand.UsageException refusal = assertThrows(ServeCommand.UsageException.class, () -> ServeCommand.start(
                ServeCommand.parse(new String[] {"--port", "0", "--db", store.toString(), "--data-file", data.toString()})));
        assertTrue(refusal.getMessage().contains("already holds data"), refusal.getMessage());
    }

    @Test
    @DisplayName("--demo small fills an empty store and serves its schools")
    void demoSmall() throws Exception {
        Path tokens = dir.resolve("demo-tokens.txt");
        SupportService service = ServeCommand.start(ServeCommand.parse(new String[] {"--port", "0", "--db",
                dir.resolve("demo").toString(), "--demo", "small", "--tokens-file", tokens.toString()}));
        try {
            Api.Reply schools = new Api(service.port()).get("/schools?limit=500", "demo-agent");
            assertEquals(200, schools.status(), schools.body());
            assertTrue(schools.json().getAsJsonArray("data").size() >= 50, "the small demo has about 60 schools");
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve("demo.mv.db"))), "the store holds people's details");
            }
        } finally {
            service.stop();
        }
    }

    @Test
    @DisplayName("A bad --data-file loads nothing and the message names the bad row")
    void badDataFileLoadsNothing() throws Exception {
        Path store = dir.resolve("bad");
        Path data = Files.writeString(dir.resolve("bad.json"), """
                {"cohorts": [{"year": 2026, "registration_opens": "2026-04-01", "academic_year_starts": "2026-09-01"}],
                 "schools": [{"urn": "12", "name": "Oak Primary", "establishment_type_code": 1, "status_code": 1,
                              "administrative_district_code": "E09000001", "section_41_approved": false}]}
                """);
        ServeCommand.UsageException refusal = assertThrows(ServeCommand.UsageException.class, () -> ServeCommand.start(
                ServeCommand.parse(new String[] {"--port", "0", "--db", store.toString(), "--data-file", data.toString()})));
        assertTrue(refusal.getMessage().contains("schools[0].urn"), refusal.getMessage());
        try (Database db = Database.h2File(store)) {
            assertTrue(ServeCommand.isEmpty(db), "nothing from the bad file was stored");
        }
    }

    @Test
    @DisplayName("Usage mistakes are named: each message says which option is wrong and how")
    void usage() {
        assertUsage("Give both --port and --db.", "--db", "x");
        assertUsage("--port must be a number from 0 to 65535", "--port", "http", "--db", "x");
        assertUsage("The option --port needs a value.", "--db", "x", "--port");
        assertUsage("--demo must be small or large.", "--port", "0", "--db", "x", "--demo", "huge");
        assertUsage("Unknown option --bogus.", "--port", "0", "--db", "x", "--bogus", "1");
        assertUsage("Give either --data-file or --demo, not both.", "--port", "0", "--db", "x", "--demo", "small",
                "--data-file", "d.json");
        assertFalse(ServeCommand.parse(new String[] {"serve", "--port", "0", "--db", "x"}).host().isBlank());
    }

    @Test
    @DisplayName("A --data-file that cannot be read is named, and the store is left empty")
    void unreadableDataFile() {
        Path store = dir.resolve("empty");
        ServeCommand.UsageException refusal = assertThrows(ServeCommand.UsageException.class, () -> ServeCommand.start(
                ServeCommand.parse(new String[] {"--port", "0", "--db", store.toString(), "--data-file",
                        dir.resolve("missing.json").toString()})));
        assertTrue(refusal.getMessage().contains("missing.json") && refusal.getMessage().contains("check the path"),
                refusal.getMessage());
    }

    private static void assertUsage(String expected, String... args) {
        ServeCommand.UsageException mistake = assertThrows(ServeCommand.UsageException.class, () -> ServeCommand.parse(args));
        assertTrue(mistake.getMessage().startsWith(expected), mistake.getMessage());
    }
}
