package uk.gov.ects.desk.service.partnerships;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.ResourceRenderer;
import uk.gov.ects.desk.service.sql.Batches;
import uk.gov.ects.desk.service.sql.Rows;

/** Renders partnerships (docs/api-resources.md "partnership"); one query per batch. */
public final class PartnershipRenderer implements ResourceRenderer {

    public static final String TYPE = "partnership";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Resource> rendered = new LinkedHashMap<>();
        Batches.query(c, "SELECT p.*, s.name AS school_name, lp.name AS lp_name, dp.name AS dp_name "
                + "FROM partnerships p JOIN schools s ON s.urn = p.school_urn "
                + "JOIN lead_providers lp ON lp.id = p.lead_provider_id "
                + "JOIN delivery_partners dp ON dp.id = p.delivery_partner_id WHERE p.id IN (%s)", ids, rs -> {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("school_urn", rs.getString("school_urn"));
                    a.put("school_name", rs.getString("school_name"));
                    a.put("cohort", rs.getInt("cohort"));
                    a.put("lead_provider_id", rs.getString("lead_provider_id"));
                    a.put("lead_provider_name", rs.getString("lp_name"));
                    a.put("delivery_partner_id", rs.getString("delivery_partner_id"));
                    a.put("delivery_partner_name", rs.getString("dp_name"));
                    a.put("reported_at", Rows.instant(rs, "reported_at"));
                    a.put("challenge_deadline", Rows.date(rs, "challenge_deadline"));
                    a.put("status", rs.getString("status"));
                    a.put("challenge_reason", rs.getString("challenge_reason"));
                    a.put("challenged_at", Rows.instant(rs, "challenged_at"));
                    String id = rs.getString("id");
                    rendered.put(id, new Resource(id, TYPE, rs.getLong("version"), a));
                });
        return rendered;
    }
}
