package fi.seloste.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Recovers what can still be trusted from a damaged client file into a new file beside it, leaving the damaged file
 * byte for byte as it was. H2 is let loose on a private copy of it, where it falls back to the newest state whose
 * every part is readable; that state is kept only if the file's checksum holds for it. When the working notice
 * cannot be trusted, the newest signed version whose fingerprint holds becomes the working notice. Signed versions
 * that no longer match their fingerprints are left out and named.
 */
public final class ClientFileRecovery {

    private static final Logger LOG = Logger.getLogger(ClientFileRecovery.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    /**
     * What was recovered: the new file; when the recovered state was saved (empty when the file predates
     * checksums); the signed version it was taken from when the working notice was lost (0 when it was not); the
     * signed versions kept and lost; and how far the damaged file's own history reached.
     */
    public record Recovered(Path copy, Optional<Instant> savedAt, int fromSignedVersion, List<Integer> keptVersions,
                            List<Integer> lostVersions, Optional<Instant> damagedFileReachesTo) {

        /** When the damaged file's history goes on past the recovered state (by more than a second): what was lost. */
        public Optional<Instant> lostChangesUpTo() {
            return damagedFileReachesTo.filter(reach -> savedAt.map(saved -> reach.isAfter(saved.plusSeconds(1)))
                    .orElse(true));
        }
    }

    private ClientFileRecovery() {
    }

    public static Recovered intoCopy(Path damaged) throws ClientFileException {
        Path source = damaged.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new ClientFileException(ClientFileProblem.NOT_FOUND, source);
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("seloste-recovery-");
            Path work = scratch.resolve("recovering" + ClientFileName.EXTENSION);
            Files.copy(source, work, StandardCopyOption.COPY_ATTRIBUTES);
            Optional<Instant> reachesTo = H2FileShape.lastWrittenAt(source);
            return recover(source, work, reachesTo);
        } catch (IOException e) {
            throw new ClientFileException(ClientFileProblem.IO_ERROR, source, e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static Recovered recover(Path source, Path work, Optional<Instant> reachesTo) throws ClientFileException {
        Notice working = null;
        ProcessingRecord record = ProcessingRecord.EMPTY;
        Optional<Instant> savedAt = Optional.empty();
        List<SignedVersion> kept = new ArrayList<>();
        List<Integer> lost = new ArrayList<>();
        Map<Integer, List<ArchivedDocument>> documents = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(H2Url.toOpen(work), H2Url.USER, H2Url.PASSWORD)) {
            DSLContext db = DSL.using(connection, SQLDialect.H2);
            try {
                Notice notice = ClientFile.load(db);
                if (Integrity.holds(db, notice)) {
                    working = notice;
                    record = RecordRows.read(db);
                    savedAt = Integrity.lastSave(db).map(Integrity.LastSave::savedAt);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "The working notice of " + source + " cannot be read", e);
            }
            for (SignOff signOff : signOffs(db, source)) {
                int version = signOff.version();
                try {
                    SignOffRows.read(db, version).ifPresent(kept::add);
                    documents.put(version, SignOffRows.archivedAll(db, version));
                } catch (RuntimeException e) {
                    LOG.log(Level.INFO, "Signed version " + version + " of " + source + " cannot be trusted", e);
                    lost.add(version);
                    documents.remove(version);
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "H2 cannot open any state of " + source, e);
            throw new ClientFileException(ClientFileProblem.DAMAGED, source, e);
        }
        int fromSignedVersion = 0;
        if (working == null) {
            if (kept.isEmpty()) {
                throw new ClientFileException(ClientFileProblem.DAMAGED, source,
                        new IllegalStateException("Nothing in the file can be trusted"));
            }
            SignedVersion newest = kept.get(kept.size() - 1);
            working = newest.notice();
            fromSignedVersion = newest.signOff().version();
            savedAt = Optional.of(newest.signOff().signedAt());
        }
        Path copy = freeName(source);
        ClientFileImport.write(copy, working, record, kept, documents, false);
        return new Recovered(copy, savedAt, fromSignedVersion,
                kept.stream().map(v -> v.signOff().version()).toList(), List.copyOf(lost), reachesTo);
    }

    private static List<SignOff> signOffs(DSLContext db, Path source) {
        try {
            return SignOffRows.readAll(db);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "The sign-offs of " + source + " cannot be read", e);
            return List.of();
        }
    }

    /** "<name>-recovered-<yyyyMMdd-HHmm>.seloste.mv.db" beside the damaged file, numbered when taken. */
    static Path freeName(Path damaged) {
        String base = ClientFileName.displayName(damaged) + "-recovered-" + LocalDateTime.now().format(STAMP);
        Path candidate = damaged.resolveSibling(base + ClientFileName.EXTENSION);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = damaged.resolveSibling(base + "-" + n + ClientFileName.EXTENSION);
        }
        return candidate;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not remove the recovery scratch folder " + folder);
        }
    }
}
