package uk.gov.ects.desk.service;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import uk.gov.ects.desk.service.access.RequestAccess;
import uk.gov.ects.desk.service.auth.AgentDirectory;
import uk.gov.ects.desk.service.auth.Authentication;
import uk.gov.ects.desk.service.auth.MeRoutes;
import uk.gov.ects.desk.service.changes.ChangeFeed;
import uk.gov.ects.desk.service.changes.ChangeRoutes;
import uk.gov.ects.desk.service.changes.EffectiveDatesJob;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.clock.TestClockRoutes;
import uk.gov.ects.desk.service.emails.EmailLogMailer;
import uk.gov.ects.desk.service.emails.EmailRenderer;
import uk.gov.ects.desk.service.emails.EmailRoutes;
import uk.gov.ects.desk.service.emails.Mailer;
import uk.gov.ects.desk.service.emails.ReminderJob;
import uk.gov.ects.desk.service.history.AuditHistory;
import uk.gov.ects.desk.service.http.ErrorHandling;
import uk.gov.ects.desk.service.http.Json;
import uk.gov.ects.desk.service.http.ResourceRenderer;
import uk.gov.ects.desk.service.notes.AddNote;
import uk.gov.ects.desk.service.notes.NoteRenderer;
import uk.gov.ects.desk.service.notes.NoteRoutes;
import uk.gov.ects.desk.service.participants.AssignMentor;
import uk.gov.ects.desk.service.participants.ChangeEctAppropriateBody;
import uk.gov.ects.desk.service.participants.ChangeParticipantDetails;
import uk.gov.ects.desk.service.participants.ParticipantRenderer;
import uk.gov.ects.desk.service.registrations.AddParticipant;
import uk.gov.ects.desk.service.registrations.ReportLeaving;
import uk.gov.ects.desk.service.registrations.TransferIn;
import uk.gov.ects.desk.service.participants.ParticipantRoutes;
import uk.gov.ects.desk.service.partnerships.ChallengePartnership;
import uk.gov.ects.desk.service.partnerships.PartnershipRenderer;
import uk.gov.ects.desk.service.partnerships.ReinstatePartnership;
import uk.gov.ects.desk.service.partnerships.ReplacePartnership;
import uk.gov.ects.desk.service.partnerships.ReportPartnership;
import uk.gov.ects.desk.service.partnerships.PartnershipRoutes;
import uk.gov.ects.desk.service.reference.ReferenceRenderers;
import uk.gov.ects.desk.service.reference.ReferenceRoutes;
import uk.gov.ects.desk.service.schools.ChooseProgramme;
import uk.gov.ects.desk.service.schools.SchoolRenderer;
import uk.gov.ects.desk.service.schools.SchoolRoutes;
import uk.gov.ects.desk.service.schools.SetCohortAppropriateBody;
import uk.gov.ects.desk.service.signin.SendSignInLink;
import uk.gov.ects.desk.service.signin.SignIn;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.supportops.AddToMentorPool;
import uk.gov.ects.desk.service.supportops.ChangeStatus;
import uk.gov.ects.desk.service.supportops.ClearEligibility;
import uk.gov.ects.desk.service.supportops.MergeParticipants;
import uk.gov.ects.desk.service.supportops.MoveCohort;
import uk.gov.ects.desk.service.supportops.RemoveFromMentorPool;
import uk.gov.ects.desk.service.supportops.RemoveParticipant;
import uk.gov.ects.desk.service.supportops.Revalidate;
import uk.gov.ects.desk.service.supportops.SetEligibility;
import uk.gov.ects.desk.service.supportops.SetInductionStart;
import uk.gov.ects.desk.service.supportops.TransferToSchool;
import uk.gov.ects.desk.service.teachers.TeacherRecordRegistry;
import uk.gov.ects.desk.service.teachers.TeacherRecordRoutes;
import uk.gov.ects.desk.service.tickets.AddTicketNote;
import uk.gov.ects.desk.service.tickets.ClaimTicket;
import uk.gov.ects.desk.service.tickets.CreateTicket;
import uk.gov.ects.desk.service.tickets.ReleaseTicket;
import uk.gov.ects.desk.service.tickets.ResolveTicket;
import uk.gov.ects.desk.service.tickets.SetTicketStatus;
import uk.gov.ects.desk.service.tickets.TicketRenderer;
import uk.gov.ects.desk.service.tickets.TriageTicket;
import uk.gov.ects.desk.service.tickets.TicketRoutes;
import uk.gov.ects.desk.service.tutors.ChangeInductionTutor;
import uk.gov.ects.desk.service.writes.IdempotencyKeyPurge;
import uk.gov.ects.desk.service.writes.WriteRoutes;
import uk.gov.ects.desk.service.writes.Writes;

/**
 * The Support API (api.md) over a {@link Database}: the composition root of the service layer.
 * Listens on the given host and port (0 picks a free port); {@link #port()} tells which.
 */
public final class SupportService implements AutoCloseable {

    public static final String BASE_PATH = "/api/support/v1";

