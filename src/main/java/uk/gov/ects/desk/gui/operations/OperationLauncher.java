package uk.gov.ects.desk.gui.operations;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.gui.common.BackgroundTask;
import uk.gov.ects.desk.gui.common.TaskExecutor;
import uk.gov.ects.desk.gui.tickets.SuggestedAction;

/**
 * Opens a form: builds it from the cache in the background, then shows it over the main window.
 * Whatever cannot be opened is said in the status message, never as a stack trace.
 */
public final class OperationLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(OperationLauncher.class);

    private final FormCatalogue catalogue;
    private final OperationSubmitter submitter;
    private final TaskExecutor executor;
    private final Supplier<Window> owner;
    private final Consumer<String> notice;
    private OperationFormView lastOpened;

    public OperationLauncher(FormCatalogue catalogue, OperationSubmitter submitter, TaskExecutor executor,
            Supplier<Window> owner, Consumer<String> notice) {
        this.catalogue = catalogue;
        this.submitter = submitter;
        this.executor = executor;
        this.owner = owner;
        this.notice = notice;
    }

    public void open(FormAction action, String id) {
        open(action, id, form -> { }, null);
    }

    /**
     * Opens the form a ticket's suggested action asks for, on the record the ticket concerns, with the
     * values the ticket gives and the ticket set, so the operation is linked to the ticket. When that
     * cannot be done the status message says why and what to do instead.
     */
    public void openSuggested(SuggestedAction suggested) {
        SuggestedForm form = SuggestedForm.from(suggested);
        String problem = form.cannotOpen(suggested);
        if (problem != null) {
            notice.accept(problem);
            return;
        }
        open(form.action(), form.recordId(), form::fill, form.ticketId());
    }

    private void open(FormAction action, String id, Consumer<OperationForm> fill, String ticketId) {
        BackgroundTask.wrap(() -> catalogue.create(action, id))
                .onSuccess(form -> {
                    fill.accept(form);
                    OperationFormViewModel viewModel = new OperationFormViewModel(form, submitter, executor);
                    if (ticketId != null) {
                        viewModel.ticket().prefill(ticketId);
                    }
                    viewModel.submittedProperty().addListener((obs, old, queued) -> {
                        if (queued != null) {
                            notice.accept("Queued: " + queued.summary() + ".");
                        }
                    });
                    lastOpened = new OperationFormView(viewModel);
                    lastOpened.show(owner.get());
                })
                .onFailure(problem -> {
                    LOG.warn("Opening the form {} failed", action, problem);
                    notice.accept(problem instanceof FormContext.MissingRecordException ? problem.getMessage()
                            : "Could not open \"" + action.label() + "\". Select the record again and retry.");
                })
                .executeWith(executor);
    }

    /** The form opened last, for tests. */
    public OperationFormView lastOpened() {
        return lastOpened;
    }
}
