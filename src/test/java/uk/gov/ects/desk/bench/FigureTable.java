package uk.gov.ects.desk.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's printed answer: one row per step, as a Markdown table so it can go into the
 * README as it is. Rows are also echoed to standard error as they come, so a long run shows where it is.
 */
final class FigureTable {

    private record Row(String step, String figure, String detail) {
    }

    private final List<Row> rows = new ArrayList<>();
    private String heading = "";

    void heading(String text) {
        heading = text;
        System.err.println(text);
    }

    /** A step that took {@code seconds} (null: the row is not a timing). */
    void row(String step, Double seconds, String detail) {
        add(new Row(step, seconds == null ? "" : String.format(Locale.ROOT, "%.2f s", seconds), detail));
    }

    void rowMillis(String step, String figure, String detail) {
        add(new Row(step, figure, detail));
    }

    private void add(Row row) {
        rows.add(row);
        System.err.println("  done: " + row.step().trim() + "  " + row.figure() + "  " + row.detail());
    }

    void print(PrintStream out) {
        out.println();
        out.println(heading);
        out.println();
        out.println("| step | figure | detail |");
        out.println("|---|---:|---|");
        for (Row row : rows) {
            out.println("| " + row.step() + " | " + row.figure() + " | " + row.detail() + " |");
        }
    }
}
