package fi.seloste.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.LongStream;

import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.Register;
import fi.seloste.domain.SignedVersion;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Writes a whole notice, with its signed versions, as a client file. Everything goes into a new file beside the
 * target in one transaction; only a complete, closed and synced file is moved into place, so a failure at any
 * point leaves no half-written client file and the file being replaced exactly as it was.
 */
final class ClientFileImport {

    private static final Logger LOG = Logger.getLogger(ClientFileImport.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private ClientFileImport() {
    }

    /** Returns the copy kept of the replaced file, or null when nothing was replaced. */
    static Path write(Path file, Notice notice, List<SignedVersion> versions, boolean replace)
            throws ClientFileException {
        return write(file, notice, versions, Map.of(), replace);
    }

    /** As above, keeping the documents archived with each signed version (by version number). */
    static Path write(Path file, Notice notice, List<SignedVersion> versions,
                      Map<Integer, List<ArchivedDocument>> documents, boolean replace) throws ClientFileException {
        return write(file, notice, ProcessingRecord.EMPTY, versions, documents, replace);
    }

    /** As above, with the record of processing kept beside the notice. */
    static Path write(Path file, Notice notice, ProcessingRecord record, List<SignedVersion> versions,
                      Map<Integer, List<ArchivedDocument>> documents, boolean replace) throws ClientFileException {
        return write(file, notice, record, versions, documents, List.of(), replace);
    }

    /** As above, with the values taken from an old notice still to check (a draft made from one). */
    static Path write(Path file, Notice notice, ProcessingRecord record, List<SignedVersion> versions,
                      Map<Integer, List<ArchivedDocument>> documents, List<FromOldNotice> marks, boolean replace)
            throws ClientFileException {
        Path target = file.toAbsolutePath();
        if (!ClientFileName.isH2FileName(target)) {
            throw new ClientFileException(ClientFileProblem.NOT_A_CLIENT_FILE, target);
        }
        boolean exists = Files.exists(target);
        if (exists && !replace) {
            throw new ClientFileException(ClientFileProblem.ALREADY_EXISTS, target);
        }
        if (exists) {
            requireReplaceable(target);
        }
        Path folder = Writability.writableFolderFor(target);
        Path unfinished = folder.resolve(".import-" + UUID.randomUUID() + ClientFileName.EXTENSION);
        try {
            fill(unfinished, notice, record, versions, documents, marks);
            sync(unfinished);
            Path kept = exists ? keepCopy(target) : null;
            moveIntoPlace(unfinished, target, exists);
            return kept;
        } catch (IOException | SQLException | DataAccessException | IllegalArgumentException e) {
            LOG.log(Level.SEVERE, e, () -> "Importing into " + target + " failed; nothing was changed");
            throw new ClientFileException(e instanceof IOException ? ClientFileProblem.IO_ERROR : H2Errors.onUse(e), target, e);
        } finally {
            deleteQuietly(unfinished);
        }
    }

    /**
     * Only a client file may be replaced: not another program's file, not one open in Seloste, not one from a newer
     * Seloste, not a read-only one. Looked at read-only, so the file stays byte for byte as it was until replaced.
     */
    private static void requireReplaceable(Path target) throws ClientFileException {
        if (ClientFileInspector.formatVersion(target) > SchemaVersion.LATEST) {
            throw new ClientFileException(ClientFileProblem.NEWER_FORMAT, target);
        }
        if (!Writability.canWrite(target)) {
            throw new ClientFileException(ClientFileProblem.READ_ONLY, target);
        }
    }

    private static void fill(Path file, Notice notice, ProcessingRecord record, List<SignedVersion> versions,
                             Map<Integer, List<ArchivedDocument>> documents, List<FromOldNotice> marks) throws SQLException {
        Migrations.migrate(H2Url.toBuildNew(file));
        try (Connection connection = DriverManager.getConnection(H2Url.toBuildNew(file) + ";IFEXISTS=TRUE", H2Url.USER,
                H2Url.PASSWORD)) {
            DSLContext db = DSL.using(connection, SQLDialect.H2);
            db.transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                ControllerRows.writeController(tx, notice.controller());
                ControllerRows.writeContact(tx, ControllerRows.CONTACT, notice.contactPerson());
                ControllerRows.writeContact(tx, ControllerRows.DPO, notice.dataProtectionOfficer());
                ControllerRows.writeSettings(tx, notice.settings());
                for (Register register : notice.registers()) {
                    RegisterRows.insert(tx, register);
                }
                SharedRows.replace(tx, notice);
                for (SignedVersion version : versions) {
                    SignOffRows.insert(tx, version);
                    int number = version.signOff().version();
                    SignOffRows.archive(tx, number, documents.getOrDefault(number, List.of()));
                }
                RecordRows.write(tx, record);
                OldNoticeMarkRows.add(tx, marks);
                RegisterRows.continueIdsAfter(tx, highestRegisterId(notice, versions));
                Integrity.afterChange(tx, ClientFile.load(tx), true);
            });
        }
    }

    private static long highestRegisterId(Notice notice, List<SignedVersion> versions) {
        return LongStream.concat(ids(notice), versions.stream().flatMapToLong(v -> ids(v.notice()))).max().orElse(0);
    }

    private static LongStream ids(Notice notice) {
        return notice.registers().stream().mapToLong(Register::id);
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Copies the file about to be replaced to a name no other copy has: two imports in the same millisecond (two
     * processes, or one process twice) each keep their own copy instead of failing on the other's.
     */
    private static Path keepCopy(Path target) throws IOException {
        String stem = target.getFileName() + ".before-import-" + LocalDateTime.now().format(STAMP);
        for (int n = 1; ; n++) {
            Path copy = target.resolveSibling(stem + (n == 1 ? "" : "-" + n) + ".bak");
            try {
                Files.copy(target, copy, StandardCopyOption.COPY_ATTRIBUTES);
                return copy;
            } catch (FileAlreadyExistsException e) {
                if (n >= 99) {
                    throw e;
                }
            }
        }
    }

    /** A file that appeared at a new target meanwhile (another import, another program) is never replaced. */
    private static void moveIntoPlace(Path unfinished, Path target, boolean replace) throws IOException, ClientFileException {
        try {
            if (replace) {
                Files.move(unfinished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // Not ATOMIC_MOVE, which replaces silently on Linux: if a file appeared meanwhile, this fails instead.
                Files.move(unfinished, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new ClientFileException(ClientFileProblem.ALREADY_EXISTS, target, e);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The folder does not support replacing a file in one step: " + target.getParent(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName().toString().replace(".mv.db", ".trace.db")));
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not remove the unfinished " + file);
        }
    }
}
