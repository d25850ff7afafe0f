package fi.seloste.store;

import java.nio.file.Path;

/**
 * JDBC URLs for a client file. WRITE_DELAY=0 makes every commit reach the file at once, so a killed process loses
 * nothing committed; no trace file is written beside the client file. MAX_COMPACT_TIME=0: H2 does not move chunks
 * inside the file when it closes (see {@link Compaction}).
 */
final class H2Url {

    static final String USER = "sa";
    static final String PASSWORD = "";
    private static final String COMMON = ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0;MAX_COMPACT_TIME=0";

    private H2Url() {
    }

    static String toCreate(Path file) {
        return "jdbc:h2:file:" + ClientFileName.databaseName(file) + COMMON;
    }

    /**
     * For the migrations that build a new file (created or imported, not yet in use under its name): H2 may compact
     * it in place when they close it, which keeps building a file as fast as before.
     */
    static String toBuildNew(Path file) {
        return "jdbc:h2:file:" + ClientFileName.databaseName(file) + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0";
    }

    static String toOpen(Path file) {
        return toCreate(file) + ";IFEXISTS=TRUE";
    }

    /** Opens without writing a byte: used to look at a file before deciding whether to open it for editing. */
    static String toInspect(Path file) {
        return toOpen(file) + ";ACCESS_MODE_DATA=r";
    }
}
