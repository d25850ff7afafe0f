package fi.seloste.batch;

/** One client file that could not be done, with the reason already in the user's language. */
public final class BatchFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public BatchFailure(String reason) {
        super(reason);
    }
}
