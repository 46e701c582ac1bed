package uk.gov.ects.desk.gui.operations;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import uk.gov.ects.desk.client.operations.OperationRequest;
import uk.gov.ects.desk.client.operations.TargetRef;
import uk.gov.ects.desk.model.support.Operation;

/**
 * One operation's form, described as data: its fields, how they become the request (method, path,
 * body), which model rules it checks across fields, and the plain statement of what will happen.
 * Built by the form catalogues ({@link SchoolForms}, {@link ParticipantForms}, {@link SupportForms})
 * from the cache; shown by {@link OperationFormView} through an {@link OperationFormViewModel}.
 */
public final class OperationForm {

    private final FormAction action;
    private final String title;
    private final Function<OperationForm, TargetRef> target;
    private final Function<OperationForm, Long> version;
    private final Map<String, FormField> fields;
    private final Function<OperationForm, Operation> operation;
    private final String method;
    private final Function<OperationForm, String> path;
    private final Function<OperationForm, JsonObject> body;
    private final Function<OperationForm, String> statement;
    private final Consumer<OperationForm> rules;
    private final List<String> localChecks;
    private final Function<OperationForm, String> summary;
    private RecordsNow recordsNow = RecordsNow.UNKNOWN;

    private OperationForm(Builder builder) {
        this.action = builder.action;
        this.title = builder.title;
        this.target = builder.targetFrom;
        this.version = builder.versionFrom;
        this.fields = builder.fields;
        this.operation = builder.operation;
        this.method = builder.method;
        this.path = builder.path;
        this.body = builder.body;
        this.statement = builder.statement;
        this.rules = builder.rules;
        this.localChecks = List.copyOf(builder.localChecks);
        this.summary = builder.summary;
    }

    public static Builder builder(FormAction action, TargetRef target, Long version) {
        return new Builder(action, target, version);
    }

    // ---- what the view model asks ---------------------------------------------------------------

    public FormAction action() {
        return action;
    }

    public String title() {
        return title;
    }

    public TargetRef target() {
        return target.apply(this);
    }

    /** The target's version the form was filled in on (If-Match); null for create-only writes. */
    public Long version() {
        return version.apply(this);
    }

    public List<FormField> fields() {
        return List.copyOf(fields.values());
    }

    /** The operation the values make it: e.g. PROG-1, or OVR-PROG when the choice was already submitted. */
    public Operation operation() {
        return operation.apply(this);
    }

    public String statement() {
        return statement.apply(this);
    }

    /** Runs the model rules on the values; a refusal comes out as the RuleViolation the rule threw. */
    public void checkRules() {
        rules.accept(this);
    }

    /** What was checked here, in words, for the offline message. */
    public List<String> localChecks() {
        return localChecks;
    }

    /** Where the preview reads the records as they are now, to show what the change would alter. */
    public RecordsNow recordsNow() {
        return recordsNow;
    }

    /** Set by the catalogue that built the form from its cache. */
    OperationForm readingRecordsFrom(RecordsNow records) {
        this.recordsNow = Objects.requireNonNull(records);
        return this;
    }

    /** The request without reason and ticket (the view model adds them). */
    public OperationRequest request(String reason, String ticketId) {
        JsonObject json = body.apply(this);
        if (reason != null) {
            json.addProperty("reason", reason);
        }
        if (ticketId != null) {
            json.addProperty("ticket_id", ticketId);
        }
        return new OperationRequest(operation(), method, path.apply(this), target(), version(), json, summary());
    }

    /** One line for the outbox; the plain label while the form is incomplete. */
    public String summary() {
        try {
            return summary.apply(this);
        } catch (RuntimeException incomplete) {
            return action.label();
        }
    }

    // ---- values, for the builders' lambdas ---------------------------------------------------------

    public FormField field(String key) {
        return Objects.requireNonNull(fields.get(key), () -> "No field " + key);
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    public String text(String key) {
        return field(key).value();
    }

    public LocalDate date(String key) {
        return field(key).date().orElse(null);
    }

    public String code(String key) {
        return field(key).code();
    }

    public Choice choice(String key) {
        return field(key).choiceProperty().get();
    }

    public boolean checked(String key) {
        return field(key).isChecked();
    }

    /** Every field with a value, by key: text as text, dates as YYYY-MM-DD, choices as their code, ticks as true/false. */
    public JsonObject defaultBody() {
        JsonObject json = new JsonObject();
        for (FormField field : fields.values()) {
            switch (field.kind()) {
                case CHECK -> json.addProperty(field.key(), field.isChecked());
                case CHOICE -> {
                    if (field.code() != null) {
                        json.addProperty(field.key(), field.code());
                    }
                }
                case DATE -> field.date().ifPresent(date -> json.addProperty(field.key(), date.toString()));
                default -> {
                    if (field.value() != null) {
                        json.addProperty(field.key(), field.value());
                    }
                }
            }
        }
        return json;
    }

    /** Builds a form; every part but the fields has a sensible default. */
    public static final class Builder {
        private final FormAction action;
        private final TargetRef target;
        private Function<OperationForm, Long> versionFrom;
        private Function<OperationForm, TargetRef> targetFrom;
        private final Map<String, FormField> fields = new LinkedHashMap<>();
        private final List<String> localChecks = new ArrayList<>();
        private String title;
        private Function<OperationForm, Operation> operation;
        private String method = "POST";
        private Function<OperationForm, String> path;
        private Function<OperationForm, JsonObject> body = OperationForm::defaultBody;
        private Function<OperationForm, String> statement = form -> form.action().label() + ".";
        private Consumer<OperationForm> rules = form -> { };
        private Function<OperationForm, String> summary;

        private Builder(FormAction action, TargetRef target, Long version) {
            this.action = action;
            this.target = target;
            this.versionFrom = form -> version;
            this.targetFrom = form -> target;
            this.title = action.label();
            this.operation = form -> action.operation();
            this.summary = form -> action.label() + " (" + target + ")";
        }

        /** For a write guarded by a record the agent picks in the form (a transfer in: the teacher's version). */
        public Builder version(Function<OperationForm, Long> version) {
            this.versionFrom = version;
            return this;
        }

        /** For a form whose record is picked in the form (the transferred teacher). */
        public Builder target(Function<OperationForm, TargetRef> target) {
            this.targetFrom = target;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder field(FormField field) {
            fields.put(field.key(), field);
            return this;
        }

        public Builder operation(Function<OperationForm, Operation> operation) {
            this.operation = operation;
            return this;
        }

        public Builder send(String method, String path) {
            return send(method, form -> path);
        }

        public Builder send(String method, Function<OperationForm, String> path) {
            this.method = method;
            this.path = path;
            return this;
        }

        public Builder body(Function<OperationForm, JsonObject> body) {
            this.body = body;
            return this;
        }

        public Builder statement(Function<OperationForm, String> statement) {
            this.statement = statement;
            return this;
        }

        /** A model-rule check across fields; it throws the rule's RuleViolation to refuse. */
        public Builder rules(Consumer<OperationForm> rules) {
            this.rules = rules;
            return this;
        }

        /** Names a check done here, e.g. "the TRN has 5 to 7 digits". */
        public Builder checks(String... checks) {
            localChecks.addAll(List.of(checks));
            return this;
        }

        public Builder summary(Function<OperationForm, String> summary) {
            this.summary = summary;
            return this;
        }

        public OperationForm build() {
            Objects.requireNonNull(path, "send(method, path)");
            return new OperationForm(this);
        }
    }
}
