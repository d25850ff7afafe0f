package fi.seloste.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * An import (and a compaction, {@code .compact-<uuid>}) writes its client file as a hidden {@code .import-<uuid>.seloste.mv.db} beside the target and moves it
 * into place when it is whole. An import that was killed leaves that file behind: a whole or partial copy of a
 * client's personal data that nobody sees. This removes such files at the next start of the app or of a command
 * that works in the folder. A file is removed only when nothing can still be writing it: untouched for
 * {@link #ABANDONED_AFTER} and not locked by a running import (H2 locks a database file while it is open).
 */
public final class ImportLeftovers {

    private static final Logger LOG = Logger.getLogger(ImportLeftovers.class.getName());
    private static final Pattern LEFTOVER = Pattern.compile(
            "\\.(import|compact)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.seloste\\.(mv|trace)\\.db");
    /** An import between closing its file and moving it into place takes seconds, not minutes. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private ImportLeftovers() {
    }

    /** Whether {@code file} is an import's unfinished file (never a client to list). */
    public static boolean isLeftover(Path file) {
        return file.getFileName() != null && LEFTOVER.matcher(file.getFileName().toString()).matches();
    }

    /** Removes the abandoned unfinished imports in {@code folder}; returns how many. Never fails: logs instead. */
    public static int removeAbandoned(Path folder) {
        return removeAbandoned(folder, Instant.now().minus(ABANDONED_AFTER));
    }

    /** As {@link #removeAbandoned(Path)} in the folder of each of {@code files} (the app's recent files at start). */
    public static void removeAbandonedBeside(Collection<Path> files) {
        files.stream().map(file -> file.toAbsolutePath().getParent()).filter(Objects::nonNull).distinct()
                .forEach(ImportLeftovers::removeAbandoned);
    }

    static int removeAbandoned(Path folder, Instant touchedBefore) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ImportLeftovers::isLeftover)) {
            for (Path entry : entries) {
                try {
                    // The age first: a file still being written is never even opened here.
                    if (Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).toInstant().isBefore(touchedBefore)
                            && !lockedByARunningImport(entry)) {
                        Files.delete(entry);
                        removed++;
                        LOG.info(() -> "Removed the unfinished import " + entry + " that a stopped import left");
                    }
                } catch (IOException e) {
                    LOG.log(Level.FINE, e, () -> "Could not remove the unfinished import " + entry);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, e, () -> "Could not look for unfinished imports in " + folder);
        }
        return removed;
    }

    private static boolean lockedByARunningImport(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }
}
