package uk.gov.ects.desk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.PagedRows;
import uk.gov.ects.desk.gui.common.SearchViewModel;
import uk.gov.ects.desk.gui.common.Styles;

/**
 * Drives the real main window as an agent would: pick a tab, type a search, select a row, wait
 * for the detail. Waits poll the window's state with a timeout; nothing sleeps blindly.
 */
public final class DeskRobot {

    public static final int UI_TIMEOUT_SECONDS = 20;

    private final FxRobot robot;
    private final MainWindow window;

    public DeskRobot(FxRobot robot, MainWindow window) {
        this.robot = robot;
        this.window = window;
    }

    private static final java.util.List<String> SEARCH_TABS = java.util.List.of("schools", "participants", "partnerships");

    /** Shows a search tab: 0 Schools, 1 Participants, 2 Partnerships (Tickets and Overview come first in the window). */
    public void showTab(int searchTabIndex) {
        robot.interact(() -> window.selectTab(SEARCH_TABS.get(searchTabIndex) + "-tab"));
    }

    /** Types into the search box, then waits for the debounced search to show its rows. */
    public void search(String tab, String text) throws TimeoutException {
        TextField box = robot.lookup("#" + tab + "-search").queryAs(TextField.class);
        SearchViewModel<?, ?> viewModel = window.viewModel().searchTabs().get(SEARCH_TABS.indexOf(tab));
        // Focus by code, not by a mouse click: a notification or banner appearing over the box
        // must not send the typing elsewhere.
        robot.interact(() -> {
            box.clear();
            box.requestFocus();
        });
        robot.write(text);
        try {
            waitUntil(UI_TIMEOUT_SECONDS, () -> text.equals(viewModel.shownText()) && !viewModel.searchingProperty().get()
                    && countOf("#" + tab + "-count") > 0);
        } catch (TimeoutException timeout) {
            throw new AssertionError("The " + tab + " search for \"" + text + "\" did not show results: the box holds \""
                    + box.getText() + "\", results shown for \"" + viewModel.shownText() + "\", searching "
                    + viewModel.searchingProperty().get() + ", count \"" + robot.lookup("#" + tab + "-count").queryLabeled().getText()
                    + "\", table says \"" + viewModel.tableMessageProperty().get() + "\"", timeout);
        }
        waitForRows(tab);
    }

    @SuppressWarnings("unchecked")
    public <R> void select(String tab, Predicate<R> wanted) throws TimeoutException {
        TableView<PagedRows.Row<R>> table = robot.lookup("#" + tab + "-table").queryAs(TableView.class);
        int index = onFx(() -> IntStream.range(0, table.getItems().size())
                .filter(i -> table.getItems().get(i).value() != null && wanted.test(table.getItems().get(i).value()))
                .findFirst())
                .orElseThrow(() -> new AssertionError("The " + tab + " search did not find the record"));
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(index);
            table.getFocusModel().focus(index);
            table.scrollTo(Math.max(0, index - 3));
        });
        waitForRows(tab);
    }

    /** Until no row in view still reads "Loading…". */
    @SuppressWarnings("unchecked")
    public void waitForRows(String tab) throws TimeoutException {
        TableView<PagedRows.Row<?>> table = robot.lookup("#" + tab + "-table").queryAs(TableView.class);
        waitUntil(UI_TIMEOUT_SECONDS, () -> onFx(() -> table.getItems().stream().limit(40).noneMatch(PagedRows.Row::loading)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void waitForDetail(String tab, String title) throws TimeoutException {
        waitUntil(UI_TIMEOUT_SECONDS, () -> robot.from(robot.lookup("#" + tab + "-detail").queryAs(Node.class))
                .lookup("." + Styles.DETAIL_TITLE).tryQuery().map(node -> ((Label) node).getText()).filter(title::equals).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The number in a count label such as "1,234 schools"; 0 when there is none. */
    public int countOf(String query) {
        return number(robot.lookup(query).queryLabeled().getText());
    }

    /**
     * The result count of a search tab (0 Schools, 1 Participants, 2 Partnerships) as its ViewModel
     * has it: a tab's controls are only built when it is first opened.
     */
    public int resultsOf(int searchTabIndex) {
        return number(onFx(() -> window.viewModel().searchTabs().get(searchTabIndex).resultCountProperty().get()));
    }

    private static int number(String text) {
        String digits = text == null ? "" : text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /**
     * Reads the window's state on the FX thread: the table's paged list, like every control, is
     * only safe to read there.
     */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(UI_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Reading the window's state on the FX thread failed", e);
        }
    }

    public static void waitUntil(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
