package fi.seloste.batch;

/**
 * Where the work on one client file may stop: before each document it writes or prints, and once more when all are
 * done and before they are put in place. Also how far the file's work has got.
 */
@FunctionalInterface
public interface Checkpoint {

    /** Never stops; for the command line, which has no cancel. */
    Checkpoint NONE = (done, total) -> { };

    /**
     * @param done  documents done so far
     * @param total documents the file has in all
     * @throws BatchCancelled when the work is to stop here
     */
    void reached(int done, int total) throws BatchCancelled;
}
