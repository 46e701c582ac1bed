package uk.gov.ects.desk.gui.partnerships;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.gov.ects.desk.client.api.dto.PartnershipDto;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.common.DetailSheet.Field;
import uk.gov.ects.desk.gui.common.DetailSheet.Section;
import uk.gov.ects.desk.gui.common.Wording;

/** Puts a partnership into words; the challenge deadline is told relative to today (PART-3). */
public final class PartnershipDetailFormatter {

    private final Clock clock;

    public PartnershipDetailFormatter(Clock clock) {
        this.clock = clock;
    }

    public DetailSheet format(PartnershipDto partnership) {
        LocalDate today = LocalDate.now(clock.withZone(Wording.UK));
        boolean challenged = "challenged".equals(partnership.status());
        List<Field> fields = new java.util.ArrayList<>(List.of(
                new Field("School", school(partnership)),
                new Field("Cohort", String.valueOf(partnership.cohort())),
                new Field("Lead provider", Wording.orNotRecorded(partnership.leadProviderName())),
                new Field("Delivery partner", Wording.orNotRecorded(partnership.deliveryPartnerName())),
                new Field("Reported", Wording.dateTime(partnership.reportedAt())),
                new Field("Challenge deadline", DeadlineWording.withDate(partnership.challengeDeadline(), today)),
                new Field("Status", Wording.humanise(partnership.status()))));
        if (challenged) {
            fields.add(new Field("Challenge reason", challengeReason(partnership.challengeReason())));
            fields.add(new Field("Challenged", Wording.dateTime(partnership.challengedAt())));
        }
        String title = Wording.orNotRecorded(partnership.schoolName()) + ", cohort " + partnership.cohort();
        return new DetailSheet(title, List.of(new Section("Partnership", List.copyOf(fields))), List.of());
    }

    static String challengeReason(String code) {
        if (code == null) {
            return "No reason recorded";
        }
        return switch (code) {
            case "another_provider" -> "The school is working with another provider";
            case "not_confirmed" -> "The school had not confirmed this partnership";
            case "do_not_recognise" -> "The school does not recognise this provider";
            case "no_ects" -> "The school has no ECTs this year";
            case "mistake" -> "Reported by mistake";
            default -> Wording.humanise(code);
        };
    }

    private static String school(PartnershipDto partnership) {
        return Wording.orNotRecorded(partnership.schoolName())
                + (partnership.schoolUrn() == null ? "" : " (URN " + partnership.schoolUrn() + ")");
    }
}
