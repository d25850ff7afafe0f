package fi.seloste.store;

import static fi.seloste.store.generated.Tables.CLIENT_FILE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;

import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Looks at a file without changing a byte of it and tells what it is: a Seloste client file of some format
 * version, or which problem keeps it from being opened.
 */
final class ClientFileInspector {

    private static final String SELOSTE = "seloste";
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private ClientFileInspector() {
    }

    /** The file's format version; throws for anything that is not a readable, unlocked Seloste client file. */
    static int formatVersion(Path file) throws ClientFileException {
        H2FileShape.Newest newest = requireCompleteH2File(file);
        try (Connection connection = DriverManager.getConnection(H2Url.toInspect(file), H2Url.USER, H2Url.PASSWORD)) {
            requireOpenedAtNewest(connection, newest, file);
            return formatVersion(DSL.using(connection, SQLDialect.H2), file);
        } catch (SQLException e) {
            throw H2Errors.onOpen(e, file);
        }
    }

    /** H2 falls back to an older state when the newest one is not readable; Seloste refuses such a file instead. */
    static void requireOpenedAtNewest(Connection connection, H2FileShape.Newest newest, Path file)
            throws ClientFileException, SQLException {
        long opened = H2OpenedVersion.of(connection);
        if (opened != newest.version()) {
            throw new ClientFileException(ClientFileProblem.DAMAGED, file,
                    new IllegalStateException("H2 opened version " + opened + ", the file's newest is " + newest.version()));
        }
    }

    /** As {@link #formatVersion(Path)}, on a read-only connection the caller has opened and keeps. */
    static int formatVersion(Connection readOnly, Path file) throws ClientFileException {
        return formatVersion(DSL.using(readOnly, SQLDialect.H2), file);
    }

    private static int formatVersion(DSLContext db, Path file) throws ClientFileException {
        try {
            // Flyway keeps the version as text: compared as text, "9" would come after "10". One statement asks both
            // (a scan opens hundreds of files); the version is read only from a file that says it is Seloste's.
            Field<Integer> version = select(max(field(name("version"), String.class).cast(Integer.class)))
                    .from(table(name("flyway_schema_history")))
                    .where(field(name("success"), Boolean.class).isTrue())
                    .asField();
            Record2<String, Integer> row = db.select(CLIENT_FILE.APPLICATION,
                    when(CLIENT_FILE.APPLICATION.eq(SELOSTE), version)).from(CLIENT_FILE).fetchOne();
            if (row == null || !SELOSTE.equals(row.value1())) {
                throw new ClientFileException(ClientFileProblem.NOT_A_CLIENT_FILE, file);
            }
            if (row.value2() == null) {
                throw new ClientFileException(ClientFileProblem.DAMAGED, file);
            }
            return row.value2();
        } catch (DataAccessException e) {
            throw onQuery(e, file);
        }
    }

    private static ClientFileException onQuery(DataAccessException e, Path file) {
        SQLException sql = e.getCause(SQLException.class);
        if (sql != null && (sql.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                || sql.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                || sql.getErrorCode() == ErrorCode.COLUMN_NOT_FOUND_1)) {
            return new ClientFileException(ClientFileProblem.NOT_A_CLIENT_FILE, file, e);
        }
        return sql != null ? H2Errors.onOpen(sql, file) : new ClientFileException(ClientFileProblem.DAMAGED, file, e);
    }

    static H2FileShape.Newest requireCompleteH2File(Path file) throws ClientFileException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(H2_HEADER.length);
        } catch (IOException e) {
            throw new ClientFileException(ClientFileProblem.IO_ERROR, file, e);
        }
        if (start.length < H2_HEADER.length && Arrays.equals(start, Arrays.copyOf(H2_HEADER, start.length))) {
            // Empty, or cut within H2's first four bytes: a client file cut short, not some other file.
            throw new ClientFileException(ClientFileProblem.DAMAGED, file);
        }
        if (!Arrays.equals(start, H2_HEADER)) {
            throw new ClientFileException(ClientFileProblem.NOT_A_CLIENT_FILE, file);
        }
        try {
            return H2FileShape.newest(file).orElseThrow(() -> new ClientFileException(ClientFileProblem.DAMAGED, file));
        } catch (IOException e) {
            throw new ClientFileException(ClientFileProblem.IO_ERROR, file, e);
        }
    }
}
