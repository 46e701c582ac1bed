package uk.gov.ects.desk.gui.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.ects.desk.client.api.ApiException;
import uk.gov.ects.desk.client.api.dto.PartnershipSummaryDto;
import uk.gov.ects.desk.client.cache.LocalCache;
import uk.gov.ects.desk.client.cache.PartnershipRow;
import uk.gov.ects.desk.service.testing.Fixture;

/**
 * Partnership family end to end: record one, replace a cohort's, challenge within the window and
 * after it, reinstate. The challenge window of a cohort closes on 1 December (the fixture's
 * deadline), so on 1 October 2026 the 2026 window is open and the 2025 one closed.
 */
class PartnershipFormsEndToEndTest extends FormsEndToEndBase {

    private static final Instant REPORTED = Instant.parse("2025-06-01T10:00:00Z");

    @Override
    protected void records(Fixture fixture) {
        fixture.cohort(2025).cohort(2026)
                .leadProvider("lp-a", "Ambition Institute").leadProvider("lp-b", "Best Practice Network")
                .deliveryPartner("dp-n", "North Teaching Partnership").deliveryPartner("dp-s", "South Teaching Partnership")
                .pairing(2025, "lp-a", "dp-n").pairing(2026, "lp-a", "dp-n").pairing(2026, "lp-b", "dp-s");
        school(fixture, "100001", "Ash Primary", 2026);     // PART-1: no partnership yet
        school(fixture, "100002", "Beech Primary", 2026);   // OVR-PARTNERSHIP replace
        fixture.partnership("p-replace", "100002", 2026, "lp-a", "dp-n", "active", REPORTED.plusSeconds(365L * 86_400));
        school(fixture, "100003", "Cedar Primary", 2026);   // PART-3
        fixture.partnership("p-open", "100003", 2026, "lp-a", "dp-n", "active", REPORTED.plusSeconds(365L * 86_400));
        school(fixture, "100004", "Damson Primary", 2025);  // OVR-PARTNERSHIP challenge after the window
        fixture.partnership("p-closed", "100004", 2025, "lp-a", "dp-n", "active", REPORTED);
        school(fixture, "100005", "Elder Primary", 2026);   // OVR-PARTNERSHIP reinstate
        fixture.partnership("p-back", "100005", 2026, "lp-a", "dp-n", "challenged", REPORTED.plusSeconds(365L * 86_400));
    }

    private static void school(Fixture fixture, String urn, String name, int cohort) {
        fixture.school(urn, name, 1, "201", "EC1A 1AA", "office@" + urn + ".sch.uk")
                .inductionTutor(urn, "Tutor " + urn, "tutor@" + urn + ".sch.uk")
                .schoolCohort(urn, cohort, "full_induction_programme", null);
    }

    static Stream<FormCase> partnershipForms() {
        return Stream.of(
                // op: PART-1
                new FormCase("PART-1", FormAction.RECORD_PARTNERSHIP, "100001", form -> {
                    form.field("cohort").select("2026");
                    form.field("lead_provider_id").select("lp-b");
                    form.field("delivery_partner_id").select("dp-s");
                }, "PART-1 partnership:", cache -> {
                    PartnershipRow recorded = cache.partnershipsOfSchool("100001").get(0);
                    assertEquals("active", recorded.status());
                    assertEquals("lp-b", summary(cache, "100001", 2026).leadProviderId());
                }),
                // op: OVR-PARTNERSHIP (replace)
                new FormCase("OVR-PARTNERSHIP", FormAction.REPLACE_PARTNERSHIP, "100002", form -> {
                    form.field("cohort").select("2026");
                    form.field("lead_provider_id").select("lp-b");
                    form.field("delivery_partner_id").select("dp-s");
                    form.reason().textProperty().set("The school moved to Best Practice Network in September");
                }, "OVR-PARTNERSHIP partnership:p-replace", cache -> {
                    assertEquals("lp-b", summary(cache, "100002", 2026).leadProviderId());
                    assertEquals("challenged", cache.partnership("p-replace").orElseThrow().status(), "the old one ends");
                }),
                // op: PART-3
                new FormCase("PART-3", FormAction.CHALLENGE_PARTNERSHIP, "p-open",
                        form -> form.field("challenge_reason").select("mistake"),
                        "PART-3 partnership:p-open", cache -> {
                            assertEquals("challenged", cache.partnership("p-open").orElseThrow().status());
                            assertEquals("mistake", cache.partnership("p-open").orElseThrow().challengeReason());
                        }),
                // op: OVR-PARTNERSHIP (challenge after the window)
                new FormCase("OVR-PARTNERSHIP", FormAction.CHALLENGE_PARTNERSHIP, "p-closed", form -> {
                    form.field("challenge_reason").select("another_provider");
                    form.reason().textProperty().set("The school has worked with another provider since 2025");
                }, "OVR-PARTNERSHIP partnership:p-closed",
                        cache -> assertEquals("challenged", cache.partnership("p-closed").orElseThrow().status())),
                // op: OVR-PARTNERSHIP (reinstate)
                new FormCase("OVR-PARTNERSHIP", FormAction.REINSTATE_PARTNERSHIP, "p-back",
                        form -> form.reason().textProperty().set("The school challenged the wrong partnership"),
                        "OVR-PARTNERSHIP partnership:p-back", cache -> {
                            assertEquals("active", cache.partnership("p-back").orElseThrow().status());
                            assertEquals("active", summary(cache, "100005", 2026).status());
                        }));
    }

    private static PartnershipSummaryDto summary(LocalCache cache, String urn, int year) {
        return FormContext.cohort(cache.school(urn).orElseThrow(), year).orElseThrow().partnership();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnershipForms")
    @DisplayName("Partnership forms reach the service through the outbox; after a sync the cache shows the partnership")
    void formReachesServiceAndCacheShowsIt(FormCase formCase) throws ApiException {
        runCase(formCase);
    }
}
