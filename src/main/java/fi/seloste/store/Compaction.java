package fi.seloste.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.domain.Notice;

import org.h2.mvstore.MVStore;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Rewrites a closed client file without the history H2 keeps appending (about 10 KB a save), crash-safely: the
 * live data is copied into a new hidden file beside it, which is synced, opened and checked (whole, checksum holds,
 * the same notice) and only then moved over the original in one step. A kill at any point leaves either the
 * original or the complete copy under the file's name, never a half of each. H2's own compaction on close moves
 * chunks inside the file in place, which would leave a killed file that looks cut short; it is switched off
 * (MAX_COMPACT_TIME=0 in {@link H2Url}).
 */
final class Compaction {

    static final String PREFIX = ".compact-";
    private static final Logger LOG = Logger.getLogger(Compaction.class.getName());
    /** Below this a file is not worth rewriting whatever its history. */
    private static final long SMALL = 512 * 1024;
    /** Rewritten when less than this share of its chunks (in per cent) is still live data. */
    private static final int LIVE_SHARE = 35;

    private Compaction() {
    }

    /** Whether the file open on {@code connection} has grown well past the data it holds. */
    static boolean worthIt(Connection connection, Path file) {
        try {
            if (Files.size(file) <= SMALL) {
                return false;
            }
            try (var statement = connection.createStatement();
                 var result = statement.executeQuery("select setting_value from information_schema.settings"
                         + " where setting_name = 'info.CHUNKS_FILL_RATE'")) {
                return result.next() && Integer.parseInt(result.getString(1)) < LIVE_SHARE;
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not tell how much of " + file + " is live", e);
            return false;
        }
    }

    /**
     * Compacts the closed file {@code file}; returns its new size, or empty when it was left as it was (the copy
     * could not be made or did not check out, which is logged; the file is then still whole, only larger).
     */
    static OptionalLong compact(Path file) {
        Path copy = file.resolveSibling(PREFIX + UUID.randomUUID() + ClientFileName.EXTENSION);
        try {
            Notice before = read(file);
            MVStore.compact(file.toString(), copy.toString(), false, null);
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (H2FileShape.newest(copy).isEmpty() || !before.equals(read(copy))) {
                LOG.warning(() -> "The compacted copy of " + file + " did not check out; the file is kept as it was");
                return OptionalLong.empty();
            }
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            long size = Files.size(file);
            LOG.fine(() -> "Compacted " + file + " to " + size + " bytes");
            return OptionalLong.of(size);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not compact " + file + "; it is kept as it was");
            return OptionalLong.empty();
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Could not remove " + copy, e);
            }
        }
    }

    /** The notice, provided the file's checksum holds for it. */
    private static Notice read(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection(H2Url.toInspect(file), H2Url.USER, H2Url.PASSWORD)) {
            var db = DSL.using(connection, SQLDialect.H2);
            Notice notice = ClientFile.load(db);
            if (!Integrity.holds(db, notice)) {
                throw new IllegalStateException(file + " does not match its checksum");
            }
            return notice;
        }
    }
}
