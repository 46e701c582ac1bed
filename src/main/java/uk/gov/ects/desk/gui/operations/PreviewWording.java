package uk.gov.ects.desk.gui.operations;

import java.util.List;
import java.util.stream.Collectors;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.gui.common.Wording;

/** The service's preview in words for the form. */
final class PreviewWording {

    private PreviewWording() {
    }

    static String describe(Preview preview, List<String> localChecks) {
        return switch (preview.outcome()) {
            case WOULD_APPLY -> wouldApply(preview);
            case REFUSED -> refused(preview.refusal());
            case OFFLINE -> offline(localChecks);
            case FAILED -> preview.message() + " " + offline(localChecks);
        };
    }

    static String offline(List<String> localChecks) {
        String checked = localChecks.isEmpty() ? "the fields' formats"
                : String.join("; ", localChecks);
        return "You're offline, so only the cached records were checked here: " + checked
                + ". The rest will be checked when you're back online.";
    }

    private static String wouldApply(Preview preview) {
        String records = preview.resources().isEmpty() ? "no records"
                : Wording.plural(preview.resources().size(), "record") + " ("
                        + preview.resources().stream().map(r -> r.type() + " " + r.id()).collect(Collectors.joining(", "))
                        + ")";
        String emails = preview.emails().isEmpty() ? "No emails will be sent."
                : "Emails: " + preview.emails().stream()
                        .map(email -> Wording.humanise(email.template()) + " to " + email.to())
                        .collect(Collectors.joining("; ")) + ".";
        return "The service checked every rule: this would change " + records + ". " + emails;
    }

    private static String refused(Preview.Refusal refusal) {
        if (refusal == null) {
            return "The service refused this.";
        }
        String rule = refusal.rule() == null ? "" : " (" + refusal.rule() + ")";
        String title = refusal.title() == null ? "The service refused this" : refusal.title();
        return title + rule + ": " + refusal.detail();
    }
}
