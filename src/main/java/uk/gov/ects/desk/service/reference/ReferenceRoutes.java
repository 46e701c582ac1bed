package uk.gov.ects.desk.service.reference;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.http.KeysetList;
import uk.gov.ects.desk.service.http.Params;
import uk.gov.ects.desk.service.sql.Batches;
import uk.gov.ects.desk.service.sql.Select;
import uk.gov.ects.desk.service.store.Database;

/** {@code GET /reference/...}: cohorts, providers, pairings and the appropriate bodies a school may appoint. */
public final class ReferenceRoutes {

    private static final String PAIRING_KEY =
            "CONCAT(CAST(pp.cohort AS VARCHAR(12)), ':', pp.lead_provider_id, ':', pp.delivery_partner_id)";

    private final Database database;

    public ReferenceRoutes(Database database) {
        this.database = database;
    }

    public void register(RoutesConfig routes) {
        String base = SupportService.BASE_PATH + "/reference";
        routes.get(base + "/cohorts", ctx -> KeysetList.byKey(ctx, database, new ReferenceRenderers.Cohorts(),
                new Select("SELECT CAST(c.year AS VARCHAR(12)) AS id FROM cohorts c"), "c.year", Integer::valueOf),
                Access.READ);
        routes.get(base + "/lead-providers", ctx -> KeysetList.byKey(ctx, database,
                new ReferenceRenderers.LeadProviders(), new Select("SELECT lp.id FROM lead_providers lp"), "lp.id"),
                Access.READ);
        routes.get(base + "/delivery-partners", ctx -> KeysetList.byKey(ctx, database,
                new ReferenceRenderers.DeliveryPartners(), new Select("SELECT dp.id FROM delivery_partners dp"), "dp.id"),
                Access.READ);
        routes.get(base + "/provider-pairings", this::pairings, Access.READ);
        routes.get(base + "/appropriate-bodies", this::appropriateBodies, Access.READ);
    }

    private void pairings(Context ctx) {
        Select select = new Select("SELECT " + PAIRING_KEY + " AS id FROM provider_pairings pp");
        Integer cohort = Params.integer(ctx, "cohort");
        if (cohort != null) {
            select.where("pp.cohort = ?", cohort);
        }
        KeysetList.byKey(ctx, database, new ReferenceRenderers.ProviderPairings(), select, PAIRING_KEY);
    }

    /**
     * With {@code cohort}: bodies disabled from that year or earlier are left out (AB-2). With
     * {@code school}: only what that school may appoint: teaching school hubs (AB-3), ISTIP for
     * independent schools (AB-4), ESP for British schools overseas (AB-5).
     */
    private void appropriateBodies(Context ctx) {
        Select select = new Select("SELECT ab.id FROM appropriate_bodies ab");
        Integer cohort = Params.integer(ctx, "cohort");
        if (cohort != null) {
            select.where("ab.disabled_from_year IS NULL OR ab.disabled_from_year > ?", cohort);
        }
        String school = Params.text(ctx, "school");
        if (school != null) {
            List<String> allowed = appointableBy(schoolType(school));
            if (allowed.isEmpty()) {
                select.where("1 = 0");
            } else {
                select.where("ab.id IN (" + Batches.placeholders(allowed.size()) + ")", allowed.toArray());
            }
        }
        KeysetList.byKey(ctx, database, new ReferenceRenderers.AppropriateBodies(), select, "ab.id");
    }

    private int schoolType(String urn) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT establishment_type_code FROM schools WHERE urn = ?")) {
                query.setString(1, urn);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw ApiError.notFound("school", urn);
                    }
                    return rs.getInt(1);
                }
            }
        });
    }

    private List<String> appointableBy(int establishmentType) {
        boolean independent = GiasRules.isIndependent(establishmentType);
        boolean overseas = GiasRules.isBritishSchoolOverseas(establishmentType);
        return database.read(c -> {
            List<String> allowed = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id, name, body_type FROM appropriate_bodies");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("id");
                    String name = rs.getString("name");
                    String type = rs.getString("body_type");
                    boolean national = "national".equals(type);
                    if ("teaching_school_hub".equals(type)
                            || (independent && national && NationalBodies.isIstip(id, name))
                            || (overseas && national && NationalBodies.isEsp(id, name))) {
                        allowed.add(id);
                    }
                }
            }
            return allowed;
        });
    }
}
