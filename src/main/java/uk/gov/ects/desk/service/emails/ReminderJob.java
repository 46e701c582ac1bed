package uk.gov.ects.desk.service.emails;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.model.cohorts.CohortCalendar;
import uk.gov.ects.desk.model.emails.EmailIntent;
import uk.gov.ects.desk.model.emails.RecipientRole;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.writes.Sql;

/**
 * ECT-12: a school that chose FIP or CIP for a cohort whose registration is open, and has nobody
 * registered in it, gets a reminder at its induction tutor's email (SIT-6), at most once every
 * seven days of the service clock. Safe to run as often as wanted: it only sends what is due.
 */
public final class ReminderJob {

    public static final Duration INTERVAL = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final Database database;
    private final ServiceClock clock;
    private final Mailer mailer;

    public ReminderJob(Database database, ServiceClock clock, Mailer mailer) {
        this.database = database;
        this.clock = clock;
        this.mailer = mailer;
    }

    private record Due(String urn, int cohort) {
    }

    /** Sends the reminders that are due; answers how many went. */
    public int runOnce() {
        Instant now = clock.now();
        LocalDate today = clock.today();
        int sent = database.inTransaction(tx -> {
            int count = 0;
            for (Due due : due(tx, today)) {
                Map<String, String> facts = Map.of("school_urn", due.urn(), "cohort", String.valueOf(due.cohort()));
                if (remindedSince(tx, due, now.minus(INTERVAL))) {
                    continue;
                }
                Optional<OutgoingEmail> email = Recipients.resolve(tx, new EmailIntent(
                        ServiceTemplates.NO_PARTICIPANTS_REMINDER, RecipientRole.INDUCTION_TUTOR, facts), due.urn(), null);
                if (email.isPresent()) {
                    mailer.send(tx, email.get(), now);
                    count++;
                }
            }
            return count;
        });
        LOG.info("ECT-12 reminders sent: {}", sent);
        return sent;
    }

    private static List<Due> due(Connection tx, LocalDate today) throws SQLException {
        return Sql.list(tx, "SELECT sc.school_urn, sc.cohort FROM school_cohorts sc JOIN cohorts c ON c.year = sc.cohort "
                + "WHERE sc.programme_choice IN ('full_induction_programme', 'core_induction_programme') "
                + "AND c.registration_opens <= ? AND sc.cohort >= ? "
                + "AND NOT EXISTS (SELECT 1 FROM induction_records ir WHERE ir.school_urn = sc.school_urn "
                + "AND ir.cohort = sc.cohort) ORDER BY sc.school_urn, sc.cohort",
                rs -> new Due(rs.getString(1), rs.getInt(2)), today, CohortCalendar.currentCohort(today));
    }

    private static boolean remindedSince(Connection tx, Due due, Instant since) throws SQLException {
        return Sql.exists(tx, "SELECT 1 FROM emails WHERE template = ? AND school_urn = ? AND sent_at > ? "
                + "AND facts LIKE ?", ServiceTemplates.NO_PARTICIPANTS_REMINDER, due.urn(), since,
                "%\"cohort\":\"" + due.cohort() + "\"%");
    }
}
