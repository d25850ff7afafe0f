package fi.seloste.batch;

/** The work on one client file stopped because it was cancelled; nothing it had begun to write is left. */
public final class BatchCancelled extends Exception {

    private static final long serialVersionUID = 1L;

    public BatchCancelled() {
        super("cancelled");
    }
}
