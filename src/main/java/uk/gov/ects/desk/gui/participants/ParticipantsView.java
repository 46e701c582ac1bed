package uk.gov.ects.desk.gui.participants;

import java.util.List;
import uk.gov.ects.desk.client.cache.ParticipantRow;
import uk.gov.ects.desk.gui.common.SearchTabView;
import uk.gov.ects.desk.gui.common.SearchTabView.Column;
import uk.gov.ects.desk.gui.common.Wording;

/** The Participants tab's view: which columns the table shows. */
public final class ParticipantsView {

    private ParticipantsView() {
    }

    public static SearchTabView<ParticipantRow> create(ParticipantsViewModel viewModel) {
        return new SearchTabView<>(viewModel, "participants", "Name, TRN, email or participant id", List.of(
                new Column<>("Name", ParticipantRow::fullName, 200),
                new Column<>("Type", row -> "ect".equals(row.type()) ? "ECT" : Wording.humanise(row.type()), 70),
                new Column<>("TRN", ParticipantRow::trn, 80),
                new Column<>("School", ParticipantRow::schoolName, 200),
                new Column<>("Cohort", row -> row.cohort() == null ? "" : row.cohort().toString(), 60),
                new Column<>("Status", row -> row.status() == null ? "" : Wording.humanise(row.status()), 90)));
    }
}
