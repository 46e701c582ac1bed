package uk.gov.ects.desk.service.dataset;

import java.util.List;

/** A dataset that could not be loaded; nothing was written. {@link #problems()} lists every reason. */
public final class DatasetException extends RuntimeException {

    private static final int SHOWN_IN_MESSAGE = 5;

    private final List<String> problems;

    public DatasetException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public DatasetException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.size() == 1) {
            return "The data file was not loaded: " + problems.get(0);
        }
        StringBuilder text = new StringBuilder("The data file was not loaded: ")
                .append(problems.size()).append(" problems found. Fix them and load it again.");
        problems.stream().limit(SHOWN_IN_MESSAGE).forEach(p -> text.append("\n  ").append(p));
        if (problems.size() > SHOWN_IN_MESSAGE) {
            text.append("\n  ... and ").append(problems.size() - SHOWN_IN_MESSAGE).append(" more");
        }
        return text.toString();
    }
}
