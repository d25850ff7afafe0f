package fi.seloste.cli;

/** One input file that could not be done, with the reason already in the user's language. */
final class FileFailure extends Exception {

    private static final long serialVersionUID = 1L;

    FileFailure(String message) {
        super(message);
    }
}
