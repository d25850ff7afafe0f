package fi.seloste.interchange;

import java.util.List;

/** An interchange file that Seloste does not take in, with every problem found, in the reader's language. */
public final class InterchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<InterchangeProblem> problems;
    private final boolean stoppedEarly;

    InterchangeException(List<InterchangeProblem> problems) {
        this(problems, false);
    }

    InterchangeException(List<InterchangeProblem> problems, boolean stoppedEarly) {
        super(problems.isEmpty() ? "" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
        this.stoppedEarly = stoppedEarly;
    }

    public List<InterchangeProblem> problems() {
        return problems;
    }

    /**
     * Whether the check stopped after {@link NoticeInterchange#MAX_PROBLEMS} problems without looking at the rest of
     * the file, so that there may be more.
     */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }
}
