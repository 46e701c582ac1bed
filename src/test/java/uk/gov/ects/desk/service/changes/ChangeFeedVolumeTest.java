package uk.gov.ects.desk.service.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.testing.Api;
import uk.gov.ects.desk.service.testing.ServiceTestBase;

/**
 * The feed pages through many participants a page at a time (renderers batch per page). The size
 * is small by default; {@code -Dfeed.volume=400000} runs the full-size check by hand.
 */
class ChangeFeedVolumeTest extends ServiceTestBase {

    @Test
    @DisplayName("Syncing from after=0 at limit 5000 returns every participant once, in pages")
    void pagesThroughManyParticipants() {
        int count = Integer.getInteger("feed.volume", 6_000);
        fixture.cohort(2026).school("100001", "Oak Primary", 1, "201", "EC1A 1AA", null);
        OffsetDateTime at = OffsetDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        db.inTransaction(c -> {
            try (PreparedStatement people = c.prepareStatement("INSERT INTO participants (id, participant_type, full_name, "
                    + "search_name, trn, date_of_birth, school_urn, cohort, status, validation_status, eligibility_status, "
                    + "eligibility_reason, eligibility_manual, version) VALUES (?, 'ect', ?, ?, NULL, ?, '100001', 2026, "
                    + "'active', 'validated', 'eligible', 'none', FALSE, 1)");
                 PreparedStatement records = c.prepareStatement("INSERT INTO induction_records (id, participant_id, "
                         + "school_urn, cohort, induction_status, training_status, start_date, training_declared) "
                         + "VALUES (?, ?, '100001', 2026, 'active', 'active', ?, FALSE)");
                 PreparedStatement feed = c.prepareStatement("INSERT INTO change_log (seq, resource_type, resource_id, op, "
                         + "changed_at) VALUES (?, 'participant', ?, 'upsert', ?)")) {
                for (int i = 0; i < count; i++) {
                    String id = String.format("pp-%07d", i);
                    people.setString(1, id);
                    people.setString(2, "Person " + i);
                    people.setString(3, "person " + i);
                    people.setObject(4, LocalDate.of(1990, 1, 1));
                    people.addBatch();
                    records.setString(1, "ir-" + i);
                    records.setString(2, id);
                    records.setObject(3, LocalDate.of(2026, 9, 1));
                    records.addBatch();
                    feed.setLong(1, 1_000 + i);
                    feed.setString(2, id);
                    feed.setObject(3, at);
                    feed.addBatch();
                    if (i % 5_000 == 4_999) {
                        people.executeBatch();
                        records.executeBatch();
                        feed.executeBatch();
                    }
                }
                people.executeBatch();
                records.executeBatch();
                feed.executeBatch();
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE feed_head SET last_seq = ? WHERE id = 1")) {
                head.setLong(1, 1_000 + count);
                head.executeUpdate();
            }
            return null;
        });

        long started = System.nanoTime();
        long after = 0;
        int participants = 0;
        boolean more = true;
        while (more) {
            Api.Reply page = api.get("/changes?after=" + after + "&limit=5000", viewer);
            assertEquals(200, page.status());
            JsonArray rows = page.json().getAsJsonArray("data");
            assertTrue(rows.size() <= 5000);
            for (var row : rows) {
                if ("participant".equals(row.getAsJsonObject().get("type").getAsString())) {
                    participants++;
                }
            }
            after = page.json().getAsJsonObject("meta").get("last_seq").getAsLong();
            more = page.json().getAsJsonObject("meta").get("has_more").getAsBoolean();
        }
        assertEquals(count, participants);
        org.slf4j.LoggerFactory.getLogger(ChangeFeedVolumeTest.class).warn("Feed of {} participants read in {} ms",
                count, (System.nanoTime() - started) / 1_000_000);
    }
}
