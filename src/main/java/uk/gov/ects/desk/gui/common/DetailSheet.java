package uk.gov.ects.desk.gui.common;

import java.util.List;

/**
 * What a detail pane shows, already in words: a title, labelled fields in sections, and small
 * tables. Formatters build it from a DTO; the view only lays it out.
 */
public record DetailSheet(String title, List<Section> sections, List<Table> tables) {

    public record Field(String label, String value) {
    }

    public record Section(String heading, List<Field> fields) {
    }

    /** A small table; {@code emptyText} is shown when it has no rows. */
    public record Table(String heading, List<String> columns, List<List<String>> rows, String emptyText) {
    }

    /** The value of the first field with this label, for tests and screen readers. */
    public String value(String label) {
        return sections.stream().flatMap(section -> section.fields().stream())
                .filter(field -> field.label().equals(label))
                .map(Field::value)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No field labelled " + label));
    }

    public Table table(String heading) {
        return tables.stream().filter(table -> table.heading().equals(heading)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table headed " + heading));
    }
}
