package fi.seloste.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.domain.Controller;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SignedDocuments;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Person;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * An open client file. Every write is its own transaction and is forced to the disk before the method returns,
 * so what a method has written survives a killed process or a power cut. Methods are safe to call from any one
 * background thread at a time; the UI never calls them on the FX thread.
 */
public final class ClientFile implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClientFile.class.getName());

    private final Path path;
    private final Connection connection;
    private final DSLContext db;

    ClientFile(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
        this.db = DSL.using(connection, SQLDialect.H2);
    }

    public Path path() {
        return path;
    }

    public synchronized Notice load() throws ClientFileException {
        return read(tx -> new Notice(
                ControllerRows.readController(tx),
                ControllerRows.readContact(tx, ControllerRows.CONTACT),
                ControllerRows.readContact(tx, ControllerRows.DPO),
                ControllerRows.readSettings(tx),
                RegisterRows.readAll(tx)));
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

    public synchronized void deleteRegister(long registerId) throws ClientFileException {
        write(tx -> RegisterRows.delete(tx, registerId));
    }

    /** Freezes the current content as the next version, without archived documents (tests and imports). */
    public synchronized SignOff signOff(String signer, String signerRole, Instant at) throws ClientFileException {
        return signOff(signer, signerRole, at, SignedDocuments.NONE);
    }

    /**
     * Freezes the current content as the next version and keeps the documents {@code documents} renders of it in the
     * same transaction: the version and its archived PDF and HTML are written together or not at all.
     */
    public synchronized SignOff signOff(String signer, String signerRole, Instant at, SignedDocuments documents)
            throws ClientFileException {
        Notice content = load();
        SignOff[] signed = new SignOff[1];
        write(tx -> {
            SignedVersion version = SignOffRows.insert(tx, content, signer, signerRole, at);
            SignOffRows.archive(tx, version.signOff().version(), documents.render(version));
            signed[0] = version.signOff();
        });
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
        return read(SignOffRows::readAll);
    }

    public synchronized Optional<SignedVersion> signedVersion(int version) throws ClientFileException {
        return read(tx -> SignOffRows.read(tx, version));
    }

    /** Every signed version with its content, oldest first. */
    public synchronized List<SignedVersion> signedVersions() throws ClientFileException {
        return read(SignOffRows::readAllVersions);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, e, () -> "Closing " + path + " failed; every edit had been written already");
        }
    }

    private <T> T read(Function<DSLContext, T> query) throws ClientFileException {
        try {
            return query.apply(db);
        } catch (DataAccessException e) {
            throw new ClientFileException(H2Errors.onUse(e), path, e);
        } catch (IllegalStateException e) {
            throw new ClientFileException(ClientFileProblem.DAMAGED, path, e);
        }
    }

    private void write(Consumer<DSLContext> change) throws ClientFileException {
        try {
            db.transaction(configuration -> change.accept(configuration.dsl()));
            forceToDisk();
        } catch (DataAccessException | SQLException e) {
            throw new ClientFileException(H2Errors.onUse(e), path, e);
        }
    }

    /** H2 has written the commit to the file already (WRITE_DELAY=0); this makes the OS put it on the disk. */
    private void forceToDisk() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }
}
