package fi.seloste.interchange;

/**
 * One thing wrong with an interchange file: where (a path such as {@code notice.registers[0].name.fi}, or "" for the
 * file as a whole) and what, in the reader's language.
 */
public record InterchangeProblem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
