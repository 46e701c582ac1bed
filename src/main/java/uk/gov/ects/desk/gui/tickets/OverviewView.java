package uk.gov.ects.desk.gui.tickets;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.gov.ects.desk.gui.common.Styles;

/** The Overview tab: three bar charts over the cached tickets, redrawn when the figures change. */
public final class OverviewView {

    private final ScrollPane root;

    public OverviewView(OverviewViewModel viewModel) {
        Label summary = new Label();
        summary.setId("overview-summary");
        summary.getStyleClass().add(Styles.DETAIL_HEADING);
        summary.textProperty().bind(viewModel.summaryProperty());
        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.setVgap(12);
        charts.add(chart("overview-by-category", "Open tickets by category", "Category", viewModel.byCategoryProperty()), 0, 0);
        charts.add(chart("overview-by-age", "Open tickets by age (weekday time)", "Waiting", viewModel.byAgeProperty()), 1, 0);
        Node resolved = chart("overview-resolved", "Tickets resolved per day, last " + OverviewViewModel.DAYS + " days", "Day",
                viewModel.resolvedPerDayProperty());
        charts.add(resolved, 0, 1, 2, 1);
        VBox content = new VBox(8, summary, charts);
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setId("overview");
        root.setFitToWidth(true);
    }

    public Node root() {
        return root;
    }

    private static BarChart<String, Number> chart(String id, String title, String axis,
            ObservableValue<List<OverviewViewModel.Bar>> bars) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(axis);
        NumberAxis y = new NumberAxis();
        y.setLabel("Tickets");
        y.setMinorTickVisible(false);
        y.setTickUnit(1);
        // Ticket counts are whole: an auto-ranged axis may still put ticks at 0.25, so only whole ones are labelled.
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double number = value.doubleValue();
                return number == Math.rint(number) ? String.valueOf((long) number) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setAccessibleText(title);
        GridPane.setHgrow(chart, Priority.ALWAYS);
        Runnable draw = () -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (OverviewViewModel.Bar bar : bars.getValue()) {
                series.getData().add(new XYChart.Data<>(bar.label(), bar.count()));
            }
            chart.getData().setAll(List.of(series));
        };
        bars.addListener((obs, old, now) -> draw.run());
        draw.run();
        return chart;
    }
}
