package uk.gov.ects.desk.service.reference;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.ResourceRenderer;
import uk.gov.ects.desk.service.sql.Batches;
import uk.gov.ects.desk.service.sql.Rows;

/** Renderers of the reference data (docs/api-resources.md "Reference data"). */
public final class ReferenceRenderers {

    private ReferenceRenderers() {
    }

    public static List<ResourceRenderer> all() {
        return List.of(new Cohorts(), new LeadProviders(), new DeliveryPartners(), new ProviderPairings(),
                new AppropriateBodies());
    }

    /** {@code id} is the year as a string. */
    public static final class Cohorts implements ResourceRenderer {
        @Override
        public String type() {
            return "cohort";
        }

        @Override
        public Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException {
            Map<String, Resource> rendered = new LinkedHashMap<>();
            List<String> years = ids.stream().filter(id -> id.matches("\\d{1,9}")).toList();
            Batches.query(c, "SELECT * FROM cohorts WHERE CAST(year AS VARCHAR(12)) IN (%s)", years, rs -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("year", rs.getInt("year"));
                a.put("registration_opens", Rows.date(rs, "registration_opens"));
                a.put("academic_year_starts", Rows.date(rs, "academic_year_starts"));
                String id = String.valueOf(rs.getInt("year"));
                rendered.put(id, new Resource(id, type(), rs.getLong("version"), a));
            });
            return rendered;
        }
    }

    /** Lead providers and delivery partners: a name. */
    private abstract static class Named implements ResourceRenderer {
        private final String table;

        Named(String table) {
            this.table = table;
        }

        @Override
        public Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException {
            Map<String, Resource> rendered = new LinkedHashMap<>();
            Batches.query(c, "SELECT id, name, version FROM " + table + " WHERE id IN (%s)", ids, rs -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", rs.getString("name"));
                rendered.put(rs.getString("id"), new Resource(rs.getString("id"), type(), rs.getLong("version"), a));
            });
            return rendered;
        }
    }

    public static final class LeadProviders extends Named {
        public LeadProviders() {
            super("lead_providers");
        }

        @Override
        public String type() {
            return "lead_provider";
        }
    }

    public static final class DeliveryPartners extends Named {
        public DeliveryPartners() {
            super("delivery_partners");
        }

        @Override
        public String type() {
            return "delivery_partner";
        }
    }

    /** {@code id} is {@code "{cohort}:{lead_provider_id}:{delivery_partner_id}"}. */
    public static final class ProviderPairings implements ResourceRenderer {
        @Override
        public String type() {
            return "provider_pairing";
        }

        public static String idOf(int cohort, String leadProviderId, String deliveryPartnerId) {
            return cohort + ":" + leadProviderId + ":" + deliveryPartnerId;
        }

        @Override
        public Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException {
            Map<String, Resource> rendered = new LinkedHashMap<>();
            // Matching on the composed id keeps this one query per chunk, whatever the ids hold.
            Batches.query(c, "SELECT * FROM provider_pairings WHERE "
                    + "CONCAT(CAST(cohort AS VARCHAR(12)), ':', lead_provider_id, ':', delivery_partner_id) IN (%s)",
                    new ArrayList<>(ids), rs -> {
                        Map<String, Object> a = new LinkedHashMap<>();
                        a.put("cohort", rs.getInt("cohort"));
                        a.put("lead_provider_id", rs.getString("lead_provider_id"));
                        a.put("delivery_partner_id", rs.getString("delivery_partner_id"));
                        String id = idOf(rs.getInt("cohort"), rs.getString("lead_provider_id"),
                                rs.getString("delivery_partner_id"));
                        rendered.put(id, new Resource(id, type(), rs.getLong("version"), a));
                    });
            return rendered;
        }
    }

    public static final class AppropriateBodies implements ResourceRenderer {
        @Override
        public String type() {
            return "appropriate_body";
        }

        @Override
        public Map<String, Resource> render(Connection c, Collection<String> ids) throws SQLException {
            Map<String, Resource> rendered = new LinkedHashMap<>();
            Batches.query(c, "SELECT * FROM appropriate_bodies WHERE id IN (%s)", ids, rs -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", rs.getString("name"));
                a.put("type", rs.getString("body_type"));
                a.put("disabled_from_year", Rows.integer(rs, "disabled_from_year"));
                rendered.put(rs.getString("id"), new Resource(rs.getString("id"), type(), rs.getLong("version"), a));
            });
            return rendered;
        }
    }
}
