package fi.seloste.batch;

/**
 * One client file left alone on purpose, not failed: there was nothing in it for this work (printing a file never
 * signed off). The reason is already in the user's language.
 */
public final class BatchSkipped extends Exception {

    private static final long serialVersionUID = 1L;

    public BatchSkipped(String reason) {
        super(reason);
    }
}
