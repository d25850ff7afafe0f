package fi.seloste.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Upgrades a client file written by an older Seloste. A copy of the file as it was is kept beside it first; if
 * the upgrade fails, that copy is put back, so the user's file is never left half upgraded.
 */
final class Upgrade {

    private static final Logger LOG = Logger.getLogger(Upgrade.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Upgrade() {
    }

    /** Returns the backup copy that was kept. */
    static Path upgrade(Path file, int fromVersion) throws ClientFileException {
        // Issue 17 (L8, h-names): the same file tried again reuses its identical copy instead of making one more.
        Path backup = BackupCopies.identicalOr(backupName(file, fromVersion), file,
                file.getFileName() + ".format" + fromVersion + "-");
        try {
            BackupCopies.copyIfNew(file, backup);
        } catch (IOException e) {
            throw new ClientFileException(ClientFileProblem.READ_ONLY, file, e);
        }
        try {
            Migrations.migrate(H2Url.toOpen(file));
            LOG.info(() -> "Upgraded " + file + " from format " + fromVersion + "; the original is kept as " + backup);
            return backup;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Upgrading " + file + " from format " + fromVersion + " failed");
            restore(backup, file);
            throw new ClientFileException(ClientFileProblem.UPGRADE_FAILED, file, e);
        }
    }

    static Path backupName(Path file, int fromVersion) {
        String stamp = LocalDateTime.now().format(STAMP);
        return file.resolveSibling(file.getFileName() + ".format" + fromVersion + "-" + stamp + ".bak");
    }

    private static void restore(Path backup, Path file) {
        try {
            Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, e, () -> "Could not put back " + file + " from " + backup + "; the copy is still there");
        }
    }
}
