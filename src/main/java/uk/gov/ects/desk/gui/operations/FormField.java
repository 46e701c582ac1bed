package uk.gov.ects.desk.gui.operations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.Observable;

/**
 * One field of an operation form, without controls: its value, its own checks (required, format),
 * and the error the form shows next to it. A rule the form checks across fields (model rules) can
 * point at a field too ({@link #setRuleError}). The error shows once the agent has typed in the field
 * or tried to submit, so an empty form does not open covered in red.
 */
public final class FormField {

    public enum Kind { TEXT, AREA, DATE, CHOICE, CHECK }

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final String key;
    private final String label;
    private final Kind kind;
    private final boolean required;
    private final String hint;
    private final Function<FormField, String> check;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice");
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final BooleanProperty touched = new SimpleBooleanProperty(this, "touched");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper shownError = new ReadOnlyStringWrapper(this, "shownError");
    private String ruleError;
    private java.util.function.BooleanSupplier requiredWhen;
    private Function<String, Optional<Object>> resolver;
    private Function<Object, String> describeFound;
    private String notFoundText;
    private Found found;
    private final ReadOnlyStringWrapper foundText = new ReadOnlyStringWrapper(this, "foundText", "");

    /** What a lookup in the cache found for {@code forText}; {@code value} null when nothing was. */
    private record Found(String forText, Object value) {
    }

