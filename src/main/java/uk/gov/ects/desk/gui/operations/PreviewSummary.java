package uk.gov.ects.desk.gui.operations;

import java.util.List;

/**
 * What the form's preview section shows: one sentence, then a section per record the service would
 * change ("Oak Primary (URN 100001)" with "Cohort 2025 › Programme: before → after" lines) and one for
 * the emails that would go, then a closing note (records left as they are, no emails).
 *
 * @param footnote "" when there is nothing to add
 */
public record PreviewSummary(String headline, List<Section> sections, String footnote) {

    /** One labelled line: a field and its change, or an email's template and recipient. */
    public record Line(String label, String text) {
    }

    /** @param more "" or "and 12 more fields" when the list was cut short */
    public record Section(String heading, List<Line> lines, String more) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    public PreviewSummary {
        sections = List.copyOf(sections);
    }

    /** An answer with nothing to lay out: offline, refused, failed. */
    public static PreviewSummary sentence(String text) {
        return new PreviewSummary(text, List.of(), "");
    }

    /** The whole preview as plain text, one line per heading and field. */
    public String text() {
        StringBuilder text = new StringBuilder(headline);
        for (Section section : sections) {
            text.append('\n').append(section.heading());
            for (Line line : section.lines()) {
                text.append("\n  ").append(line.label()).append(": ").append(line.text());
            }
            if (!section.more().isEmpty()) {
                text.append("\n  ").append(section.more());
            }
        }
        if (!footnote.isEmpty()) {
            text.append('\n').append(footnote);
        }
        return text.toString();
    }
}
