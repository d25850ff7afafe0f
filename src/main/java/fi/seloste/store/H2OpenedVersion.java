package fi.seloste.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * The store version H2 opened a file at. H2 reports it through SQL only when the file is open for writing, so it is
 * read from H2's embedded engine here, the one place Seloste reaches past JDBC; H2 is pinned in the build and
 * {@code H2FileShapeTest} fails if this stops matching what the file's bytes say.
 */
final class H2OpenedVersion {

    private H2OpenedVersion() {
    }

    static long of(Connection connection) throws SQLException {
        JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
        return ((SessionLocal) h2.getSession()).getDatabase().getStore().getMvStore().getCurrentVersion();
    }
}
