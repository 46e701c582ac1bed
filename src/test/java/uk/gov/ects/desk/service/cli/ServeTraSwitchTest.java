package uk.gov.ects.desk.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.teachers.HttpTeacherRecordRegistry;
import uk.gov.ects.desk.service.teachers.LocalTeacherRecordRegistry;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.FakeTra;
import uk.gov.ects.desk.service.testing.Fixture;

/** {@code serve --tra-url} is what makes the running service ask a real TRA instead of its own table. */
class ServeTraSwitchTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("serve --tra-url checks teachers against that TRA; without it, the store's teacher_records table")
    void traUrlSelectsTheHttpRegistry() {
        // rule: ECT-2
        Path store = dir.resolve("store");
        String agent;
        try (Database db = Database.h2File(store)) {
            Fixture fixture = new Fixture(db).cohort(2026)
                    .teacherRecord("1000001", "Local Only", LocalDate.of(1994, 3, 17), null);
            agent = fixture.token(Role.AGENT);
        }
        // The API key comes from ECTS_TRA_API_KEY, unset here: this TRA asks for none.
        try (FakeTra tra = new FakeTra(null).add("1000001", "Priya Raman", LocalDate.of(1994, 3, 17), null)) {
            SupportService viaTra = ServeCommand.start(ServeCommand.parse(new String[] {"serve", "--port", "0", "--db",
                    store.toString(), "--tra-url", tra.base().toString()}));
            try {
                assertInstanceOf(HttpTeacherRecordRegistry.class, viaTra.teacherRecords());
                Api.Reply check = new Api(viaTra.port()).get(
                        "/teacher-records/check?trn=1000001&date_of_birth=1994-03-17&name=Priya", agent);
                assertEquals("match", check.attributes().get("outcome").getAsString(), check.body());
                assertEquals(List.of("/v1/teachers/1000001?birthdate=1994-03-17"), tra.requests());
            } finally {
                viaTra.stop();
            }

            SupportService local = ServeCommand.start(ServeCommand.parse(new String[] {"--port", "0", "--db",
                    store.toString()}));
            try {
                assertInstanceOf(LocalTeacherRecordRegistry.class, local.teacherRecords());
                Api.Reply check = new Api(local.port()).get(
                        "/teacher-records/check?trn=1000001&date_of_birth=1994-03-17&name=Priya", agent);
                assertEquals("name_mismatch", check.attributes().get("outcome").getAsString(),
                        "the local record is named Local Only: " + check.body());
                assertEquals(1, tra.requests().size(), "the TRA was not asked");
            } finally {
                local.stop();
            }
        }
    }

    @Test
    @DisplayName("--tra-url that is not a web address is refused with what to give instead")
    void badTraUrl() {
        ServeCommand.UsageException refusal = assertThrows(ServeCommand.UsageException.class, () -> ServeCommand.parse(
                new String[] {"--port", "0", "--db", "x", "--tra-url", "tra.example"}));
        assertTrue(refusal.getMessage().contains("https://"), refusal.getMessage());
    }
}
