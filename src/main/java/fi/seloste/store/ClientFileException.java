package fi.seloste.store;

import java.nio.file.Path;

/** A client file could not be opened, created or written; {@link #problem()} says why, in terms the UI can explain. */
public final class ClientFileException extends Exception {

    private final ClientFileProblem problem;
    private final Path path;

    public ClientFileException(ClientFileProblem problem, Path path, Throwable cause) {
        super(problem + ": " + path, cause);
        this.problem = problem;
        this.path = path;
    }

    public ClientFileException(ClientFileProblem problem, Path path) {
        this(problem, path, null);
    }

    public ClientFileProblem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }
}
