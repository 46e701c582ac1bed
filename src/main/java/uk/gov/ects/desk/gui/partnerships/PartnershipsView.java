package uk.gov.ects.desk.gui.partnerships;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.gov.ects.desk.client.cache.PartnershipRow;
import uk.gov.ects.desk.gui.common.SearchTabView;
import uk.gov.ects.desk.gui.common.SearchTabView.Column;
import uk.gov.ects.desk.gui.common.Wording;

/** The Partnerships tab's view: which columns the table shows. */
public final class PartnershipsView {

    private PartnershipsView() {
    }

    public static SearchTabView<PartnershipRow> create(PartnershipsViewModel viewModel, Clock clock) {
        return new SearchTabView<>(viewModel, "partnerships", "School URN or name, lead provider or delivery partner",
                List.of(
                        // Widths add up to what the table gets in a 1280-pixel window, so every header reads whole.
                        new Column<>("School", PartnershipRow::schoolName, 150),
                        new Column<>("URN", PartnershipRow::schoolUrn, 58),
                        new Column<>("Cohort", row -> String.valueOf(row.cohort()), 56),
                        new Column<>("Lead provider", PartnershipRow::leadProvider, 120),
                        new Column<>("Delivery partner", PartnershipRow::deliveryPartner, 130),
                        new Column<>("Status", row -> Wording.humanise(row.status()), 58),
                        new Column<>("Challenge", row -> DeadlineWording.describe(row.challengeDeadline(),
                                LocalDate.now(clock.withZone(Wording.UK))), 120)));
    }
}