    private FormField(String key, String label, Kind kind, boolean required, String hint,
            Function<FormField, String> check) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.required = required;
        this.hint = hint;
        this.check = check == null ? field -> null : check;
        text.addListener((obs, old, now) -> touched.set(true));
        choice.addListener((obs, old, now) -> touched.set(true));
        checked.addListener((obs, old, now) -> touched.set(true));
        touched.addListener((obs, old, now) -> refreshShown());
        revalidate();
    }

    /** {@code label} may carry a mnemonic: "_TRN". {@code check} answers a problem in words, or null. */
    public static FormField text(String key, String label, boolean required, String hint,
            Function<FormField, String> check) {
        return new FormField(key, label, Kind.TEXT, required, hint, check);
    }

    public static FormField area(String key, String label, boolean required, String hint,
            Function<FormField, String> check) {
        return new FormField(key, label, Kind.AREA, required, hint, check);
    }

    /** A date typed as DD/MM/YYYY (or YYYY-MM-DD); {@code check} runs on a date that parsed. */
    public static FormField date(String key, String label, boolean required, Function<LocalDate, String> check) {
        return new FormField(key, label, Kind.DATE, required, "DD/MM/YYYY, for example 14/03/1990",
                field -> field.date().map(check == null ? d -> null : check).orElse(null));
    }

    public static FormField choice(String key, String label, boolean required, List<Choice> choices, String hint) {
        FormField field = new FormField(key, label, Kind.CHOICE, required, hint, null);
        field.choices.setAll(choices);
        return field;
    }

    public static FormField check(String key, String label, String hint) {
        return new FormField(key, label, Kind.CHECK, false, hint, null);
    }

    /**
     * The field names a record the cache must have (a school by URN, a participant by id): once the
     * field's own check passes, {@code resolver} runs in the background (see OperationFormViewModel).
     */
    public FormField withLookup(Function<String, Optional<Object>> resolver, Function<Object, String> describe,
            String notFoundText) {
        this.resolver = resolver;
        this.describeFound = describe;
        this.notFoundText = notFoundText;
        revalidate();
        return this;
    }

    /** The text to look up now, or null when there is nothing to look up (no lookup, bad text, already done). */
    String pendingLookup() {
        if (resolver == null || value() == null || check.apply(this) != null) {
            return null;
        }
        return found != null && found.forText().equals(value()) ? null : value();
    }

    Optional<Object> resolve(String forText) {
        return resolver.apply(forText);
    }

    void lookedUp(String forText, Object value) {
        found = new Found(forText, value);
        foundText.set(value == null ? "" : describeFound.apply(value));
        revalidate();
    }

    /** The record the lookup found for the current text. */
    public Optional<Object> found() {
        return found != null && found.forText().equals(value()) ? Optional.ofNullable(found.value()) : Optional.empty();
    }

    /** What the lookup found, in words ("Elm Academy, Leeds"), or empty. */
    public ReadOnlyStringProperty foundTextProperty() {
        return foundText.getReadOnlyProperty();
    }

    /** Things that change the field's value, for forms that recompute on any change. */
    public Observable[] dependencies() {
        return new Observable[] {text, choice, checked};
    }

    /** Recomputes the field's own error (and any rule error the form set). */
    public void revalidate() {
        String own = ownProblem();
        error.set(own != null ? own : ruleError);
        refreshShown();
    }

    private String ownProblem() {
        boolean blank = switch (kind) {
            case TEXT, AREA, DATE -> text.get() == null || text.get().isBlank();
            case CHOICE -> choice.get() == null;
            case CHECK -> false;
        };
        if (blank) {
            if (!isRequired()) {
                return null;
            }
            String own = kind == Kind.DATE || kind == Kind.CHOICE ? null : check.apply(this);
            return own != null ? own : plainLabel() + " is needed.";
        }
        if (kind == Kind.DATE && date().isEmpty()) {
            return "Enter " + plainLabel().toLowerCase(java.util.Locale.ROOT) + " as DD/MM/YYYY, for example 14/03/1990.";
        }
        String problem = check.apply(this);
        if (problem != null || resolver == null) {
            return problem;
        }
        if (found == null || !found.forText().equals(value())) {
            foundText.set("");
            return "Looking it up in the cache…";
        }
        return found.value() == null ? notFoundText : null;
    }

    public void setRuleError(String problem) {
        this.ruleError = problem;
        revalidate();
    }

    public void showErrors() {
        touched.set(true);
        refreshShown();
    }

    private void refreshShown() {
        shownError.set(touched.get() ? error.get() : null);
    }

    // ---- values ------------------------------------------------------------------------------------

    /** The trimmed text, or null when blank. */
    public String value() {
        String typed = text.get();
        return typed == null || typed.isBlank() ? null : typed.trim();
    }

    public Optional<LocalDate> date() {
        String typed = value();
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(typed.contains("-") ? LocalDate.parse(typed) : LocalDate.parse(typed, UK_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The chosen code, or null. */
    public String code() {
        return choice.get() == null ? null : choice.get().code();
    }

    public boolean isChecked() {
        return checked.get();
    }

    /** Fills the field in for the agent (the record's current value) without counting as typing. */
    public FormField prefill(String value) {
        text.set(value == null ? "" : value);
        touched.set(false);
        return this;
    }

    public FormField prefillChoice(String code) {
        select(code);
        touched.set(false);
        return this;
    }

    /** Chooses the entry with this code, if offered. */
    public void select(String code) {
        choices.stream().filter(c -> c.code().equals(code)).findFirst().ifPresent(choice::set);
    }

    public boolean isBlank() {
        return switch (kind) {
            case CHOICE -> choice.get() == null;
            case CHECK -> !checked.get();
            default -> value() == null;
        };
    }

    // ---- description -------------------------------------------------------------------------------

    public String key() {
        return key;
    }

    /** With its mnemonic marker, e.g. "_TRN". */
    public String label() {
        return label;
    }

    public String plainLabel() {
        return label.replace("_", "");
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRequired() {
        return required || (requiredWhen != null && requiredWhen.getAsBoolean());
    }

    /** Required only while {@code condition} holds, e.g. a reason for support operations. */
    public FormField requiredWhen(java.util.function.BooleanSupplier condition) {
        this.requiredWhen = condition;
        revalidate();
        return this;
    }

    public String hint() {
        return hint;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** The field's problem now, shown or not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The problem the view shows: only once the agent typed here or tried to submit. */
    public ReadOnlyStringProperty shownErrorProperty() {
        return shownError.getReadOnlyProperty();
    }
}
