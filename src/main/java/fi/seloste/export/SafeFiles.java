package fi.seloste.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is never half written: first to a temporary file in the same folder, forced to the disk,
 * then moved into place. If anything fails, an existing file at the target is left as it was.
 */
public final class SafeFiles {

    private static final Logger LOG = Logger.getLogger(SafeFiles.class.getName());

    /** A temporary file's name: {@code .<the target's name, cut to fit>.<uuid>.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..*\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp", Pattern.DOTALL);
    private static final int MAX_NAME_BYTES = 255;
    /** "." before, "." + uuid + ".tmp" after the target's name. */
    private static final int TEMPORARY_EXTRA_BYTES = 1 + 1 + 36 + 4;
    /** Writing one file takes seconds; a temporary file this old was left by a run that was killed. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private SafeFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        stage(target, content).commit();
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target}, forced to the disk, and leaves it there until
     * {@link Staged#commit()} moves it into place or {@link Staged#discard()} removes it. For writing several files
     * that belong together: all are staged first, then moved in one after another, so that stopping before the moves
     * leaves none of them. A staged file never committed nor discarded is removed by {@link #removeAbandoned}.
     */
    public static Staged stage(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        // Not Files.createTempFile: it makes the file readable by its owner only, and exports are meant to be shared.
        Path temporary = absolute.getParent().resolve(temporaryName(absolute.getFileName().toString()));
        boolean written = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            written = true;
            return new Staged(temporary, absolute);
        } finally {
            if (!written) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** A file written under a temporary name, waiting to be moved into place or removed. */
    public static final class Staged {

        private final Path temporary;
        private final Path target;

        private Staged(Path temporary, Path target) {
            this.temporary = temporary;
            this.target = target;
        }

        public Path target() {
            return target;
        }

        /** Moves the file into place (atomically where the file system can), replacing what was there. */
        public void commit() throws IOException {
            try {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        }

        /** Removes the temporary file; the target is left as it was. Never fails: a leftover is logged. */
        public void discard() {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.log(Level.WARNING, e, () -> "Could not remove the temporary file " + temporary);
            }
        }
    }

    /**
     * Removes the temporary files that runs killed in the middle of writing left in {@code folder}: only those
     * untouched for {@link #ABANDONED_AFTER}, so another program's write in progress keeps its file. Returns how
     * many were removed; a folder that cannot be read or a file that cannot be removed is left as it is.
     */
    public static int removeAbandoned(Path folder) {
        return removeAbandoned(folder, Instant.now().minus(ABANDONED_AFTER));
    }

    static int removeAbandoned(Path folder, Instant touchedBefore) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> TEMPORARY.matcher(entry.getFileName().toString()).matches())) {
            for (Path entry : entries) {
                try {
                    if (Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).toInstant().isBefore(touchedBefore)) {
                        Files.delete(entry);
                        removed++;
                        LOG.info(() -> "Removed the abandoned temporary file " + entry);
                    }
                } catch (IOException e) {
                    LOG.log(Level.FINE, e, () -> "Could not remove " + entry);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, e, () -> "Could not look for abandoned temporary files in " + folder);
        }
        return removed;
    }

    /** Fits in a file name whatever the target's length: the target's name is cut, the random part never. */
    static String temporaryName(String targetName) {
        return "." + shortened(targetName, MAX_NAME_BYTES - TEMPORARY_EXTRA_BYTES) + "." + UUID.randomUUID() + ".tmp";
    }

    private static String shortened(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            bytes += Character.toString(codePoint).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBytes) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
