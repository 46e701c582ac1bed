package uk.gov.ects.desk.service.partnerships;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.ects.desk.model.partnerships.PartnershipState;
import uk.gov.ects.desk.model.programmes.ProgrammeChoice;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;

/** The row changes partnership operations share; each records its audit event and marks what changed. */
final class PartnershipWrites {

    private PartnershipWrites() {
    }

    static String insertActive(WriteContext ctx, String urn, int cohort, String lp, String dp, LocalDate deadline)
            throws SQLException {
        String id = "p-" + UUID.randomUUID();
        Sql.update(ctx.tx(), "INSERT INTO partnerships (id, school_urn, cohort, lead_provider_id, delivery_partner_id, "
                + "reported_at, challenge_deadline, status, challenge_reason, challenged_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'active', NULL, NULL, 1)", id, urn, cohort, lp, dp, ctx.now(), deadline);
        Target partnership = Target.partnership(id);
        ctx.created(partnership);
        ctx.audit(partnership, List.of(FieldChange.of("status", null, "active"),
                FieldChange.of("lead_provider_id", null, lp), FieldChange.of("delivery_partner_id", null, dp),
                FieldChange.of("challenge_deadline", null, deadline)));
        return id;
    }

    static void challenge(WriteContext ctx, PartnershipState partnership, String reasonCode) throws SQLException {
        Sql.update(ctx.tx(), "UPDATE partnerships SET status = 'challenged', challenge_reason = ?, challenged_at = ? "
                + "WHERE id = ?", reasonCode, ctx.now(), partnership.id());
        Target target = Target.partnership(partnership.id());
        ctx.changed(target);
        ctx.audit(target, List.of(FieldChange.of("status", "active", "challenged"),
                FieldChange.of("challenge_reason", null, reasonCode)));
    }

    /** A rule's consequence for the cohort's choice (PROG-8, PART-3 no_ects); null leaves it. */
    static void setCohortChoice(WriteContext ctx, String urn, int cohort, ProgrammeChoice choice) throws SQLException {
        Target school = Target.school(urn);
        ctx.changed(school); // the school shows the cohort's partnership, so it changes either way
        if (choice == null) {
            return;
        }
        String before = SchoolRecords.setChoice(ctx.tx(), urn, cohort, choice.code(), ctx.now());
        ctx.audit(school, List.of(FieldChange.of("cohorts." + cohort + ".programme_choice", before, choice.code())));
    }
}
