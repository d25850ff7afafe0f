package fi.seloste.clients;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import fi.seloste.settings.AppDirs;
import fi.seloste.settings.AppVersion;

import tools.jackson.databind.json.JsonMapper;

/**
 * What each client file said when it was last read, kept in a small JSON file so that a rescan of unchanged files
 * opens no database. An entry counts only while the file has the same size and last-modified time, was checked on
 * the same day (the check's findings depend on the day) and by the same Seloste; a damaged or foreign index file is
 * dropped and rebuilt. The file itself always wins: the index is a cache, never a source.
 */
public final class ClientIndex {

    private static final Logger LOG = Logger.getLogger(ClientIndex.class.getName());
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int FORMAT = 1;
    private static final String FILE_NAME = "client-index.json";
    /**
     * An entry written less than this long after the file's last change is not trusted: a file system with coarse
     * timestamps could give a second change within the same tick the same time and size.
     */
    static final long RACY_MILLIS = 2_000;

    private final Path indexFile;
    private final String stamp;
    private final Map<String, Entry> entries;
    private boolean dirty;

    private ClientIndex(Path indexFile, String stamp, Map<String, Entry> entries, boolean dirty) {
        this.indexFile = indexFile;
        this.stamp = stamp;
        this.entries = entries;
        this.dirty = dirty;
    }

    /** The user's index: in seloste.cache.dir when set (tests, portable installs), else in the settings folder. */
    public static Path defaultLocation() {
        return Optional.ofNullable(System.getProperty("seloste.cache.dir")).map(Path::of)
                .orElseGet(() -> AppDirs.forThisUser().configDir().resolve("cache")).resolve(FILE_NAME);
    }

    public static ClientIndex load(Path indexFile) {
        return load(indexFile, thisSelosteStamp());
    }

    static ClientIndex load(Path indexFile, String stamp) {
        if (!Files.isRegularFile(indexFile)) {
            return new ClientIndex(indexFile, stamp, new HashMap<>(), false);
        }
        try {
            IndexFile read = MAPPER.readValue(Files.readAllBytes(indexFile), IndexFile.class);
            if (read.format() == FORMAT && stamp.equals(read.stamp()) && read.entries() != null) {
                return new ClientIndex(indexFile, stamp, new HashMap<>(read.entries()), false);
            }
            LOG.fine(() -> indexFile + " is from another Seloste; rebuilding it");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, e, () -> "The client index " + indexFile + " is damaged; rebuilding it");
        }
        return new ClientIndex(indexFile, stamp, new HashMap<>(), true);
    }

    /** The summary the index holds for the file, if it still describes the file as it is now, on this day. */
    public synchronized Optional<ClientSummary> lookup(Path file, FileStamp now, LocalDate today) {
        Entry entry = entries.get(key(file));
        if (entry == null || entry.size() != now.size() || entry.modifiedNanos() != now.modifiedNanos()
                || !today.toString().equals(entry.checkedOn())
                || entry.indexedAtMillis() - now.modifiedNanos() / 1_000_000 < RACY_MILLIS) {
            return Optional.empty();
        }
        try {
            return Optional.of(entry.toSummary(file));
        } catch (RuntimeException e) {
            // An entry someone edited by hand (a date that is no date, a missing name): read the file instead.
            LOG.log(Level.FINE, e, () -> "A damaged index entry for " + file);
            return Optional.empty();
        }
    }

    /** Keeps a summary read from the file when it had the stamp; summaries of unreadable files are not kept. */
    public synchronized void put(ClientSummary summary, FileStamp stamp, Instant readAt) {
        if (!summary.readable()) {
            forget(summary.file());
            return;
        }
        entries.put(key(summary.file()), Entry.of(summary, stamp, readAt.toEpochMilli()));
        dirty = true;
    }

    public synchronized void forget(Path file) {
        dirty |= entries.remove(key(file)) != null;
    }

    /** Drops the entries of files in these folders that are no longer there. */
    public synchronized void retainInFolders(Collection<Path> folders, Set<Path> present) {
        Set<String> kept = new java.util.HashSet<>();
        present.forEach(p -> kept.add(key(p)));
        Set<Path> scanned = new java.util.HashSet<>();
        folders.forEach(f -> scanned.add(f.toAbsolutePath().normalize()));
        dirty |= entries.keySet().removeIf(k -> !kept.contains(k) && scanned.contains(Path.of(k).getParent()));
    }

    /** Writes the index when it changed: to a temporary file beside it, then moved over it whole. */
    public synchronized void save() {
        if (!dirty) {
            return;
        }
        try {
            Files.createDirectories(indexFile.getParent());
            Path temporary = Files.createTempFile(indexFile.getParent(), ".client-index", ".tmp");
            try {
                Files.write(temporary, MAPPER.writeValueAsBytes(new IndexFile(FORMAT, stamp, Map.copyOf(entries))));
                try {
                    Files.move(temporary, indexFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, indexFile, StandardCopyOption.REPLACE_EXISTING);
                }
                dirty = false;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next scan reads the files again.
            LOG.log(Level.INFO, e, () -> "Could not write the client index " + indexFile);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * This Seloste's version and when its code was built: a build with other rules or another catalogue counts
     * errors, warnings and catalogue updates differently, so its index is not used.
     */
    static String thisSelosteStamp() {
        String version = AppVersion.current().orElse("unknown");
        long built = 0;
        try {
            CodeSource source = ClientIndex.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path code = Path.of(source.getLocation().toURI());
                Path marker = Files.isDirectory(code) ? code.resolve("fi/seloste/clients/ClientIndex.class") : code;
                built = Files.getLastModifiedTime(marker).toMillis();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.log(Level.FINE, "No build time for the client index stamp", e);
        }
        return version + "/" + built;
    }

    record IndexFile(int format, String stamp, Map<String, Entry> entries) {
    }

    record Entry(long size, long modifiedNanos, long indexedAtMillis, String checkedOn, String client,
                 String businessId, int signedVersion, boolean changed, String signer, String signedAt,
                 String reviewDue, int errors, int warnings, int catalogueUpdates) {

        static Entry of(ClientSummary s, FileStamp stamp, long indexedAt) {
            return new Entry(stamp.size(), stamp.modifiedNanos(), indexedAt, s.checkedOn().toString(), s.client(),
                    s.businessId(), s.signedVersion(), s.changedSinceSignOff(), s.lastSigner(),
                    s.lastSignedAt() == null ? null : s.lastSignedAt().toString(),
                    s.reviewDue() == null ? null : s.reviewDue().toString(), s.errors(), s.warnings(),
                    s.catalogueUpdates());
        }

        ClientSummary toSummary(Path file) {
            if (client == null || businessId == null) {
                throw new IllegalStateException("an entry without the client's name or business id");
            }
            return new ClientSummary(file, null, client, businessId, signedVersion, changed, signer,
                    signedAt == null ? null : Instant.parse(signedAt), reviewDue == null ? null : LocalDate.parse(reviewDue),
                    errors, warnings, catalogueUpdates, LocalDate.parse(checkedOn));
        }
    }
}
