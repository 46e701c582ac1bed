package uk.gov.ects.desk.gui.history;

import java.util.Map;
import java.util.regex.Pattern;
import uk.gov.ects.desk.client.activity.AuditEvent;
import uk.gov.ects.desk.client.activity.RecordNote;
import uk.gov.ects.desk.client.activity.SentEmail;
import uk.gov.ects.desk.gui.common.Wording;
import uk.gov.ects.desk.model.support.Operation;

/** Puts history entries, emails and notes into the words an agent reads. */
public final class ActivityWording {

    public static final String ACCESS_LINK_TEMPLATE = "access_link";
    static final String NOTHING = "(none)";
    private static final String ARROW = " → ";
    /** A stored code such as {@code full_induction_programme}; read as words, unlike names and emails. */
    private static final Pattern CODE = Pattern.compile("^[a-z]+(_[a-z0-9]+)+$");

    private static final Map<String, String> TEMPLATES = Map.ofEntries(
            Map.entry(ACCESS_LINK_TEMPLATE, "Access link"),
            Map.entry("no_participants_reminder", "Reminder to register ECTs and mentors"),
            Map.entry("induction_tutor_nominated", "Induction tutor nominated"),
            Map.entry("induction_tutor_email_changed", "Induction tutor email changed"),
            Map.entry("partnership_not_rolled_over", "Partnership not rolled over"),
            Map.entry("partnership_challenged", "Partnership challenged"),
            Map.entry("ect_registered", "ECT registered"),
            Map.entry("mentor_registered", "Mentor registered"),
            Map.entry("participant_transferred", "Moved to another school"),
            Map.entry("provider_transfer_notice", "Transfer notice to the lead provider"),
            Map.entry("participant_joining_school", "Teacher joining the school"),
            Map.entry("participant_eligible_for_funding", "Eligible for funding"),
            Map.entry("ticket_reply", "Reply to a support ticket"));

    private ActivityWording() {
    }

    public static HistoryItem history(AuditEvent event) {
        return new HistoryItem(event.id(), Wording.dateTime(event.occurredAt()), who(event.actorName(), event.actorKind()),
                operation(event.operation()), event.changes().stream().map(ActivityWording::change).toList(),
                blankToNull(event.reason()), blankToNull(event.ticketId()));
    }

    public static EmailItem email(SentEmail email, boolean aboutSchool) {
        return new EmailItem(email.id(), Wording.dateTime(email.sentAt()), recipient(email.to()),
                Wording.orNotRecorded(email.subject()), template(email.template()),
                aboutSchool && ACCESS_LINK_TEMPLATE.equals(email.template()));
    }

    public static NoteItem note(RecordNote note) {
        return new NoteItem(note.id(), Wording.dateTime(note.createdAt()), Wording.orNotRecorded(note.author()),
                note.body());
    }

    /** "Add a note (OVR-NOTE)": the operation's plain name with its ID, which tickets and rules quote. */
    public static String operation(String id) {
        if (id == null || id.isBlank()) {
            return "A change";
        }
        return Operation.byId(id).map(operation -> operation.label() + " (" + id + ")").orElse(id);
    }

    /** "Induction tutor: Pat Tutor → Sam Tutor"; an empty side reads "(none)". A note shows its text. */
    public static String change(AuditEvent.FieldChange change) {
        String field = Wording.humanise(change.field());
        if (change.before() == null && "note".equals(change.field())) {
            return field + ": " + Wording.orNotRecorded(change.after());
        }
        return field + ": " + value(change.before()) + ARROW + value(change.after());
    }

    /** The template in plain words, e.g. "Access link". */
    public static String template(String template) {
        return TEMPLATES.getOrDefault(template, Wording.humanise(template));
    }

    static String who(String name, String kind) {
        String role = switch (kind == null ? "" : kind) {
            case "agent" -> "support agent";
            case "school" -> "school user";
            case "system" -> "the service";
            default -> null;
        };
        if (name == null || name.isBlank()) {
            return role == null ? "Someone" : Character.toUpperCase(role.charAt(0)) + role.substring(1);
        }
        return role == null || "system".equals(kind) && name.equalsIgnoreCase("system") ? name : name + " (" + role + ")";
    }

    /** Lead providers have no address in the store: their emails go to {@code lead_provider:<id>}. */
    /** An email's recipient as shown to the agent ("Lead provider lp-a" for a provider); never for logs. */
    public static String recipient(String to) {
        if (to != null && to.startsWith("lead_provider:")) {
            return "Lead provider " + to.substring("lead_provider:".length());
        }
        return Wording.orNotRecorded(to);
    }

    private static String value(String value) {
        if (value == null || value.isBlank()) {
            return NOTHING;
        }
        return CODE.matcher(value).matches() ? Wording.humanise(value) : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
