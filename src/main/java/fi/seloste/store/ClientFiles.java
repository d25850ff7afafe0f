package fi.seloste.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.SignedVersion;

/** Creates and opens client files. Every refusal leaves the file exactly as it was. */
public final class ClientFiles {

    private static final Logger LOG = Logger.getLogger(ClientFiles.class.getName());

    private ClientFiles() {
    }

    /** Creates a new, empty client file (and its folder when missing) and opens it. */
    public static ClientFile create(Path file) throws ClientFileException {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new ClientFileException(ClientFileProblem.ALREADY_EXISTS, target);
        }
        Path folder = Writability.writableFolderFor(target);
        try {
            Migrations.migrate(H2Url.toBuildNew(target));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Creating " + target + " failed");
            deleteQuietly(target);
            throw new ClientFileException(ClientFileProblem.IO_ERROR, target, e);
        }
        ClientFile created = connect(target);
        try {
            created.recordChecksumIfMissing();
        } catch (ClientFileException e) {
            created.close();
            deleteQuietly(target);
            throw e;
        }
        return created;
    }

    /** Opens an existing client file for editing, upgrading an older one after keeping a copy of it. */
    public static ClientFile open(Path file) throws ClientFileException {
        Path target = file.toAbsolutePath();
        if (!Files.isRegularFile(target)) {
            throw new ClientFileException(ClientFileProblem.NOT_FOUND, target);
        }
        if (!ClientFileName.isH2FileName(target)) {
            throw new ClientFileException(ClientFileProblem.NOT_A_CLIENT_FILE, target);
        }
        int version = ClientFileInspector.formatVersion(target);
        if (version > SchemaVersion.LATEST) {
            throw new ClientFileException(ClientFileProblem.NEWER_FORMAT, target);
        }
        if (!Writability.canWrite(target) || !Writability.canWrite(target.getParent())) {
            throw new ClientFileException(ClientFileProblem.READ_ONLY, target);
        }
        boolean upgraded = version < SchemaVersion.LATEST;
        boolean cleanlyClosed = wasCleanlyClosed(target, upgraded);
        if (upgraded) {
            Upgrade.upgrade(target, version);
        }
        ClientFile opened = connect(target);
        try {
            if (upgraded) {
                // A file from before format 6 has no checksum: it gets one for the content as it stands.
                opened.recordChecksumIfMissing();
                opened.recordChecksumAfterUpgrade();
            }
            opened.requireChecksumHolds();
            if (upgraded) {
                opened.compactNow();
            } else if (!cleanlyClosed) {
                // Left open by a crash: closed cleanly now, and compacted when it grew meanwhile.
                opened.settleNow();
            }
        } catch (ClientFileException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    /**
     * Opens a client file only to read it (export, check, list): nothing is written to it, so it may be on read-only
     * media. An older file is upgraded as {@link #open} does, which needs it to be writable.
     */
    public static ClientFile openToRead(Path file) throws ClientFileException {
        Path target = file.toAbsolutePath();
        if (!Files.isRegularFile(target)) {
            throw new ClientFileException(ClientFileProblem.NOT_FOUND, target);
        }
        if (!ClientFileName.isH2FileName(target)) {
            throw new ClientFileException(ClientFileProblem.NOT_A_CLIENT_FILE, target);
        }
        H2FileShape.Newest newest = ClientFileInspector.requireCompleteH2File(target);
        Connection connection;
        try {
            connection = DriverManager.getConnection(H2Url.toInspect(target), H2Url.USER, H2Url.PASSWORD);
        } catch (SQLException e) {
            throw H2Errors.onOpen(e, target);
        }
        int version;
        try {
            ClientFileInspector.requireOpenedAtNewest(connection, newest, target);
            version = ClientFileInspector.formatVersion(connection, target);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw H2Errors.onOpen(e, target);
        } catch (ClientFileException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        if (version == SchemaVersion.LATEST) {
            // One read-only connection both looks at the file and reads it: half the opening work of a batch export.
            ClientFile readOnly = new ClientFile(target, connection, false);
            try {
                readOnly.requireChecksumHolds();
            } catch (ClientFileException e) {
                readOnly.close();
                throw e;
            }
            return readOnly;
        }
        closeQuietly(connection);
        if (version > SchemaVersion.LATEST) {
            throw new ClientFileException(ClientFileProblem.NEWER_FORMAT, target);
        }
        return open(target);
    }

    /**
     * Writes a whole notice and its signed versions as the client file {@code file}, keeping register ids and the
     * signed versions' fingerprints. An existing file is replaced only when {@code replace} is set and it is a client
     * file Seloste could open; a copy of it is kept and returned. On any failure nothing is changed.
     */
    public static Optional<Path> importInto(Path file, Notice notice, List<SignedVersion> signedVersions, boolean replace)
            throws ClientFileException {
        return importInto(file, notice, ProcessingRecord.EMPTY, signedVersions, replace);
    }

    /** As above, with the record of processing kept beside the notice. */
    public static Optional<Path> importInto(Path file, Notice notice, ProcessingRecord record,
                                            List<SignedVersion> signedVersions, boolean replace) throws ClientFileException {
        return Optional.ofNullable(ClientFileImport.write(file, notice, record, signedVersions, Map.of(), replace));
    }

    /**
     * Writes a draft made from an old notice as the new client file {@code file}, with the values taken from it still
     * to check, in the same transaction: whole or not at all, never over a file that is there.
     */
    public static void importDraft(Path file, Notice draft, List<fi.seloste.domain.FromOldNotice> marks)
            throws ClientFileException {
        importDraft(file, draft, ProcessingRecord.EMPTY, marks);
    }

    /**
     * As above, with a record of processing beside the draft: a new client started from another keeps the values the
     * model's owner has yet to check from her old notice (same register ids, so the same fields).
     */
    public static void importDraft(Path file, Notice draft, ProcessingRecord record,
                                   List<fi.seloste.domain.FromOldNotice> marks) throws ClientFileException {
        ClientFileImport.write(file, draft, record, List.of(), Map.of(), marks, false);
    }

    private static boolean wasCleanlyClosed(Path file, boolean upgraded) {
        try {
            return upgraded || H2FileShape.newest(file).map(H2FileShape.Newest::cleanlyClosed).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    private static ClientFile connect(Path file) throws ClientFileException {
        try {
            Connection connection = DriverManager.getConnection(H2Url.toOpen(file), H2Url.USER, H2Url.PASSWORD);
            return new ClientFile(file, connection, true);
        } catch (SQLException e) {
            throw H2Errors.onOpen(e, file);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Closing a read-only connection failed", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not remove the unfinished " + file);
        }
    }
}
