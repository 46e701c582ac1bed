package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.ApiSettings;
import uk.gov.ects.desk.client.api.SupportApiClient;
import uk.gov.ects.desk.client.api.dto.ParticipantDto;
import uk.gov.ects.desk.client.cache.CacheKey;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.operations.OnlinePreview;
import uk.gov.ects.desk.client.operations.OperationRequest;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.client.operations.QueuedOperation;
import uk.gov.ects.desk.client.operations.ServiceWrites;
import uk.gov.ects.desk.client.sync.SyncEngine;
import uk.gov.ects.desk.gui.common.CurrentThreadTaskExecutor;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/**
 * One form per operation family against the real service on loopback: the form's request reaches the
 * service (preview and write, with Idempotency-Key and If-Match), and after a sync the cache shows it.
 * Submits straight to the service; every form through the real outbox, family by family, is in the
 * {@code *FormsEndToEndTest} classes ({@link FormsEndToEndBase}).
 */
class OperationFormsAgainstServiceTest extends ServiceTestBase {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");

    @TempDir
    Path dir;

    private LocalCache cache;
    private SupportApiClient client;
    private DirectSubmitter submitter;
    private FormCatalogue catalogue;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    /** Preview through OnlinePreview; submit straight to the service (the outbox does this in the app). */
    private static final class DirectSubmitter implements OperationSubmitter {
        final ServiceWrites writes;
        final OnlinePreview preview;
        final List<JsonObject> answers = new CopyOnWriteArrayList<>();

        DirectSubmitter(SupportApiClient client) {
            this.writes = new ServiceWrites(client);
            this.preview = new OnlinePreview(writes, Runnable::run);
        }

        @Override
        public CompletionStage<Preview> preview(OperationRequest request) {
            return CompletableFuture.completedFuture(preview.previewNow(request));
        }

