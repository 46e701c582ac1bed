package uk.gov.ects.desk.gui.schools;

import java.util.List;
import uk.gov.ects.desk.client.cache.SchoolRow;
import uk.gov.ects.desk.gui.common.SearchTabView;
import uk.gov.ects.desk.gui.common.SearchTabView.Column;

/** The Schools tab's view: which columns the table shows. */
public final class SchoolsView {

    private SchoolsView() {
    }

    public static SearchTabView<SchoolRow> create(SchoolsViewModel viewModel) {
        return new SearchTabView<>(viewModel, "schools", "URN, name, postcode or induction tutor email", List.of(
                new Column<>("Name", SchoolRow::name, 240),
                new Column<>("URN", SchoolRow::urn, 70),
                new Column<>("Local authority", SchoolRow::localAuthority, 140),
                new Column<>("Postcode", SchoolRow::postcode, 90),
                new Column<>("Induction tutor", SchoolRow::inductionTutor, 150)));
    }
}
