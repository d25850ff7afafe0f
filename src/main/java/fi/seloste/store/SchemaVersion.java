package fi.seloste.store;

/**
 * The client file format is the Flyway schema version. LATEST must equal the highest migration under
 * db/migration; a test keeps the two in step.
 */
public final class SchemaVersion {

    public static final int LATEST = 11;

    private SchemaVersion() {
    }
}
