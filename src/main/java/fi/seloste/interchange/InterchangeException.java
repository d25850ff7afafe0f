package fi.seloste.interchange;

import java.util.List;

/** An interchange file that Seloste does not take in, with every problem found, in the reader's language. */
public final class InterchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<InterchangeProblem> problems;

    InterchangeException(List<InterchangeProblem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<InterchangeProblem> problems() {
        return problems;
    }
}
