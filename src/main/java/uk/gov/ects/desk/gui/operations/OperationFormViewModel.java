package uk.gov.ects.desk.gui.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.client.operations.OperationRequest;
import uk.gov.ects.desk.client.operations.Preview;
import uk.gov.ects.desk.client.operations.QueuedOperation;
import uk.gov.ects.desk.gui.common.BackgroundTask;
import uk.gov.ects.desk.gui.common.TaskExecutor;
import uk.gov.ects.desk.model.rules.RuleViolation;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.support.OperationGate;

/**
 * The state of an open operation form: its fields checked as the agent types (their own formats, then
 * the model rules across fields), the reason a support operation needs, an optional ticket id, the
 * statement of what will happen, the service's preview, and submitting. No controls; the submitter and
 * executor come in through the constructor, so tests run it without the FX thread.
 */
public final class OperationFormViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(OperationFormViewModel.class);
    private static final long WAIT_SECONDS = 60;

    private final OperationForm form;
    private final OperationSubmitter submitter;
    private final TaskExecutor executor;

    private final FormField reason;
    private final FormField ticket;
    private final ReadOnlyStringWrapper statement = new ReadOnlyStringWrapper(this, "statement", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper reasonNeeded = new ReadOnlyBooleanWrapper(this, "reasonNeeded");
    private final ReadOnlyStringWrapper operationText = new ReadOnlyStringWrapper(this, "operationText", "");
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper(this, "previewText", "");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<PreviewSummary> previewSummary = new ReadOnlyObjectWrapper<>(this, "previewSummary");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<QueuedOperation> submitted = new ReadOnlyObjectWrapper<>(this, "submitted");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long previewSequence;

    public OperationFormViewModel(OperationForm form, OperationSubmitter submitter, TaskExecutor executor) {
        this.form = form;
        this.submitter = submitter;
        this.executor = executor;
        this.reason = FormField.area("reason", "_Reason", false,
                "Why, for the audit: what the school asked for (" + OperationGate.MIN_REASON + " to "
                        + OperationGate.MAX_REASON + " characters)", this::reasonProblem)
                .requiredWhen(() -> {
                    Operation operation = safeOperation();
                    return operation != null && operation.needsReason();
                });
        this.ticket = FormField.text("ticket_id", "_Ticket", false, "The support ticket this is for, if any", null);
        for (FormField field : allFields()) {
            field.textProperty().addListener((obs, old, now) -> changed());
            field.choiceProperty().addListener((obs, old, now) -> changed());
            field.checkedProperty().addListener((obs, old, now) -> changed());
        }
        changed();
    }

    // ---- as the agent types ------------------------------------------------------------------------

    private void changed() {
        Operation operation = safeOperation();
        reasonNeeded.set(operation != null && operation.needsReason());
        operationText.set(operation == null ? "" : operation.id() + ": " + operation.label());
        form.fields().forEach(field -> field.setRuleError(null));
        problem.set("");
        startLookups();
        boolean fieldsValid = form.fields().stream().allMatch(field -> field.errorProperty().get() == null);
        if (fieldsValid) {
            checkRules();
        }
        reason.revalidate();
        statement.set(fieldsValid && problem.get().isEmpty() ? safeStatement() : "");
        valid.set(allFields().stream().allMatch(field -> field.errorProperty().get() == null) && problem.get().isEmpty());
        // What the service said no longer describes these values.
        previewSequence++;
        preview.set(null);
        previewSummary.set(null);
        previewText.set("");
    }

    private void checkRules() {
        try {
            form.checkRules();
        } catch (RuleViolation refusal) {
            FormField pointed = pointedField(refusal.pointer());
            if (pointed != null) {
                pointed.setRuleError(refusal.detail());
                pointed.showErrors();
            } else {
                problem.set(refusal.title() + ". " + refusal.detail());
            }
        }
    }

    private FormField pointedField(String pointer) {
        if (pointer == null || pointer.length() < 2) {
            return null;
        }
        String key = pointer.substring(1);
        return form.has(key) ? form.field(key) : null;
    }

    private void startLookups() {
        for (FormField field : form.fields()) {
            String text = field.pendingLookup();
            if (text == null) {
                continue;
            }
            BackgroundTask.wrap(() -> field.resolve(text).orElse(null))
                    .onSuccess(found -> {
                        field.lookedUp(text, found);
                        changed();
                    })
                    .onFailure(failure -> {
                        LOG.warn("Looking up a {} in the cache failed", field.key(), failure);
                        field.lookedUp(text, null);
                        changed();
                    })
                    .executeWith(executor);
        }
    }

    private String reasonProblem(FormField field) {
        Operation operation = safeOperation();
        if (operation == null || (!operation.needsReason() && field.value() == null)) {
            return null;
        }
        try {
            OperationGate.requireReason(field.value(), operation.id());
            return null;
        } catch (RuleViolation refusal) {
            return refusal.detail();
        }
    }

    private Operation safeOperation() {
        try {
            return form.operation();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String safeStatement() {
        try {
            return form.statement();
        } catch (RuleViolation refused) {
            // The rules refuse these values: the form's checks already say why, so no statement.
            return "";
        } catch (RuntimeException e) {
            LOG.warn("Describing {} failed", form.action(), e);
            return "";
        }
    }

    // ---- commands ----------------------------------------------------------------------------------

    /** The request the form would send now. */
    public OperationRequest request() {
        return form.request(reason.value(), ticket.value());
    }

    /** Asks the service what would happen; offline, says what was checked here. */
    public void preview() {
        if (!readyToSend()) {
            return;
        }
        long sequence = ++previewSequence;
        OperationRequest request = request();
        previewSummary.set(null);
        previewText.set("Asking the service…");
        BackgroundTask.wrap(() -> {
            Preview answer = await(submitter.preview(request));
            // Reads the cached records to compare with, so it stays off the FX thread.
            return new Answer(answer, PreviewWording.describe(answer, form.localChecks(), form.recordsNow()));
        })
                .onSuccess(answer -> {
                    if (sequence == previewSequence) {
                        preview.set(answer.preview());
                        previewSummary.set(answer.words());
                        previewText.set(answer.words().text());
                        Preview.Refusal refusal = answer.preview().refusal();
                        if (answer.preview().outcome() == Preview.Outcome.REFUSED && refusal != null) {
                            FormField pointed = pointedField(refusal.pointer());
                            if (pointed != null) {
                                pointed.setRuleError(refusal.detail());
                                pointed.showErrors();
                            }
                        }
                    }
                })
                .onFailure(failure -> {
                    if (sequence == previewSequence) {
                        LOG.warn("Preview of {} failed", form.action(), failure);
                        previewSummary.set(null);
                        previewText.set("Could not ask the service just now. " + PreviewWording.offline(form.localChecks()));
                    }
                })
                .executeWith(executor);
    }

    private record Answer(Preview preview, PreviewSummary words) {
    }

    /** Hands the request to the submitter (the outbox); the form closes when it has it. */
    public void submit() {
        if (!readyToSend() || busy.get() || submitted.get() != null) {
            return;
        }
        OperationRequest request = request();
        busy.set(true);
        message.set("Submitting…");
        BackgroundTask.wrap(() -> await(submitter.submit(request)))
                .onSuccess(queued -> {
                    busy.set(false);
                    message.set("Queued: " + queued.summary() + ". It shows in the outbox until the service has it.");
                    submitted.set(queued);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    LOG.warn("Submitting {} failed", form.action(), failure);
                    message.set("Could not queue the change. Nothing was sent; try again, and if it keeps failing restart the app.");
                })
                .executeWith(executor);
    }

    private boolean readyToSend() {
        if (valid.get()) {
            return true;
        }
        allFields().forEach(FormField::showErrors);
        message.set(problem.get().isEmpty() ? "Check the fields marked in red." : problem.get());
        return false;
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        try {
            return stage.toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    // ---- what the view binds ----------------------------------------------------------------------

    public OperationForm form() {
        return form;
    }

    public String title() {
        return form.title();
    }

    public List<FormField> fields() {
        return form.fields();
    }

    /** The form's own fields, then reason and ticket. */
    public List<FormField> allFields() {
        List<FormField> all = new ArrayList<>(form.fields());
        all.add(reason);
        all.add(ticket);
        return all;
    }

    public FormField field(String key) {
        return Objects.requireNonNull(form.field(key));
    }

    public FormField reason() {
        return reason;
    }

    public FormField ticket() {
        return ticket;
    }

    /** "Moves 3 current ECTs to CIP from today; no emails will be sent." Empty while the values are incomplete. */
    public ReadOnlyStringProperty statementProperty() {
        return statement.getReadOnlyProperty();
    }

    /** A model rule the values break that no single field owns; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reasonNeededProperty() {
        return reasonNeeded.getReadOnlyProperty();
    }

    /** "OVR-PROG: Change a submitted programme choice". */
    public ReadOnlyStringProperty operationTextProperty() {
        return operationText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewTextProperty() {
        return previewText.getReadOnlyProperty();
    }

    /** The service's answer laid out: records named, fields before → after, emails; null until it answers. */
    public ReadOnlyObjectProperty<PreviewSummary> previewSummaryProperty() {
        return previewSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Set once the submitter has the change; the view closes the form. */
    public ReadOnlyObjectProperty<QueuedOperation> submittedProperty() {
        return submitted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
