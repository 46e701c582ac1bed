package uk.gov.ects.desk.service.schools;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Sql;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;

/**
 * Moves current participants to new training from today, keeping the old period in their history
 * (OVR-PROG, OVR-PARTNERSHIP replace): an open induction record ends today and a copy with the new
 * training starts today. A record that started today is changed in place.
 */
public final class InductionRecordMoves {

    private InductionRecordMoves() {
    }

    /** The training a record moves to; null fields keep the record's own value, except as {@code clearProviders} says. */
    public record NewTraining(String programme, String leadProviderId, String deliveryPartnerId, boolean clearProviders) {
    }

    private record OpenRecord(String id, String participantId, String programme, String leadProviderId,
            String deliveryPartnerId, java.time.LocalDate startDate) {
    }

    /**
     * Moves the open records at the school and cohort that {@code where} selects ({@code "AND ..."}
     * over columns of induction_records, with {@code whereValues}); answers the participants moved.
     */
    public static List<String> move(WriteContext ctx, String urn, int cohort, String where, NewTraining training,
            Object... whereValues) throws SQLException {
        Object[] values = new Object[2 + whereValues.length];
        values[0] = urn;
        values[1] = cohort;
        System.arraycopy(whereValues, 0, values, 2, whereValues.length);
        List<OpenRecord> records = Sql.list(ctx.tx(), "SELECT id, participant_id, programme, lead_provider_id, "
                + "delivery_partner_id, start_date FROM induction_records WHERE school_urn = ? AND cohort = ? "
                + "AND end_date IS NULL " + where + " ORDER BY id",
                rs -> new OpenRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, java.time.LocalDate.class)), values);
        for (OpenRecord record : records) {
            String programme = training.programme() != null ? training.programme() : record.programme();
            String lp = training.clearProviders() ? null
                    : training.leadProviderId() != null ? training.leadProviderId() : record.leadProviderId();
            String dp = training.clearProviders() ? null
                    : training.deliveryPartnerId() != null ? training.deliveryPartnerId() : record.deliveryPartnerId();
            if (!record.startDate().isBefore(ctx.today())) {
                Sql.update(ctx.tx(), "UPDATE induction_records SET programme = ?, lead_provider_id = ?, "
                        + "delivery_partner_id = ? WHERE id = ?", programme, lp, dp, record.id());
            } else {
                Sql.update(ctx.tx(), "INSERT INTO induction_records (id, participant_id, school_urn, cohort, programme, "
                        + "lead_provider_id, delivery_partner_id, appropriate_body_id, mentor_id, induction_status, "
                        + "training_status, start_date, end_date, training_declared) SELECT ?, participant_id, school_urn, "
                        + "cohort, ?, ?, ?, appropriate_body_id, mentor_id, induction_status, training_status, ?, NULL, FALSE "
                        + "FROM induction_records WHERE id = ?", "ir-" + UUID.randomUUID(), programme, lp, dp,
                        ctx.today(), record.id());
                Sql.update(ctx.tx(), "UPDATE induction_records SET end_date = ? WHERE id = ?", ctx.today(), record.id());
            }
            ctx.changed(Target.participant(record.participantId()));
            ctx.audit(Target.participant(record.participantId()), List.of(
                    FieldChange.of("programme", record.programme(), programme),
                    FieldChange.of("lead_provider_id", record.leadProviderId(), lp),
                    FieldChange.of("delivery_partner_id", record.deliveryPartnerId(), dp)));
        }
        return records.stream().map(OpenRecord::participantId).toList();
    }
}
