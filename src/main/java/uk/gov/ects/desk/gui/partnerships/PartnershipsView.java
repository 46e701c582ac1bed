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
                        new Column<>("School", PartnershipRow::schoolName, 200),
                        new Column<>("URN", PartnershipRow::schoolUrn, 70),
                        new Column<>("Cohort", row -> String.valueOf(row.cohort()), 60),
                        new Column<>("Lead provider", PartnershipRow::leadProvider, 150),
                        new Column<>("Delivery partner", PartnershipRow::deliveryPartner, 150),
                        new Column<>("Status", row -> Wording.humanise(row.status()), 80),
                        new Column<>("Challenge", row -> DeadlineWording.describe(row.challengeDeadline(),
                                LocalDate.now(clock.withZone(Wording.UK))), 120)));
    }
}
