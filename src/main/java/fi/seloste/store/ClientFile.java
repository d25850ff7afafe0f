package fi.seloste.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.domain.Controller;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.SignedDocuments;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Person;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;
import fi.seloste.interchange.NoticeJson;
import fi.seloste.store.generated.tables.records.SignOffRecord;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * An open client file. Every write is its own transaction, rewrites the file's checksum ({@link Integrity}) and is
 * forced to the disk before the method returns, so what a method has written survives a killed process or a power
 * cut. After every write the file is closed cleanly and opened again: at rest it is always a cleanly closed file
 * whose header names its newest state, so a copy of it that lost its end is recognised as damaged
 * ({@link H2FileShape}) instead of opening at an older state. When it has grown well past its content it is
 * compacted into a fresh copy that replaces it in one step ({@link Compaction}).
 * Methods are safe to call from any one background thread at a time; the UI never calls them on the FX thread.
 */
public final class ClientFile implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClientFile.class.getName());

    /** Changed only by {@link #renameTo}, on the thread that does the file's work. */
    private volatile Path path;
    private final boolean writable;
    private Connection connection;
    /** For a file opened only to read: the notice as read when its checksum was checked. */
    private Notice verifiedReadOnly;
    /** For a file opened only to read: the notice's canonical JSON and the sign-offs the checksum was taken over. */
    private byte[] verifiedCanonical;
    private List<SignOff> verifiedSignOffs;
    private DSLContext db;

    ClientFile(Path path, Connection connection, boolean writable) {
        this.path = path;
        this.writable = writable;
        use(connection);
    }

    private void use(Connection opened) {
        this.connection = opened;
        this.db = opened == null ? null : DSL.using(opened, SQLDialect.H2);
    }

    public Path path() {
        return path;
    }

    public synchronized Notice load() throws ClientFileException {
        // A file opened only to read cannot change: the notice read to check its checksum is the notice.
        return verifiedReadOnly != null ? verifiedReadOnly : read(ClientFile::load);
    }

    static Notice load(DSLContext tx) {
        return SharedRows.read(tx, Notice.withoutSharedSections(
                ControllerRows.readController(tx),
                ControllerRows.readContact(tx, ControllerRows.CONTACT),
                ControllerRows.readContact(tx, ControllerRows.DPO),
                ControllerRows.readSettings(tx),
                RegisterRows.readAll(tx)));
    }

    /** The internal record of processing (Art. 30) kept beside the notice; empty when none was written. */
    public synchronized ProcessingRecord loadRecord() throws ClientFileException {
        return read(RecordRows::read);
    }

    /** Stores the record of processing; it is never part of a sign-off. */
    public synchronized void saveRecord(ProcessingRecord record) throws ClientFileException {
        write(tx -> RecordRows.write(tx, record));
    }

    /**
     * The values the file's draft took from an old notice that the owner has not yet checked, in the order they were
     * placed; empty for a file not made from an old notice, or one made before format 11.
     */
    public synchronized List<fi.seloste.domain.FromOldNotice> loadMarks() throws ClientFileException {
        return read(OldNoticeMarkRows::read);
    }

    /** The owner checked the field: its marks from the old notice go. */
    public synchronized void confirmMark(fi.seloste.domain.PlacedFieldKey field) throws ClientFileException {
        write(tx -> OldNoticeMarkRows.confirm(tx, field));
    }

    /** Marks a value the owner copied from her old notice into a field, to be checked like those placed. */
    public synchronized void addMarks(List<fi.seloste.domain.FromOldNotice> marks) throws ClientFileException {
        write(tx -> OldNoticeMarkRows.add(tx, marks));
    }

    /** How many saves the file has had and when the last was, from its checksum row. */
    public synchronized Optional<LastSave> lastSave() throws ClientFileException {
        return read(tx -> Integrity.lastSave(tx).map(s -> new LastSave(s.saves(), s.savedAt())));
    }

    /** The last save as the file records it. */
    public record LastSave(long saves, Instant savedAt) {
    }

    public synchronized void saveController(Controller controller) throws ClientFileException {
        write(tx -> ControllerRows.writeController(tx, controller));
    }

    /** Stores the contact person for privacy matters; null removes it. */
    public synchronized void saveContactPerson(Person person) throws ClientFileException {
        write(tx -> ControllerRows.writeContact(tx, ControllerRows.CONTACT, person));
    }

    /** Stores the data protection officer; null means the client has none. */
    public synchronized void saveDataProtectionOfficer(Person person) throws ClientFileException {
        write(tx -> ControllerRows.writeContact(tx, ControllerRows.DPO, person));
    }

    public synchronized void saveSettings(NoticeSettings settings) throws ClientFileException {
        write(tx -> ControllerRows.writeSettings(tx, settings));
    }

    public synchronized Register addRegister(RegisterTemplate template, LocalizedText name) throws ClientFileException {
        Register[] added = new Register[1];
        write(tx -> added[0] = RegisterRows.add(tx, template, name));
        return added[0];
    }

    public synchronized void saveRegister(Register register) throws ClientFileException {
        write(tx -> {
            if (!RegisterRows.replace(tx, register)) {
                throw new IllegalArgumentException("No register with id " + register.id() + " in " + path);
            }
        });
    }

    /**
     * Stores the business's shared sections as the notice has them: its systems and which registers use each,
     * security, cookies and the merge notes still to check.
     */
    public synchronized void saveShared(Notice notice) throws ClientFileException {
        write(tx -> SharedRows.replace(tx, notice));
    }

    public synchronized void deleteRegister(long registerId) throws ClientFileException {
        write(tx -> RegisterRows.delete(tx, registerId));
    }

    /** Freezes the current content as the next version, without archived documents (tests and imports). */
    public synchronized SignOff signOff(String signer, LocalizedText signerRole, Instant at) throws ClientFileException {
        return signOff(signer, signerRole, at, SignedDocuments.NONE);
    }

    /**
     * Freezes the current content as the next version and keeps the documents {@code documents} renders of it in the
     * same transaction: the version and its archived PDF and HTML are written together or not at all.
     */
    public synchronized SignOff signOff(String signer, LocalizedText signerRole, Instant at, SignedDocuments documents)
            throws ClientFileException {
        Notice content = load();
        SignOff[] signed = new SignOff[1];
        write(tx -> {
            SignedVersion version = SignOffRows.insert(tx, content, signer, signerRole, at);
            SignOffRows.archive(tx, version.signOff().version(), documents.render(version));
            signed[0] = version.signOff();
        }, true);
        return signed[0];
    }

    /** Every document archived when the version was signed, in language then kind order; empty for older versions. */
    public synchronized List<ArchivedDocument> archivedDocuments(int version) throws ClientFileException {
        return read(tx -> SignOffRows.archivedAll(tx, version));
    }

    /** The document archived when the version was signed, if Seloste kept one (versions signed before 2026-12 have none). */
    public synchronized Optional<ArchivedDocument> archivedDocument(int version, fi.seloste.domain.Language language,
                                                                    ArchivedDocument.Kind kind) throws ClientFileException {
        return read(tx -> SignOffRows.archived(tx, version, language, kind));
    }

    public synchronized List<SignOff> signOffs() throws ClientFileException {
        return verifiedSignOffs != null ? verifiedSignOffs : read(SignOffRows::readAll);
    }

    /** The working notice's fingerprint, as a sign-off would record it ({@link NoticeJson#fingerprint}). */
    public synchronized String fingerprint() throws ClientFileException {
        return verifiedCanonical != null ? NoticeJson.sha256(verifiedCanonical) : NoticeJson.fingerprint(load());
    }

    public synchronized Optional<SignedVersion> signedVersion(int version) throws ClientFileException {
        return read(tx -> SignOffRows.read(tx, version));
    }

    /** Every signed version with its content, oldest first. */
    public synchronized List<SignedVersion> signedVersions() throws ClientFileException {
        return read(SignOffRows::readAllVersions);
    }

    /** Writes the file's checksum row for what it holds now, if it has none (a new file, one from before format 6). */
    synchronized void recordChecksumIfMissing() throws ClientFileException {
        if (!read(Integrity::present)) {
            write(tx -> RecordAfterUpgrade.follow(tx, load(tx)), true);
        }
    }

    /**
     * Takes the working checksum again after an upgrade changed the notice's JSON form (format 10); the signed part,
     * which no upgrade changes, must still match its checksum.
     */
    synchronized void recordChecksumAfterUpgrade() throws ClientFileException {
        if (read(Integrity::awaitsWorkingChecksum)) {
            // The record's agreements follow the systems V10 merged, before the checksum is taken over the record.
            write(tx -> RecordAfterUpgrade.follow(tx, load(tx)), false);
        }
    }

    /** Refuses the file as damaged when what it holds no longer matches its checksum. */
    synchronized void requireChecksumHolds() throws ClientFileException {
        boolean holds;
        Notice notice;
        byte[] canonical;
        List<SignOffRecord> signOffRows;
        List<SignOff> signOffs;
        try {
            notice = read(ClientFile::load);
            canonical = NoticeJson.canonicalBytes(notice);
            signOffRows = read(Integrity::signOffRows);
            holds = read(tx -> Integrity.holds(tx, notice, canonical, signOffRows));
            signOffs = holds ? signOffRows.stream().map(SignOffRows::signOff).toList() : List.of();
        } catch (ClientFileException e) {
            throw e.problem() == ClientFileProblem.IO_ERROR ? new ClientFileException(ClientFileProblem.DAMAGED, path, e) : e;
        } catch (RuntimeException e) {
            throw new ClientFileException(ClientFileProblem.DAMAGED, path, e);
        }
        if (!holds) {
            throw new ClientFileException(ClientFileProblem.DAMAGED, path,
                    new IllegalStateException("What the file holds does not match its checksum"));
        }
        if (!writable) {
            verifiedReadOnly = notice;
            verifiedCanonical = canonical;
            verifiedSignOffs = signOffs;
        }
    }

    /** Rewrites the file compactly now whatever its size (after it was created or upgraded by the migrations). */
    synchronized void compactNow() throws ClientFileException {
        requireConnected();
        closeConnection();
        Compaction.compact(path);
        reconnect();
    }

    /** Closes the file cleanly and opens it again, compacting it when it has grown (after a crash left it open). */
    synchronized void settleNow() {
        settle();
    }

    /**
     * Gives the file a new name (in its folder, or another on the same disk): closed cleanly, moved without replacing
     * anything, opened again under the new name. A file that has the name already is refused ({@code ALREADY_EXISTS})
     * and the file stays open under its old name.
     */
    public synchronized void renameTo(Path target) throws ClientFileException {
        Path to = target.toAbsolutePath();
        if (Files.exists(to)) {
            throw new ClientFileException(ClientFileProblem.ALREADY_EXISTS, to);
        }
        requireConnected();
        closeConnection();
        try {
            Files.move(path, to); // without REPLACE_EXISTING: an existing file is refused, never overwritten
        } catch (FileAlreadyExistsException e) {
            reconnect();
            throw new ClientFileException(ClientFileProblem.ALREADY_EXISTS, to, e);
        } catch (IOException e) {
            reconnect();
            throw new ClientFileException(ClientFileProblem.IO_ERROR, to, e);
        }
        path = to;
        reconnect();
    }

    /**
     * Writes a copy of the whole file (every signed version and its documents) as {@code target}, which must not exist:
     * the file is closed cleanly first, so the copy is of one complete state; copied to a temporary file beside the
     * target, forced to the disk, then moved into place without replacing anything; then opened once to check it.
     * This file stays open as it was. On any failure no copy is left.
     */
    public synchronized void copyTo(Path target) throws ClientFileException {
        Path to = target.toAbsolutePath();
        if (Files.exists(to)) {
            throw new ClientFileException(ClientFileProblem.ALREADY_EXISTS, to);
        }
        Path temporary = to.resolveSibling("." + to.getFileName() + "." + UUID.randomUUID() + ".tmp");
        requireConnected();
        closeConnection();
        try {
            Files.copy(path, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, to); // without REPLACE_EXISTING: an existing file is refused, never overwritten
        } catch (FileAlreadyExistsException e) {
            throw new ClientFileException(ClientFileProblem.ALREADY_EXISTS, to, e);
        } catch (IOException e) {
            throw new ClientFileException(ClientFileProblem.IO_ERROR, to, e);
        } finally {
            deleteQuietly(temporary);
            reconnect();
        }
        try {
            ClientFiles.openToRead(to).close();
        } catch (ClientFileException e) {
            deleteQuietly(to);
            throw new ClientFileException(ClientFileProblem.IO_ERROR, to, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not remove " + file);
        }
    }

    /** Closes the file cleanly, compacting it first when it has grown well past its content. */
    @Override
    public synchronized void close() {
        if (connection != null) {
            closeAndCompactIfGrown();
        }
    }

    private void closeAndCompactIfGrown() {
        boolean grown = writable && Compaction.worthIt(connection, path);
        closeConnection();
        if (grown) {
            Compaction.compact(path);
        }
    }

    private <T> T read(Function<DSLContext, T> query) throws ClientFileException {
        requireConnected();
        try {
            return query.apply(db);
        } catch (DataAccessException e) {
            throw new ClientFileException(H2Errors.onUse(e), path, e);
        } catch (IllegalStateException e) {
            throw new ClientFileException(ClientFileProblem.DAMAGED, path, e);
        }
    }

    private void write(Consumer<DSLContext> change) throws ClientFileException {
        write(change, false);
    }

    private void write(Consumer<DSLContext> change, boolean signedPartChanged) throws ClientFileException {
        requireConnected();
        try {
            db.transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                change.accept(tx);
                Integrity.afterChange(tx, load(tx), signedPartChanged);
            });
            forceToDisk();
        } catch (DataAccessException | SQLException e) {
            throw new ClientFileException(H2Errors.onUse(e), path, e);
        }
        settle();
    }

    /** H2 has written the commit to the file already (WRITE_DELAY=0); this makes the OS put it on the disk. */
    private void forceToDisk() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    /**
     * Closes the file cleanly, so that its header names the state just saved, and opens it again. The save is on the
     * disk already; if the file cannot be opened again (another Seloste took it in that instant), the next read or
     * write says so.
     */
    private void settle() {
        closeAndCompactIfGrown();
        try {
            reconnect();
        } catch (ClientFileException e) {
            LOG.log(Level.WARNING, e, () -> "Saved " + path + " but could not open it again");
        }
    }

    private void requireConnected() throws ClientFileException {
        if (connection == null) {
            reconnect();
        }
    }

    private void reconnect() throws ClientFileException {
        try {
            use(DriverManager.getConnection(writable ? H2Url.toOpen(path) : H2Url.toInspect(path), H2Url.USER,
                    H2Url.PASSWORD));
        } catch (SQLException e) {
            throw H2Errors.onOpen(e, path);
        }
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, e, () -> "Closing " + path + " failed; every edit had been written already");
        } finally {
            use(null);
        }
    }
}