    private final Database database;
    private final ServiceClock clock;
    private final AgentDirectory agents;
    private final String host;
    private final int requestedPort;
    private final Mailer mailer;
    private final TeacherRecordRegistry teacherRecords;
    private final ScheduledExecutorService reminders = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ect-12-reminders");
        thread.setDaemon(true);
        return thread;
    });
    /** Dated changes into the feed (every minute) and the idempotency key purge (daily). */
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "service-housekeeping");
        thread.setDaemon(true);
        return thread;
    });
    private final Javalin app;
    private java.time.Duration reminderChecks = java.time.Duration.ofDays(1);
    private final java.util.concurrent.atomic.AtomicLong scheduledReminderRuns = new java.util.concurrent.atomic.AtomicLong();

    public SupportService(Database database, String host, int port) {
        this(database, new ServiceClock(database), host, port);
    }

    public SupportService(Database database, ServiceClock clock, String host, int port) {
        this(database, clock, new EmailLogMailer(), host, port);
    }

    public SupportService(Database database, ServiceClock clock, Mailer mailer, String host, int port) {
        this(database, clock, mailer, TeacherRecordRegistry.fromConfiguration(database), host, port);
    }

    /** {@code teacherRecords}: the TRA registry (local table by default, see TeacherRecordRegistry). */
    public SupportService(Database database, ServiceClock clock, Mailer mailer, TeacherRecordRegistry teacherRecords,
            String host, int port) {
        this.database = database;
        this.clock = clock;
        this.mailer = mailer;
        this.teacherRecords = teacherRecords;
        this.agents = new AgentDirectory(database);
        this.host = host;
        this.requestedPort = port;
        this.app = Javalin.create(this::configure);
    }

    /** Every renderer, one per resource type; the change feed renders through these. */
    public static List<ResourceRenderer> renderers() {
        return renderers(null);
    }

    /** As {@link #renderers()}, with participants' dated statuses read by {@code clock} (null: the stored setting). */
    public static List<ResourceRenderer> renderers(ServiceClock clock) {
        List<ResourceRenderer> renderers = new java.util.ArrayList<>(List.of(new SchoolRenderer(),
                clock == null ? new ParticipantRenderer() : new ParticipantRenderer(clock), new PartnershipRenderer(), new TicketRenderer(), new EmailRenderer(),
                new NoteRenderer()));
        renderers.addAll(ReferenceRenderers.all());
        return List.copyOf(renderers);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.jsonMapper(Json.javalinMapper());
        config.router.javaLangErrorHandler((response, error) -> {
            // Errors (out of memory, stack overflow) still answer with the envelope, never HTML.
            org.slf4j.LoggerFactory.getLogger(SupportService.class)
                    .error("Fatal error while serving a request: {}", error.getClass().getName());
            try {
                response.setStatus(500);
                response.setContentType("application/json");
                response.getWriter().write("{\"errors\":[{\"status\":\"500\",\"code\":\"internal_error\","
                        + "\"title\":\"Something went wrong\",\"detail\":\"The service failed. Try again; if it keeps "
                        + "failing, tell the service team.\",\"rule\":null,\"source\":{\"pointer\":null}}]}");
            } catch (java.io.IOException ignored) {
                // the client has gone; nothing more to tell it
            }
        });

        Authentication authentication = new Authentication(agents, clock);
        config.routes.before(BASE_PATH + "/*", authentication::authenticate);
        config.routes.beforeMatched(authentication::authorise);
        ErrorHandling.install(config.routes);

        AuditHistory history = new AuditHistory(database);
        new MeRoutes().register(config.routes);
        // A moved test clock may pass dated changes: the feed tells them before the move answers.
        // (ECT-12 reminders wait for their own schedule, which reads the moved clock.)
        new TestClockRoutes(clock, () -> effectiveDatesJob().runOnce()).register(config.routes);
        new SchoolRoutes(database, new SchoolRenderer(), history).register(config.routes);
        new ParticipantRoutes(database, new ParticipantRenderer(clock), history, clock).register(config.routes);
        new PartnershipRoutes(database, new PartnershipRenderer(), history).register(config.routes);
        new ReferenceRoutes(database).register(config.routes);
        new EmailRoutes(database, new EmailRenderer()).register(config.routes);
        new NoteRoutes(database, new NoteRenderer()).register(config.routes);
        new TicketRoutes(database, new TicketRenderer()).register(config.routes);
        new TeacherRecordRoutes(teacherRecords).register(config.routes);
        new ChangeRoutes(new ChangeFeed(database, renderers(clock))).register(config.routes);
        registerWrites(new WriteRoutes(config.routes, new Writes(database, clock, mailer, renderers(clock))), teacherRecords);
    }

    /** Every write endpoint (api.md "School operations", "Support operations"); each is a WriteOperation. */
    private static void registerWrites(WriteRoutes writes, TeacherRecordRegistry teacherRecords) {
        writes.post("/notes", new AddNote())
                .post("/access-requests", RequestAccess.request())
                .post("/access-requests/{urn}/resend", RequestAccess.resend())
                .put("/schools/{urn}/induction-tutor", new ChangeInductionTutor())
                .put("/schools/{urn}/cohorts/{year}/programme", new ChooseProgramme())
                .put("/schools/{urn}/cohorts/{year}/appropriate-body", new SetCohortAppropriateBody())
                .put("/schools/{urn}/cohorts/{year}/partnership", new ReplacePartnership())
                .post("/partnerships", new ReportPartnership())
                .post("/partnerships/{id}/challenge", new ChallengePartnership())
                .post("/partnerships/{id}/reinstate", new ReinstatePartnership());

        // support participant operations
        writes.post("/participants/{id}/mentor-pools", new AddToMentorPool())
                .delete("/participants/{id}/mentor-pools/{urn}", new RemoveFromMentorPool())
                .post("/participants/{id}/school-transfer", new TransferToSchool())
                .post("/participants/{id}/status", new ChangeStatus())
                .put("/participants/{id}/cohort", new MoveCohort())
                .put("/participants/{id}/induction-start-date", new SetInductionStart())
                .put("/participants/{id}/eligibility", new SetEligibility())
                .delete("/participants/{id}/eligibility", new ClearEligibility(teacherRecords))
                .post("/participants/{id}/merge", new MergeParticipants())
                .delete("/participants/{id}", new RemoveParticipant())
                .post("/participants/{id}/revalidation", new Revalidate(teacherRecords));

        // tickets
        writes.post("/tickets", new CreateTicket())
                .post("/tickets/{id}/claim", new ClaimTicket())
                .post("/tickets/{id}/release", new ReleaseTicket())
                .put("/tickets/{id}/triage", new TriageTicket())
                .put("/tickets/{id}/status", new SetTicketStatus())
                .post("/tickets/{id}/notes", new AddTicketNote())
                .post("/tickets/{id}/resolve", new ResolveTicket());

        // school-facing sign-in (LOG-1..LOG-3)
        writes.post("/sign-in-links", new SendSignInLink())
                .post("/sign-in", new SignIn());

        // participant school operations
        writes.post("/schools/{urn}/ects", AddParticipant.ect(teacherRecords))
                .post("/schools/{urn}/mentors", AddParticipant.mentor(teacherRecords))
                .post("/schools/{urn}/transfers-in", new TransferIn())
                .post("/participants/{id}/leaving", new ReportLeaving())
                .put("/participants/{id}/mentor", new AssignMentor())
                .patch("/participants/{id}", new ChangeParticipantDetails())
                .put("/participants/{id}/appropriate-body", new ChangeEctAppropriateBody());
    }

    public SupportService start() {
        app.start(host, requestedPort);
        // ECT-12: checked daily (first ten minutes after start); the job itself sends each school at
        // most one reminder a week of the service clock, so checking often never sends more.
        long every = reminderChecks.toMillis();
        reminders.scheduleAtFixedRate(this::runReminders, Math.min(every, TimeUnit.MINUTES.toMillis(10)), every,
                TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(() -> runQuietly("Dated changes", () -> effectiveDatesJob().runOnce()), 0,
                EffectiveDatesJob.INTERVAL.toSeconds(), TimeUnit.SECONDS);
        // api.md keeps idempotency keys at least 7 days: purged at start and then daily.
        housekeeping.scheduleAtFixedRate(() -> runQuietly("Idempotency key purge", () -> idempotencyKeyPurge().purgeOnce()),
                0, 24 * 60, TimeUnit.MINUTES);
        return this;
    }

    /** How often the running service checks for due ECT-12 reminders (daily unless a test wants it sooner); before {@link #start()}. */
    public SupportService checkRemindersEvery(java.time.Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the reminder check period must be positive");
        }
        this.reminderChecks = period;
        return this;
    }

    /** Deletes idempotency keys past their retention; tests run it with their own real-time clock. */
    public IdempotencyKeyPurge idempotencyKeyPurge() {
        return new IdempotencyKeyPurge(database, clock);
    }

    /** Tells the change feed about dated changes whose day has come; tests run it with the test clock. */
    public EffectiveDatesJob effectiveDatesJob() {
        return new EffectiveDatesJob(database, clock);
    }

    /** A failed run is logged and tried again next time: each job picks up whatever it has not yet done. */
    private static void runQuietly(String job, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SupportService.class).error("{} run failed: {}", job, e.getClass().getName());
        }
    }

    /** The weekly no-participants reminder (ECT-12); tests run it with the test clock. */
    public ReminderJob reminderJob() {
        return new ReminderJob(database, clock, mailer);
    }

    private void runReminders() {
        try {
            reminderJob().runOnce();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SupportService.class).error("Reminder run failed: {}", e.getClass().getName());
        } finally {
            scheduledReminderRuns.incrementAndGet();
        }
    }

    /** How many scheduled ECT-12 checks have finished, so a test can wait for the next one instead of sleeping. */
    public long scheduledReminderRuns() {
        return scheduledReminderRuns.get();
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + BASE_PATH;
    }

    public ServiceClock clock() {
        return clock;
    }

    /** The TRA registry the service matches teachers against. */
    public TeacherRecordRegistry teacherRecords() {
        return teacherRecords;
    }

    public AgentDirectory agents() {
        return agents;
    }

    public void stop() {
        reminders.shutdownNow();
        housekeeping.shutdownNow();
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
