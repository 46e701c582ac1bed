package uk.gov.ects.desk.gui.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.gui.history.ActivityWording;

/**
 * The service's preview in words for the form: each record it would change, named, with its fields
 * before and after (against the cached copy), and the emails that would go. Blocking when the service
 * would apply the change (it reads the cache): run it in a background task.
 */
final class PreviewWording {

    static final String WOULD_APPLY = "The service checked every rule";
    static final int MAX_RECORDS = 5;
    static final int MAX_EMAILS = 5;

    private PreviewWording() {
    }

    static PreviewSummary describe(Preview preview, List<String> localChecks, RecordsNow now) {
        return switch (preview.outcome()) {
            case WOULD_APPLY -> wouldApply(preview, now);
            case REFUSED -> PreviewSummary.sentence(refused(preview.refusal()));
            case OFFLINE -> PreviewSummary.sentence(offline(localChecks));
            case FAILED -> PreviewSummary.sentence(preview.message() + " " + offline(localChecks));
        };
    }

    static String offline(List<String> localChecks) {
        String checked = localChecks.isEmpty() ? "the fields' formats"
                : String.join("; ", localChecks);
        return "You're offline, so only the cached records were checked here: " + checked
                + ". The rest will be checked when you're back online.";
    }

    private static PreviewSummary wouldApply(Preview preview, RecordsNow now) {
        List<PreviewSummary.Section> changed = new ArrayList<>();
        int unchanged = 0;
        for (Preview.Resource resource : preview.resources()) {
            Optional<PreviewSummary.Section> section = PreviewRecords.section(resource,
                    now.attributes(resource.type(), resource.id()));
            if (section.isPresent()) {
                changed.add(section.get());
            } else {
                unchanged++;
            }
        }
        List<PreviewSummary.Section> sections = new ArrayList<>(changed.subList(0, Math.min(MAX_RECORDS, changed.size())));
        List<String> notes = new ArrayList<>();
        if (changed.size() > MAX_RECORDS) {
            notes.add("And " + Wording.plural(changed.size() - MAX_RECORDS, "more record") + " would change.");
        }
        if (unchanged > 0) {
            notes.add(unchanged == 1 ? "1 other record stays as it is." : unchanged + " other records stay as they are.");
        }
        emails(preview.emails()).ifPresentOrElse(sections::add, () -> notes.add("No emails will be sent."));
        String headline = changed.isEmpty()
                ? WOULD_APPLY + ": this would change no records."
                : WOULD_APPLY + " and would make " + (changed.size() == 1 ? "this change" : "these changes")
                        + " (" + Wording.plural(changed.size(), "record") + "):";
        return new PreviewSummary(headline, sections, String.join(" ", notes));
    }

    /** "Induction tutor nominated: to sam@oak.sch.uk", in the words of the record's Emails list. Shown, never logged. */
    private static Optional<PreviewSummary.Section> emails(List<Preview.Email> emails) {
        if (emails.isEmpty()) {
            return Optional.empty();
        }
        List<PreviewSummary.Line> lines = emails.stream().limit(MAX_EMAILS)
                .map(email -> new PreviewSummary.Line(ActivityWording.template(email.template()),
                        "to " + ActivityWording.recipient(email.to())))
                .toList();
        String more = emails.size() > MAX_EMAILS ? "and " + Wording.plural(emails.size() - MAX_EMAILS, "more email") : "";
        return Optional.of(new PreviewSummary.Section(
                emails.size() == 1 ? "The email that would go" : "The " + emails.size() + " emails that would go", lines, more));
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
