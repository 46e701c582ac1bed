package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.service.testing.Fixture;

/** Notes family end to end: the "Add a note" form on a school, a partnership and a participant (OVR-NOTE). */
class NoteFormsEndToEndTest extends FormsEndToEndBase {

    @Override
    protected void records(Fixture fixture) {
        fixture.cohort(2026)
                .leadProvider("lp-a", "Ambition Institute").deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2026, "lp-a", "dp-n")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .schoolCohort("100001", 2026, "full_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .participant("e-1", "ect", "Jane Smith", "1234567", LocalDate.of(1995, 4, 21), "100001", 2026,
                        "jane@oak.sch.uk");
    }

    static Stream<FormCase> noteForms() {
        return Stream.of(
                // op: OVR-NOTE
                new FormCase("OVR-NOTE", FormAction.SCHOOL_NOTE, "100001",
                        form -> form.field("body").textProperty().set("Rang the head teacher about the tutor"),
                        "OVR-NOTE school:100001",
                        cache -> assertNotes(cache, "school:100001", "Rang the head teacher about the tutor")),
                // op: OVR-NOTE
                new FormCase("OVR-NOTE", FormAction.PARTNERSHIP_NOTE, "p-1",
                        form -> form.field("body").textProperty().set("Ambition confirmed the partnership by email"),
                        "OVR-NOTE partnership:p-1",
                        cache -> assertNotes(cache, "partnership:p-1", "Ambition confirmed the partnership by email")),
                // op: OVR-NOTE
                new FormCase("OVR-NOTE", FormAction.PARTICIPANT_NOTE, "e-1",
                        form -> form.field("body").textProperty().set("Jane rang: her school changed its name"),
                        "OVR-NOTE participant:e-1",
                        cache -> assertNotes(cache, "participant:e-1", "Jane rang: her school changed its name")));
    }

    /** The service's note, by the agent, in place of the provisional one shown while it waited. */
    private static void assertNotes(LocalCache cache, String target, String body) {
        assertEquals(List.of(body + " — Sam agent"), cache.notes(target).stream()
                .map(note -> note.attributes().get("body").getAsString() + " — "
                        + note.attributes().get("author").getAsString()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noteForms")
    @DisplayName("Note forms reach the service through the outbox; after a sync the record's notes show the agent's note")
    void formReachesServiceAndCacheShowsIt(FormCase formCase) throws ApiException {
        runCase(formCase);
    }
}
