package uk.gov.ects.desk.service.participants;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.ects.desk.service.store.Database;

/** How H2 runs the renderer's per-page queries: what makes a first sync of 400,000 people take minutes or hours. */
class ParticipantRendererPlanTest {

    @Test
    @DisplayName("A page's email addresses are looked up by owner, not read for every participant (migration V6)")
    void emailsLookedUpByOwner() {
        try (Database db = Database.inMemory("plan-" + UUID.randomUUID())) {
            String plan = db.read(c -> {
                try (PreparedStatement explain = c.prepareStatement(
                        "EXPLAIN " + String.format(ParticipantRenderer.EMAILS, "'p-1', 'p-2', 'p-3'"));
                     ResultSet rs = explain.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });

            // Before V6 the plan read "EMAIL_ADDRESSES_BY_OWNER: OWNER_TYPE = 'participant'": every participant's address.
            assertTrue(plan.contains("EMAIL_ADDRESSES_BY_OWNER: OWNER_ID IN("), plan);
        }
    }
}