        @Override
        public CompletionStage<QueuedOperation> submit(OperationRequest request) {
            try {
                JsonObject answer = writes.send(request, ServiceWrites.freshKey(), false);
                answers.add(answer);
                return CompletableFuture.completedFuture(new QueuedOperation(
                        answer.getAsJsonObject("meta").get("audit_event_id").getAsString(), request.summary()));
            } catch (ApiException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }

    @BeforeEach
    void dataCacheAndForms() throws ApiException {
        fixture.fixClock(NOW).cohort(2025).cohort(2026)
                .leadProvider("lp-a", "Ambition Institute").deliveryPartner("dp-n", "North Teaching Partnership")
                .pairing(2026, "lp-a", "dp-n")
                .school("100001", "Oak Primary", 1, "201", "EC1A 1AA", "office@oak.sch.uk")
                .school("100002", "Birch Academy", 1, "202", "M1 2AB", "office@birch.sch.uk")
                .inductionTutor("100001", "Pat Tutor", "pat@oak.sch.uk")
                .schoolCohort("100001", 2025, "core_induction_programme", null)
                .partnership("p-1", "100001", 2026, "lp-a", "dp-n", "active", Instant.parse("2026-06-01T10:00:00Z"))
                .participant("m-1", "mentor", "Mo Mentor", "2222222", LocalDate.of(1980, 1, 2), "100001", 2026, "mo@oak.sch.uk")
                .inductionRecord("ir-m1", "m-1", "100001", 2026, "lp-a", "dp-n", null, null, LocalDate.of(2026, 9, 1), null)
                .mentorPool("m-1", "100001")
                .participant("e-1", "ect", "Jane Smith", "7654321", LocalDate.of(1995, 4, 21), "100001", 2025, "jane@oak.sch.uk")
                .inductionRecord("ir-e1", "e-1", "100001", 2025, null, null, null, "m-1", LocalDate.of(2025, 9, 1), null)
                .teacherRecord("7654321", "Jane Smith", LocalDate.of(1995, 4, 12), "QQ123456C");
        cache = LocalCache.open(dir.resolve("cache"), CacheKey.fromKeyFile(dir.resolve("cache.key")));
        String agent = fixture.token(Role.AGENT);
        client = new SupportApiClient(ApiSettings.of(service.baseUrl(), () -> agent));
        submitter = new DirectSubmitter(client);
        catalogue = new FormCatalogue(new FormContext(cache, Clock.fixed(NOW, ZoneOffset.UTC)));
        sync();
    }

    @AfterEach
    void close() {
        client.close();
        cache.close();
    }

    private void sync() throws ApiException {
        new SyncEngine(client.changes(), cache, 100).syncOnce((applied, cursor) -> { });
    }

    private OperationFormViewModel open(FormAction action, String id) {
        return new OperationFormViewModel(catalogue.create(action, id), submitter, executor);
    }

    @Test
    @DisplayName("School family, OVR-PROG: the form's PUT changes the 2025 programme; after a sync the cache has it")
    void schoolProgramme() throws ApiException { // rule: OVR-PROG
        OperationFormViewModel form = open(FormAction.CHANGE_PROGRAMME, "100001");
        form.field("cohort").select("2025");
        form.field("choice").select("design_our_own");
        form.reason().textProperty().set("Ticket 12: the school designs its own programme now");
        assertTrue(form.statementProperty().get().contains("Moves 1 current ECT"), form.statementProperty().get());

        form.preview();
        assertEquals(Preview.Outcome.WOULD_APPLY, form.previewProperty().get().outcome(), form.previewTextProperty().get());
        form.submit();
        assertNotNull(form.submittedProperty().get(), form.messageProperty().get());

        sync();
        assertEquals("design_our_own", cache.school("100001").orElseThrow().cohorts().stream()
                .filter(c -> c.year() == 2025).findFirst().orElseThrow().programmeChoice());
    }

    @Test
    @DisplayName("School family, CSIT-1: replacing the tutor reaches the service; the cache shows the new tutor")
    void schoolTutor() throws ApiException { // rule: CSIT-1
        OperationFormViewModel form = open(FormAction.REPLACE_TUTOR, "100001");
        form.field("full_name").textProperty().set("Sam Lee");
        form.field("email").textProperty().set("sam.lee@oak.sch.uk");
        form.preview();
        Preview preview = form.previewProperty().get();
        assertEquals(Preview.Outcome.WOULD_APPLY, preview.outcome(), form.previewTextProperty().get());
        assertEquals("induction_tutor_nominated", preview.emails().get(0).template());
        form.submit();

        sync();
        assertEquals("Sam Lee", cache.school("100001").orElseThrow().inductionTutor().fullName());
    }

    @Test
    @DisplayName("Support family, OVR-MENTOR-POOL: Mo joins Birch Academy's pool; after a sync the cache lists both pools")
    void supportMentorPool() throws ApiException { // rule: OVR-MENTOR-POOL
        OperationFormViewModel form = open(FormAction.ADD_TO_MENTOR_POOL, "m-1");
        form.field("school_urn").textProperty().set("100002");
        form.reason().textProperty().set("Mo also mentors at Birch Academy from October");
        form.submit();
        assertNotNull(form.submittedProperty().get(), form.messageProperty().get());

        sync();
        ParticipantDto mo = cache.participant("m-1").orElseThrow();
        assertEquals(List.of("100001", "100002"), mo.mentorPools().stream().map(p -> p.schoolUrn()).sorted().toList());
    }

    @Test
    @DisplayName("Support family, OVR-REVALIDATE: the service's no_match shows on the form; the right date then applies")
    void supportRevalidation() throws ApiException { // rule: OVR-REVALIDATE
        OperationFormViewModel form = open(FormAction.REVALIDATE, "e-1");
        form.field("date_of_birth").textProperty().set("21/04/1995");
        form.reason().textProperty().set("The school says the date of birth on file is wrong");
        form.preview();
        assertEquals(Preview.Outcome.REFUSED, form.previewProperty().get().outcome());
        assertEquals("no_match", form.previewProperty().get().refusal().code());
        assertTrue(form.previewTextProperty().get().contains("OVR-REVALIDATE"), form.previewTextProperty().get());

        form.field("date_of_birth").textProperty().set("12/04/1995");
        form.preview();
        assertEquals(Preview.Outcome.WOULD_APPLY, form.previewProperty().get().outcome(), form.previewTextProperty().get());
        form.submit();
        assertNotNull(form.submittedProperty().get(), form.messageProperty().get());

        sync();
        assertEquals("validated", cache.participant("e-1").orElseThrow().validation().status());
        assertEquals(1, submitter.answers.size());
    }

    @Test
    @DisplayName("Partnership family, PART-3: the challenge reaches the service; the cache shows it challenged")
    void partnershipChallenge() throws ApiException { // rule: PART-3
        OperationFormViewModel form = open(FormAction.CHALLENGE_PARTNERSHIP, "p-1");
        form.field("challenge_reason").select("mistake");
        assertEquals("", form.problemProperty().get(), "the window is open until 1 Dec, so no reason is needed");
        form.submit();
        assertNotNull(form.submittedProperty().get(), form.messageProperty().get());

        sync();
        assertEquals("challenged", cache.partnership("p-1").orElseThrow().status());
    }

    @Test
    @DisplayName("A form made on a version the service has moved past gets 412 version_conflict in its preview")
    void staleVersion() {
        OperationFormViewModel programme = open(FormAction.CHANGE_PROGRAMME, "100001");
        fixture.touch("schools", "urn", "school", "100001");
        programme.field("cohort").select("2025");
        programme.field("choice").select("design_our_own");
        programme.reason().textProperty().set("Ticket 12: the school designs its own programme now");
        programme.preview();
        assertEquals("version_conflict", programme.previewProperty().get().refusal().code());
    }

    @Test
    @DisplayName("Offline: the preview says which rules were checked from the cache and that the rest waits for the service")
    void offlinePreview() {
        OperationFormViewModel form = open(FormAction.ADD_TO_MENTOR_POOL, "m-1");
        form.field("school_urn").textProperty().set("100002");
        form.reason().textProperty().set("Mo also mentors at Birch Academy from October");
        service.stop();

        form.preview();

        assertEquals(Preview.Outcome.OFFLINE, form.previewProperty().get().outcome());
        assertEquals("You're offline, so only the cached records were checked here: the participant is a mentor; "
                + "the school is in the cache; the mentor is not in its pool yet. The rest will be checked when you're "
                + "back online.", form.previewTextProperty().get());
    }
}
